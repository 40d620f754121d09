package org.crmkernel.testkit.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.spi.DealHistory;
import org.crmkernel.spi.query.Filter;

/**
 * Deal history over a record table that only ever inserts: a deal's entries are found through
 * the index by deal, and the unique key (deal, sequence) lets only one of two concurrent
 * appenders of the same entry number commit.
 */
final class MemoryDealHistory implements DealHistory {

  /** The order of {@link #scan}: time, then deal id, then sequence. */
  static final Comparator<DealChange> LOG_ORDER = Comparator.comparing(DealChange::at)
      .thenComparing(c -> c.deal().value(), Uuid7.UNSIGNED_ORDER)
      .thenComparingLong(DealChange::sequence);

  private final MemoryTransaction tx;
  private final MemoryRecordStore<DealChangeId, DealChange> rows;
  private final Index<DealChange> byDeal;

  MemoryDealHistory(MemoryTransaction tx, RecordTable<DealChange> table, Index<DealChange> byDeal) {
    this.tx = tx;
    this.rows = new MemoryRecordStore<>(tx, table);
    this.byDeal = byDeal;
  }

  @Override
  public void append(List<DealChange> entries) {
    Objects.requireNonNull(entries, "entries");
    rows.insertAll(entries);
  }

  @Override
  public List<DealChange> historyOf(TenantId tenant, DealId deal) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(deal, "deal");
    tx.checkUsable();
    List<DealChange> found = new ArrayList<>();
    Visible.forEachWithKey(rows.table, tx.changesOf(rows.table), byDeal, tenant, deal, found::add);
    found.sort(Comparator.comparingLong(DealChange::sequence));
    return List.copyOf(found);
  }

  /** Sorted in memory: the in-memory store holds the tenant anyway. */
  @Override
  public Stream<DealChange> scan(TenantId tenant, Filter<DealChange> filter) {
    try (Stream<DealChange> matching = rows.scan(tenant, filter)) {
      return matching.sorted(LOG_ORDER).toList().stream();
    }
  }
}
