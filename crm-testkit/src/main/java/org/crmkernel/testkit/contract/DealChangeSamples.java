package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.DealAction;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealSnapshot;
import org.crmkernel.model.record.Actor;

/**
 * Deal history entries for the contract suite: whole histories as the kernel writes them,
 * numbered from 1, each entry starting from the values the previous one ended with. The tracked
 * values are those of random deals, so amounts, dates and owners reach their limits too.
 */
final class DealChangeSamples {

  private static final List<DealAction> LATER_ACTIONS =
      List.of(DealAction.values()).stream().filter(a -> a != DealAction.CREATE).toList();

  private DealChangeSamples() {}

  /**
   * The first {@code length} entries of {@code deal}'s history in {@code tenant}, with fresh
   * random ids; entry {@code n} (from 1) happens at {@code at.apply(n)}.
   */
  static List<DealChange> history(Random random, TenantId tenant, DealId deal, int length, IntFunction<Instant> at) {
    List<DealChange> entries = new ArrayList<>();
    Optional<DealSnapshot> before = Optional.empty();
    for (int sequence = 1; sequence <= length; sequence++) {
      DealSnapshot after = StoredKinds.DEALS.random(random, tenant).snapshot();
      entries.add(new DealChange(DealChangeId.of(ValuePools.uuid(random)), tenant, deal, sequence,
          sequence == 1 ? DealAction.CREATE : pick(random, LATER_ACTIONS), before, after, actor(random),
          at.apply(sequence)));
      before = Optional.of(after);
    }
    return List.copyOf(entries);
  }

  /** {@code entry} with another id and otherwise the same content. */
  static DealChange withId(DealChange entry, UUID id) {
    return new DealChange(DealChangeId.of(id), entry.tenantId(), entry.deal(), entry.sequence(), entry.action(),
        entry.before(), entry.after(), entry.actor(), entry.at());
  }

  /** {@code entry} as an entry of {@code tenant}. */
  static DealChange inTenant(DealChange entry, TenantId tenant) {
    return new DealChange(entry.id(), tenant, entry.deal(), entry.sequence(), entry.action(), entry.before(),
        entry.after(), entry.actor(), entry.at());
  }

  /**
   * The entry after {@code previous} in its deal's history, with a fresh id and random values:
   * what a writer that read the history up to {@code previous} appends. Two such writers make
   * rival entries with the same sequence number.
   */
  static DealChange next(Random random, DealChange previous, Instant at) {
    DealSnapshot after = StoredKinds.DEALS.random(random, previous.tenantId()).snapshot();
    return new DealChange(DealChangeId.of(ValuePools.uuid(random)), previous.tenantId(), previous.deal(),
        previous.sequence() + 1, pick(random, LATER_ACTIONS), Optional.of(previous.after()), after, actor(random), at);
  }

  private static Actor actor(Random random) {
    return random.nextInt(4) == 0 ? Actor.system() : Actor.user(pick(random, ValuePools.USERS));
  }
}
