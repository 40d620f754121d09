package org.crmkernel.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealAction;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.Stage;
import org.crmkernel.model.record.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a host that updates deals in the store directly has to do for a stage move, by hand: the
 * deal's next version at the other stage (its constructor still validates), and, for the fair
 * comparison, the audit entry, the history entry and an outbox message with the kernel's JSON
 * shape. No reads, no access or stage checks, no generic machinery.
 */
final class DirectMoves {

  private final JsonMapper json = JsonMapper.builder().build();
  private final Clock clock;
  private final TenantId tenant;
  private final Actor actor;

  DirectMoves(SalesTenant t) {
    this.clock = t.clock;
    this.tenant = t.tenant;
    this.actor = Actor.user(t.salesperson.id());
  }

  /** {@code current} at {@code target} with the stage's default probability and forecast, as its next version. */
  Deal moved(Deal current, Stage target) {
    Instant now = clock.instant();
    return new Deal(current.id(), current.tenantId(), current.name(), current.account(), current.primaryContact(),
        current.pipeline(), target.id(), target.category(), target.forecast(), current.amount(), target.probability(),
        ProbabilitySource.STAGE_DEFAULT, current.expectedCloseDate(), current.closedOn(), current.lostReason(),
        current.competitor(), current.source(), current.nextStep(), current.originatingLead(), now,
        current.ownership(), current.state(), current.customFields(), current.revision().next(now));
  }

  /** The audit entry, history entry and outbox message of the move from {@code before} to {@code after}. */
  Recorded recorded(Deal before, Deal after) {
    List<FieldChange> changes = new ArrayList<>(3);
    changes.add(change("stage", before.stage().toString(), after.stage().toString()));
    if (before.forecast() != after.forecast()) {
      changes.add(change("forecast", before.forecast().name(), after.forecast().name()));
    }
    changes.add(change("probability", Integer.toString(before.probability()), Integer.toString(after.probability())));
    Instant now = after.revision().modifiedAt();
    CorrelationId correlation = CorrelationId.generate(clock);
    AuditEntry entry = new AuditEntry(AuditEntryId.generate(clock), tenant, actor, now, AuditOperation.MOVE_STAGE,
        after.ref(), changes, correlation);
    DealChange history = new DealChange(DealChangeId.generate(clock), tenant, after.id(), after.version(),
        DealAction.MOVE_STAGE, Optional.of(before.snapshot()), after.snapshot(), actor, now);
    EventId eventId = EventId.generate(clock);
    EventType type = EventType.DEAL_STAGE_CHANGED;
    String payload = json.writeValueAsString(new DirectWrites.EventJson(eventId.toString(), tenant.toString(),
        type.wireName(), after.ref().kind().name(), after.id().toString(), after.version(), actor.describe(),
        now.toString(), correlation.toString(), changes.stream()
            .map(c -> new DirectWrites.ChangeJson(c.field(), c.before().orElseThrow(), c.after().orElseThrow())).toList()));
    return new Recorded(entry, history, OutboxMessage.pending(eventId, tenant, type.wireName(), payload, now));
  }

  private static FieldChange change(String field, String before, String after) {
    return new FieldChange(field, Optional.of(before), Optional.of(after));
  }

  /** The audit entry, history entry and outbox message that report one move. */
  record Recorded(AuditEntry entry, DealChange history, OutboxMessage message) {}
}
