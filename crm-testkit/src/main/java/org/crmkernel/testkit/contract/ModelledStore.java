package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.contract.StoreOperation.Outcome;

/**
 * The state of the stateful contract: a store and the reference model of what it should hold,
 * for two tenants. Each step runs one unit of work of operations on both and checks that they
 * answer the same; {@link #assertSameContents} checks that they hold the same.
 */
final class ModelledStore {

  /**
   * The kinds the stateful contract works on: field definitions bring a unique key; deals,
   * activities, pipelines and lead assignment rules their own tables and value types.
   */
  static final List<StoredKind<?, ?>> KINDS = List.of(StoredKinds.ACCOUNTS, StoredKinds.CONTACTS,
      StoredKinds.FIELD_DEFINITIONS, StoredKinds.DEALS, StoredKinds.ACTIVITIES, StoredKinds.PIPELINES,
      StoredKinds.ASSIGNMENT_RULES);

  /** How a unit of work ends when its operations have run. */
  enum Ending {
    COMMIT,
    THROW,
    ROLLBACK_ONLY
  }

  /** What an operation intends, resolved against the data when it runs. */
  enum Intent {
    INSERT,
    INSERT_TAKEN_ID,
    INSERT_SAME_ID_IN_OTHER_TENANT,
    UPDATE,
    UPDATE_STALE,
    UPDATE_UNKNOWN,
    UPDATE_THROUGH_OTHER_TENANT,
    DELETE,
    DELETE_STALE,
    DELETE_UNKNOWN,
    DELETE_THROUGH_OTHER_TENANT,
    FIND,
    FIND_IN_OTHER_TENANT,
    COUNT,
    QUERY
  }

  /**
   * One planned operation: an intent, the kind it works on (one of the model's kinds), which
   * existing record it picks, and a seed for the content it makes.
   */
  record Planned(Intent intent, StoredKind<?, ?> kind, int pick, long seed) {
    @Override
    public String toString() {
      return intent + " " + kind + " #" + pick + " seed " + seed;
    }
  }

  private static final RuntimeException ABORT = new IllegalStateException("the work fails on purpose");

  private final CrmStore store;
  private final TenantId tenant;
  private final TenantId otherTenant;
  private final List<StoredKind<?, ?>> kinds;
  private ReferenceModel model = new ReferenceModel();

  /** A model of {@code kinds} (some of {@link #KINDS}) in two tenants of {@code store}. */
  ModelledStore(CrmStore store, TenantId tenant, TenantId otherTenant, List<StoredKind<?, ?>> kinds) {
    this.store = store;
    this.tenant = tenant;
    this.otherTenant = otherTenant;
    this.kinds = List.copyOf(kinds);
  }

  /**
   * Runs {@code plan} as one unit of work on the store and on a copy of the model, ending as
   * {@code ending} says; checks that both give the same results or the same failure, and keeps
   * the copy only if the unit of work commits.
   */
  void run(List<Planned> plan, Ending ending) {
    ReferenceModel working = model.copy();
    List<StoreOperation> operations = new ArrayList<>();
    List<Outcome> expectedResults = new ArrayList<>();
    Optional<Outcome> expectedFailure = Optional.empty();
    for (Planned planned : plan) {
      StoreOperation operation = resolve(planned, working);
      operations.add(operation);
      try {
        expectedResults.add(Outcome.of(operation.on(working)));
      } catch (RuntimeException e) {
        expectedFailure = Optional.of(Outcome.of(e));
        break;
      }
    }
    if (expectedFailure.isEmpty() && ending == Ending.THROW) {
      expectedFailure = Optional.of(Outcome.of(ABORT));
    }

    Outcome actual;
    List<Outcome> actualResults = new ArrayList<>();
    try {
      store.write(tx -> {
        for (StoreOperation operation : operations) {
          actualResults.add(Outcome.of(operation.on(tx)));
        }
        if (ending == Ending.THROW) {
          throw ABORT;
        }
        if (ending == Ending.ROLLBACK_ONLY) {
          tx.setRollbackOnly();
        }
        return null;
      });
      actual = Outcome.of((Object) null);
    } catch (RuntimeException e) {
      if (e == ABORT) {
        actual = Outcome.of(ABORT);
      } else {
        actual = Outcome.of(e);
      }
    }

    String what = "unit of work " + operations + " ending " + ending;
    int compared = Math.min(actualResults.size(), expectedResults.size());
    assertThat(actualResults.subList(0, compared)).as(what + ": results").isEqualTo(expectedResults.subList(0, compared));
    assertThat(actual).as(what + ": outcome").isEqualTo(expectedFailure.orElse(Outcome.of((Object) null)));
    if (expectedFailure.isEmpty() && ending == Ending.COMMIT) {
      model = working;
    }
  }

  /** Checks that the store holds exactly what the model holds, in both tenants, by scan and count. */
  void assertSameContents() {
    for (StoredKind<?, ?> kind : kinds) {
      assertSameContents(kind, tenant);
      assertSameContents(kind, otherTenant);
    }
  }

