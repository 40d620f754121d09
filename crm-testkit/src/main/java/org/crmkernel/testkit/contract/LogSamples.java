package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** Audit entries and outbox messages for the contract suite. */
final class LogSamples {

  private static final List<CorrelationId> CORRELATIONS = List.of(
      CorrelationId.of(ValuePools.REFERENCES.get(0)), CorrelationId.of(ValuePools.REFERENCES.get(2)));

  private LogSamples() {}

  /** A random audit entry of {@code tenant} at {@code occurredAt}, with a fresh id. */
  static AuditEntry auditEntry(Random random, TenantId tenant, Instant occurredAt) {
    Actor actor = random.nextInt(3) == 0 ? Actor.system() : Actor.user(pick(random, ValuePools.USERS));
    RecordKind kind = pick(random, List.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD, RecordKind.USER,
        RecordKind.DEAL, RecordKind.ACTIVITY, RecordKind.PIPELINE, RecordKind.LEAD_ASSIGNMENT_RULE));
    UUID recordId = random.nextBoolean() ? pick(random, ValuePools.REFERENCES) : ValuePools.uuid(random);
    List<FieldChange> changes = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      changes.add(FieldChange.of(pick(random, List.of("name", "industry", "custom.region")),
          maybe(random, 0.6, () -> pick(random, ValuePools.TEXTS)),
          maybe(random, 0.6, () -> random.nextInt(5) == 0 ? FieldChange.MASKED : pick(random, ValuePools.TEXTS))));
    }
    CorrelationId correlation = random.nextBoolean() ? pick(random, CORRELATIONS) : CorrelationId.of(ValuePools.uuid(random));
    return new AuditEntry(AuditEntryId.of(ValuePools.uuid(random)), tenant, actor, occurredAt,
        pick(random, List.of(AuditOperation.values())), new RecordRef(kind, recordId), changes, correlation);
  }

  /** A new, undelivered outbox message of {@code tenant} that occurred (and is due) at {@code at}. */
  static OutboxMessage message(TenantId tenant, Instant at) {
    UUID id = UUID.randomUUID();
    return OutboxMessage.pending(EventId.of(id), tenant, "AccountCreated",
        "{\"id\":\"" + id + "\",\"note\":\"caf\u00E9 \\\"quoted\\\"\"}", at);
  }
}
