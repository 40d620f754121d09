package org.crmkernel.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/**
 * The fields audit entries can be filtered by. The audit log is always read in the order it
 * was written: by time, then id.
 */
public final class AuditFields {

  private static final RecordKind KIND = RecordKind.AUDIT_ENTRY;

  /** The audited record's kind, as the enum constant's name. */
  public static final StandardField<AuditEntry, String> RECORD_KIND =
      StandardField.required(KIND, "recordKind", String.class, e -> e.record().kind().name());
  /** The audited record's id. */
  public static final StandardField<AuditEntry, UUID> RECORD_ID =
      StandardField.required(KIND, "recordId", UUID.class, e -> e.record().id());
  /** The operation, as the enum constant's name. */
  public static final StandardField<AuditEntry, String> OPERATION =
      StandardField.required(KIND, "operation", String.class, e -> e.operation().name());
  /** The actor, as {@code system} or {@code user:<uuid>}. */
  public static final StandardField<AuditEntry, String> ACTOR =
      StandardField.required(KIND, "actor", String.class, e -> e.actor().describe());
  /** When it happened. */
  public static final StandardField<AuditEntry, Instant> OCCURRED_AT =
      StandardField.required(KIND, "occurredAt", Instant.class, AuditEntry::occurredAt);
  /** The correlation id. */
  public static final StandardField<AuditEntry, UUID> CORRELATION_ID =
      StandardField.required(KIND, "correlationId", UUID.class, e -> e.correlationId().value());

  /** Every field above. */
  public static final List<StandardField<AuditEntry, ?>> ALL =
      List.of(RECORD_KIND, RECORD_ID, OPERATION, ACTOR, OCCURRED_AT, CORRELATION_ID);

  private AuditFields() {}
}
