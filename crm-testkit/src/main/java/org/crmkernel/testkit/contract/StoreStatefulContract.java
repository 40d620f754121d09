package org.crmkernel.testkit.contract;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.crmkernel.testkit.contract.ModelledStore.Ending;
import org.crmkernel.testkit.contract.ModelledStore.Intent;
import org.crmkernel.testkit.contract.ModelledStore.Planned;

/**
 * A stateful contract: random sequences of inserts, updates and deletes (with current, stale
 * and unknown versions and ids, and through the wrong tenant), finds, counts, page queries,
 * units of work of several operations that commit, fail midway or are marked rollback-only —
 * run against the store and a reference model made of maps and the reference query semantics.
 * After every step the results, the failures (type, versions, ids) and the contents agree.
 */
public abstract class StoreStatefulContract extends StoreContractSupport {

  /** For subclasses. */
  protected StoreStatefulContract() {}

  /** The store and the reference model answer every step alike and always hold the same records. */
  @Property(tries = 40)
  public void storeBehavesLikeTheReferenceModel(@ForAll("operationChains") ActionChain<ModelledStore> chain) {
    chain.withInvariant("store holds what the model holds", ModelledStore::assertSameContents).run();
  }

  /**
   * Chains of up to 30 steps on a store with two fresh tenants, over the kinds of {@link
   * ModelledStore#KINDS} that the store under test stores ({@link #storesKind}).
   */
  @Provide
  public Arbitrary<ActionChain<ModelledStore>> operationChains() {
    List<StoredKind<?, ?>> kinds = ModelledStore.KINDS.stream().filter(kind -> storesKind(kind.recordKind())).toList();
    if (kinds.isEmpty()) {
      throw new IllegalStateException("the store under test stores none of the kinds the stateful contract works on");
    }
    return ActionChain.<ModelledStore>startWith(() -> new ModelledStore(store(), newTenant(), newTenant(), kinds))
        .withAction(6, single(kinds, Intent.INSERT))
        .withAction(1, single(kinds, Intent.INSERT_TAKEN_ID))
        .withAction(1, single(kinds, Intent.INSERT_SAME_ID_IN_OTHER_TENANT))
        .withAction(3, single(kinds, Intent.UPDATE))
        .withAction(1, single(kinds, Intent.UPDATE_STALE))
        .withAction(1, single(kinds, Intent.UPDATE_UNKNOWN))
        .withAction(1, single(kinds, Intent.UPDATE_THROUGH_OTHER_TENANT))
        .withAction(2, single(kinds, Intent.DELETE))
        .withAction(1, single(kinds, Intent.DELETE_STALE))
        .withAction(1, single(kinds, Intent.DELETE_UNKNOWN))
        .withAction(1, single(kinds, Intent.DELETE_THROUGH_OTHER_TENANT))
        .withAction(2, single(kinds, Intent.FIND))
        .withAction(1, single(kinds, Intent.FIND_IN_OTHER_TENANT))
        .withAction(1, single(kinds, Intent.COUNT))
        .withAction(2, single(kinds, Intent.QUERY))
        .withAction(3, unit(kinds, Ending.COMMIT))
        .withAction(2, unit(kinds, Ending.THROW))
        .withAction(1, unit(kinds, Ending.ROLLBACK_ONLY))
        .withMaxTransformations(30);
  }

  private static Action.Independent<ModelledStore> single(List<StoredKind<?, ?>> kinds, Intent intent) {
    return () -> planned(kinds, Arbitraries.just(intent)).map(step -> Transformer.mutate(
        step.toString(), state -> state.run(List.of(step), Ending.COMMIT)));
  }

  private static Action.Independent<ModelledStore> unit(List<StoredKind<?, ?>> kinds, Ending ending) {
    return () -> planned(kinds, Arbitraries.of(Intent.class)).list().ofMinSize(1).ofMaxSize(5).map(steps -> Transformer.mutate(
        "unit of work " + steps + " ending " + ending, state -> state.run(steps, ending)));
  }

  private static Arbitrary<Planned> planned(List<StoredKind<?, ?>> kinds, Arbitrary<Intent> intents) {
    return Combinators.combine(intents, Arbitraries.integers().between(0, kinds.size() - 1),
        Arbitraries.integers().between(0, 1_000), Arbitraries.longs())
        .as((intent, kind, pick, seed) -> new Planned(intent, kinds.get(kind), pick, seed));
  }
}
