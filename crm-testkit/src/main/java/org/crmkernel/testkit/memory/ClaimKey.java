package org.crmkernel.testkit.memory;

import java.util.UUID;
import org.crmkernel.model.id.TenantId;

/** An outbox message, named by tenant and event id, as claimed by a running unit of work. */
record ClaimKey(TenantId tenant, UUID eventId) {}
