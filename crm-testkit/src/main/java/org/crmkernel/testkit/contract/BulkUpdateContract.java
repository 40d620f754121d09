package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.BulkUpdate;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optional {@link BulkUpdate} capability: {@code updateAll} gives the same observable result
 * as updating one by one (records, and every query field's filters), and a stale version, a
 * missing record, a repeated id or a version with no predecessor fails the batch, leaving the
 * stored records as they were once the unit of work has failed. Skipped, with a reason, for
 * stores that lack the capability.
 */
public abstract class BulkUpdateContract extends StoreContractSupport {

  private final Random random = new Random();

  /** For subclasses. */
  protected BulkUpdateContract() {}

  /** Every kind of record with a store, as far as the store under test has it ({@link #storesKind}). */
  protected Stream<StoredKind<?, ?>> kinds() {
    return storedKinds();
  }

  /** A bulk update stores what updating one by one stores, as find, query, count and scan see it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void bulkUpdateMatchesOneByOne(StoredKind<?, ?> kind) {
    bulkUpdateMatchesOneByOne0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void bulkUpdateMatchesOneByOne0(StoredKind<I, R> kind) {
    assumeBulkUpdate(kind);
    TenantId bulk = newTenant();
    TenantId single = newTenant();
    List<R> records = kind.randomBatch(random, bulk, 25);
    insertAll(kind, records);
    insertAll(kind, records.stream().map(r -> kind.withTenant(r, single)).toList());
    List<R> changed = records.stream().map(r -> kind.changed(r, random)).toList();

    store().write(tx -> {
      bulk(kind.store(tx)).updateAll(changed);
      return null;
    });
    for (R record : changed) {
      update(kind, kind.withTenant(record, single), record.version() - 1);
    }

    List<R> byId = changed.stream().sorted(kind.idOrder()).toList();
    assertThat(contents(kind, bulk)).containsExactlyElementsOf(byId);
    assertThat(contents(kind, single).stream().map(r -> kind.withTenant(r, bulk)).toList())
        .containsExactlyElementsOf(byId);
    // Every query field's filter sees the new values (columns and value table alike), in one read.
    Map<String, Long> expectedCounts = new LinkedHashMap<>();
    for (FieldRef<R, ?> field : kind.queryFields()) {
      expectedCounts.put(field.toString(), changed.stream().filter(Filter.<R>isEmpty(field)::test).count());
    }
    Map<String, Long> counts = store().read(tx -> {
      Map<String, Long> found = new LinkedHashMap<>();
      for (FieldRef<R, ?> field : kind.queryFields()) {
        found.put(field.toString(), kind.store(tx).count(bulk, Filter.isEmpty(field)));
      }
      return found;
    });
    assertThat(counts).as("records of %s without a value, per query field", kind).isEqualTo(expectedCounts);
    store().write(tx -> {
      bulk(kind.store(tx)).updateAll(List.of());
      return null;
    });
    assertThat(contents(kind, bulk)).containsExactlyElementsOf(byId);
  }

  /** A record changed meanwhile fails the batch with a {@link StaleVersionException}; nothing of it remains. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void staleVersionFailsTheBatch(StoredKind<?, ?> kind) {
    staleVersionFailsTheBatch0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void staleVersionFailsTheBatch0(StoredKind<I, R> kind) {
    assumeBulkUpdate(kind);
    TenantId tenant = newTenant();
    List<R> records = kind.randomBatch(random, tenant, 6);
    insertAll(kind, records);
    R meanwhile = update(kind, kind.changed(records.get(3), random), records.get(3).version());
    List<R> batch = records.stream().map(r -> kind.changed(r, random)).toList();

    assertThatThrownBy(() -> store().write(tx -> {
      bulk(kind.store(tx)).updateAll(batch);
      return null;
    })).isInstanceOf(StaleVersionException.class);

    List<R> expected = new ArrayList<>(records);
    expected.set(3, meanwhile);
    assertThat(contents(kind, tenant)).containsExactlyElementsOf(expected.stream().sorted(kind.idOrder()).toList());
  }

  /** A record that is not stored (never, or only in another tenant) fails the batch; nothing of it remains. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void missingRecordFailsTheBatch(StoredKind<?, ?> kind) {
    missingRecordFailsTheBatch0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void missingRecordFailsTheBatch0(StoredKind<I, R> kind) {
    assumeBulkUpdate(kind);
    TenantId tenant = newTenant();
    TenantId other = newTenant();
    List<R> records = kind.randomBatch(random, tenant, 5);
    insertAll(kind, records);
    R elsewhere = kind.randomBatch(random, other, 1).get(0);
    insertAll(kind, List.of(elsewhere));
    for (R missing : List.of(kind.withTenant(elsewhere, tenant), kind.randomBatch(random, tenant, 1).get(0))) {
      List<R> batch = new ArrayList<>(records.stream().map(r -> kind.changed(r, random)).toList());
      batch.add(2, kind.changed(missing, random));

      assertThatThrownBy(() -> store().write(tx -> {
        bulk(kind.store(tx)).updateAll(batch);
        return null;
      })).isInstanceOf(RecordNotFoundException.class);

      assertThat(contents(kind, tenant)).containsExactlyElementsOf(records.stream().sorted(kind.idOrder()).toList());
    }
    assertThat(contents(kind, other)).containsExactly(elsewhere);
  }

  /** A repeated id, or a version with no stored predecessor, is refused before anything is written. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void malformedBatchIsRefused(StoredKind<?, ?> kind) {
    malformedBatchIsRefused0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void malformedBatchIsRefused0(StoredKind<I, R> kind) {
    assumeBulkUpdate(kind);
    TenantId tenant = newTenant();
    List<R> records = kind.randomBatch(random, tenant, 4);
    insertAll(kind, records);
    List<R> repeated = new ArrayList<>(records.stream().map(r -> kind.changed(r, random)).toList());
    repeated.add(kind.changed(records.get(1), random));
    List<R> unversioned = List.of(kind.changed(records.get(0), random), kind.changed(records.get(2), random, 1));

    for (List<R> batch : List.of(repeated, unversioned)) {
      assertThatThrownBy(() -> store().write(tx -> {
        bulk(kind.store(tx)).updateAll(batch);
        return null;
      })).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(contents(kind, tenant)).containsExactlyElementsOf(records.stream().sorted(kind.idOrder()).toList());
  }

  private <I extends RecordId, R extends CrmRecord<I>> void assumeBulkUpdate(StoredKind<I, R> kind) {
    boolean capable = store().read(tx -> kind.store(tx) instanceof BulkUpdate<?, ?>);
    assumeTrue(capable, () -> "the store of " + kind + " does not implement BulkUpdate");
  }

  @SuppressWarnings("unchecked")
  private static <I extends RecordId, R extends CrmRecord<I>> BulkUpdate<I, R> bulk(RecordStore<I, R> store) {
    return (BulkUpdate<I, R>) store;
  }
}
