package org.crmkernel.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.query.Filter;

/** Small audit entries and outbox messages for the transaction and fault tests, and their count. */
final class LogSamples {

  private static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

  private LogSamples() {}

  /** A new audit entry of {@code tenant}: an account created. */
  static AuditEntry entry(TenantId tenant) {
    return new AuditEntry(AuditEntryId.of(UUID.randomUUID()), tenant, Actor.system(), AT, AuditOperation.CREATE,
        new RecordRef(RecordKind.ACCOUNT, UUID.randomUUID()),
        List.of(FieldChange.of("name", Optional.empty(), Optional.of("Acme"))), CorrelationId.of(UUID.randomUUID()));
  }

  /** A new pending outbox message of {@code tenant}. */
  static OutboxMessage message(TenantId tenant) {
    return OutboxMessage.pending(EventId.of(UUID.randomUUID()), tenant, "AccountCreated", "{}", AT);
  }

  /** How many audit entries {@code tenant} has, as a unit of work of {@code store} sees it. */
  static long auditCount(CrmStore store, TenantId tenant) {
    return store.read(tx -> tx.auditLog().count(tenant, Filter.all()));
  }
}
