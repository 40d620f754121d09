package org.crmkernel.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;

/**
 * One entry of the append-only audit log: who did what to which record, when, with each
 * field's before and after, and the correlation id shared by everything one call did.
 */
public record AuditEntry(
    AuditEntryId id,
    TenantId tenantId,
    Actor actor,
    Instant occurredAt,
    AuditOperation operation,
    RecordRef record,
    List<FieldChange> changes,
    CorrelationId correlationId) {

  /** Rejects missing parts; copies the changes. */
  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(correlationId, "correlationId");
    changes = List.copyOf(changes);
  }
}
