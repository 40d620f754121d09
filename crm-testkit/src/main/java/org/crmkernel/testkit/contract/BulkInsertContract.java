package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optional {@link BulkInsert} capability: {@code insertAll} gives the same observable result
 * as inserting one by one, and a taken or repeated id fails the batch, leaving nothing of it
 * once the unit of work has failed. Skipped, with a reason, for stores that lack the
 * capability.
 */
public abstract class BulkInsertContract extends StoreContractSupport {

  private final Random random = new Random();

  /** For subclasses. */
  protected BulkInsertContract() {}

  /** Every kind of record with a store, as far as the store under test has it ({@link #storesKind}). */
  protected Stream<StoredKind<?, ?>> kinds() {
    return storedKinds();
  }

  /** A bulk insert stores what inserting one by one stores, as query, count and scan see it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void bulkInsertMatchesOneByOne(StoredKind<?, ?> kind) {
    bulkInsertMatchesOneByOne0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void bulkInsertMatchesOneByOne0(StoredKind<I, R> kind) {
    assumeBulkInsert(kind);
    TenantId bulk = newTenant();
    TenantId single = newTenant();
    List<R> records = kind.randomBatch(random, bulk, 25);
    store().write(tx -> {
      bulk(kind.store(tx)).insertAll(records);
      return null;
    });
    insertAll(kind, records.stream().map(r -> kind.withTenant(r, single)).toList());
    List<R> byId = records.stream().sorted(kind.idOrder()).toList();
    assertThat(contents(kind, bulk)).containsExactlyElementsOf(byId);
    assertThat(contents(kind, single).stream().map(r -> kind.withTenant(r, bulk)).toList()).containsExactlyElementsOf(byId);
    ReferenceQueries.assertPages(store(), kind, bulk, Filter.all(), Sort.byId(), List.of(7), byId);
    store().write(tx -> {
      bulk(kind.store(tx)).insertAll(List.of());
      return null;
    });
    assertThat(count(kind, bulk, Filter.all())).isEqualTo(records.size());
  }

  /** An id repeated inside the batch fails it; nothing of the batch remains. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void repeatedIdFailsTheBatch(StoredKind<?, ?> kind) {
    repeatedIdFailsTheBatch0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void repeatedIdFailsTheBatch0(StoredKind<I, R> kind) {
    assumeBulkInsert(kind);
    TenantId tenant = newTenant();
    List<R> records = new ArrayList<>(kind.randomBatch(random, tenant, 6));
    records.add(kind.changed(records.get(2), random, 1));
    assertThatThrownBy(() -> store().write(tx -> {
      bulk(kind.store(tx)).insertAll(records);
      return null;
    })).isInstanceOf(DuplicateRecordException.class);
    assertThat(contents(kind, tenant)).isEmpty();
  }

  /** An id the tenant already has fails the batch; nothing of the batch remains and the stored record stays. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void takenIdFailsTheBatch(StoredKind<?, ?> kind) {
    takenIdFailsTheBatch0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void takenIdFailsTheBatch0(StoredKind<I, R> kind) {
    assumeBulkInsert(kind);
    TenantId tenant = newTenant();
    List<R> records = kind.randomBatch(random, tenant, 6);
    R stored = records.get(4);
    insertAll(kind, List.of(stored));
    List<R> batch = new ArrayList<>(records);
    batch.set(4, kind.changed(stored, random, 1));
    assertThatThrownBy(() -> store().write(tx -> {
      bulk(kind.store(tx)).insertAll(batch);
      return null;
    })).isInstanceOf(DuplicateRecordException.class);
    assertThat(contents(kind, tenant)).containsExactly(stored);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void assumeBulkInsert(StoredKind<I, R> kind) {
    boolean capable = store().read(tx -> kind.store(tx) instanceof BulkInsert<?, ?>);
    assumeTrue(capable, () -> "the store of " + kind + " does not implement BulkInsert");
  }

  @SuppressWarnings("unchecked")
  private static <I extends RecordId, R extends CrmRecord<I>> BulkInsert<I, R> bulk(RecordStore<I, R> store) {
    return (BulkInsert<I, R>) store;
  }
}
