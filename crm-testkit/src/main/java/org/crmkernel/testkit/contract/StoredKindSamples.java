package org.crmkernel.testkit.contract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.record.CrmRecord;

/**
 * The contract suite's random record generators, opened to {@code
 * org.crmkernel.testkit.fixtures.RandomRecords} (the public face for adapters' own tests): the
 * generators themselves stay package-private, as the suite's internals.
 */
public final class StoredKindSamples {

  private static final Map<RecordKind, StoredKind<?, ?>> BY_KIND = byKind();

  private StoredKindSamples() {}

  /** The kinds with a generator: every kind with a record store, and deal history entries. */
  public static List<RecordKind> kinds() {
    List<RecordKind> kinds = new ArrayList<>(BY_KIND.keySet());
    kinds.add(RecordKind.DEAL_CHANGE);
    return List.copyOf(kinds);
  }

  /**
   * A valid random record of {@code kind} in {@code tenant}, drawn from the contract suite's
   * value pools (edge values included); throws {@link IllegalArgumentException} for a kind
   * without a generator.
   */
  public static CrmRecord<?> random(RecordKind kind, Random random, TenantId tenant) {
    if (kind == RecordKind.DEAL_CHANGE) {
      return dealChange(random, tenant);
    }
    StoredKind<?, ?> stored = BY_KIND.get(kind);
    if (stored == null) {
      throw new IllegalArgumentException("no generator of " + kind + " records");
    }
    return stored.random(random, tenant);
  }

  /** An entry of a random deal history: the first (no values before it) or a later one. */
  private static DealChange dealChange(Random random, TenantId tenant) {
    List<DealChange> history = DealChangeSamples.history(random, tenant, DealId.of(ValuePools.uuid(random)),
        1 + random.nextInt(3), sequence -> ValuePools.pick(random, ValuePools.INSTANTS));
    return history.get(history.size() - 1);
  }

  private static Map<RecordKind, StoredKind<?, ?>> byKind() {
    Map<RecordKind, StoredKind<?, ?>> kinds = new EnumMap<>(RecordKind.class);
    for (StoredKind<?, ?> kind : StoredKinds.ALL) {
      kinds.put(kind.id(new UUID(0, 1)).kind(), kind);
    }
    return kinds;
  }
}
