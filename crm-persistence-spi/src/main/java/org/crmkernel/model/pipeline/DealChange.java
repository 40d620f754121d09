package org.crmkernel.model.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;

/**
 * One immutable entry of a deal's history: what a change of stage, amount, probability, close
 * date or owner turned the deal's tracked values from and into, when and by whom. An entry's
 * {@link #sequence} is the deal's version after the change, so a deal's entries are ordered and
 * unique, starting at 1 (changes of untracked fields leave gaps). Each entry's {@link #before} is
 * the previous entry's {@link #after}, and the last entry's {@code after} is the deal's current
 * {@link Deal#snapshot()}. Funnel, velocity and as-of reports are computed from them.
 *
 * @param sequence the deal's version after the change: 1 for its creation
 * @param before the tracked values before the change; empty exactly for the first entry
 * @param after the tracked values after it
 */
public record DealChange(
    DealChangeId id,
    TenantId tenantId,
    DealId deal,
    long sequence,
    DealAction action,
    Optional<DealSnapshot> before,
    DealSnapshot after,
    Actor actor,
    Instant at)
    implements CrmRecord<DealChangeId> {

  /** Checks the numbering: the first entry, and only it, has nothing before it. */
  public DealChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
    }
    if ((sequence == 1) != before.isEmpty()) {
      throw new IllegalArgumentException("the first entry, and only it, has no values before it");
    }
    if ((action == DealAction.CREATE) != (sequence == 1)) {
      throw new IllegalArgumentException("the first entry, and only it, records the creation");
    }
  }

  /** Entries never change: their revision is always the first, at {@link #at}. */
  @Override
  public Revision revision() {
    return Revision.first(at);
  }
}
