package org.crmkernel.architecture.violations.model.record;

import java.util.List;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Revision;

/** Innocent: an aggregate that refers to others by id. */
public record Quote(ContactId id, TenantId tenantId, Revision revision, AccountId accountId, List<ContactId> contactIds)
    implements CrmRecord {}