  private <I extends RecordId, R extends CrmRecord<I>> void assertSameContents(StoredKind<I, R> kind, TenantId in) {
    List<R> expected = model.list(kind, in);
    List<R> scanned = store.read(tx -> {
      try (var rows = kind.store(tx).scan(in, Filter.all())) {
        return rows.toList();
      }
    });
    long counted = store.read(tx -> kind.store(tx).count(in, Filter.all()));
    assertThat(ReferenceQueries.ids(kind, scanned)).as("ids of %s in %s", kind, in)
        .containsExactlyElementsOf(ReferenceQueries.ids(kind, expected));
    assertThat(scanned).as("%s in %s", kind, in).containsExactlyElementsOf(expected);
    assertThat(counted).as("count of %s in %s", kind, in).isEqualTo(expected.size());
  }

  private StoreOperation resolve(Planned planned, ReferenceModel working) {
    return resolve(planned.kind(), planned, working);
  }

  private <I extends RecordId, R extends CrmRecord<I>> StoreOperation resolve(
      StoredKind<I, R> kind, Planned planned, ReferenceModel working) {
    Random random = new Random(planned.seed());
    List<R> existing = working.list(kind, tenant);
    R fresh = kind.random(random, tenant);
    if (existing.isEmpty()) {
      return resolveWithout(kind, planned.intent(), fresh, random, working);
    }
    R picked = existing.get(planned.pick() % existing.size());
    return switch (planned.intent()) {
      case INSERT -> new StoreOperation.Insert<>(kind, fresh);
      case INSERT_TAKEN_ID -> new StoreOperation.Insert<>(kind, kind.changed(picked, random, 1));
      case INSERT_SAME_ID_IN_OTHER_TENANT -> new StoreOperation.Insert<>(kind, kind.withTenant(picked, otherTenant));
      case UPDATE -> new StoreOperation.Update<>(kind, kind.changed(picked, random), picked.version());
      case UPDATE_STALE -> {
        long stale = staleVersion(picked.version(), random);
        yield new StoreOperation.Update<>(kind, kind.changed(picked, random, stale + 1), stale);
      }
      case UPDATE_UNKNOWN -> new StoreOperation.Update<>(kind, kind.changed(fresh, random), 1);
      case UPDATE_THROUGH_OTHER_TENANT ->
          new StoreOperation.Update<>(kind, kind.withTenant(kind.changed(picked, random), otherTenant), picked.version());
      case DELETE -> new StoreOperation.Delete<>(kind, tenant, picked.id(), picked.version());
      case DELETE_STALE -> new StoreOperation.Delete<>(kind, tenant, picked.id(), staleVersion(picked.version(), random));
      case DELETE_UNKNOWN -> new StoreOperation.Delete<>(kind, tenant, fresh.id(), 1);
      case DELETE_THROUGH_OTHER_TENANT -> new StoreOperation.Delete<>(kind, otherTenant, picked.id(), picked.version());
      case FIND -> new StoreOperation.Find<>(kind, tenant, random.nextInt(4) == 0 ? fresh.id() : picked.id());
      case FIND_IN_OTHER_TENANT -> new StoreOperation.Find<>(kind, otherTenant, picked.id());
      case COUNT, QUERY -> query(kind, planned.intent(), random, existing);
    };
  }

  private <I extends RecordId, R extends CrmRecord<I>> StoreOperation resolveWithout(
      StoredKind<I, R> kind, Intent intent, R fresh, Random random, ReferenceModel working) {
    return switch (intent) {
      case UPDATE, UPDATE_STALE, UPDATE_UNKNOWN, UPDATE_THROUGH_OTHER_TENANT ->
          new StoreOperation.Update<>(kind, kind.changed(fresh, random), 1);
      case DELETE, DELETE_STALE, DELETE_UNKNOWN, DELETE_THROUGH_OTHER_TENANT ->
          new StoreOperation.Delete<>(kind, tenant, fresh.id(), 1);
      case FIND, FIND_IN_OTHER_TENANT -> new StoreOperation.Find<>(kind, tenant, fresh.id());
      case COUNT, QUERY -> query(kind, intent, random, working.list(kind, tenant));
      case INSERT, INSERT_TAKEN_ID, INSERT_SAME_ID_IN_OTHER_TENANT -> new StoreOperation.Insert<>(kind, fresh);
    };
  }

  private <I extends RecordId, R extends CrmRecord<I>> StoreOperation query(
      StoredKind<I, R> kind, Intent intent, Random random, List<R> existing) {
    RandomQueries<R> queries = RandomQueries.over(random, kind.queryFields(), existing);
    Filter<R> filter = random.nextInt(3) == 0 ? Filter.all() : queries.filter();
    return intent == Intent.COUNT
        ? new StoreOperation.Count<>(kind, tenant, filter)
        : new StoreOperation.QueryPages<>(kind, tenant, filter, queries.sort(), 1 + random.nextInt(5));
  }

  private static long staleVersion(long current, Random random) {
    return current > 1 && random.nextBoolean() ? current - 1 : current + 1 + random.nextInt(3);
  }

  @Override
  public String toString() {
    StringBuilder sizes = new StringBuilder("ModelledStore[");
    for (StoredKind<?, ?> kind : kinds) {
      sizes.append(kind).append('=').append(model.list(kind, tenant).size()).append('/')
          .append(model.list(kind, otherTenant).size()).append(' ');
    }
    return sizes.toString().strip() + "]";
  }
}
