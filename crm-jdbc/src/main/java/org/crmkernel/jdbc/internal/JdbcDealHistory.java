package org.crmkernel.jdbc.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealChangeFields;
import org.crmkernel.spi.DealHistory;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Sort;

/**
 * The deal history in {@code crm_deal_change}, as one unit of work sees it: a record table that
 * is only ever inserted into (through {@link JdbcRecordStore#insertAll}, so ids are checked
 * first and rows written in batches). The unique key {@code (tenant_id, deal_id,
 * sequence_number)} refuses a taken sequence number, and makes the second of two concurrent
 * appenders of one number wait for the first and fail when it commits. A deal's history reads
 * that key in sequence order; scans read the index {@code (tenant_id, at_s, at_ns, deal_id,
 * sequence_number)}.
 */
final class JdbcDealHistory implements DealHistory {

  /** The order of scans: time, then deal id (unsigned, as the columns compare), then sequence. */
  private static final Sort<DealChange> LOG_ORDER = Sort.<DealChange>by(DealChangeFields.AT)
      .then(DealChangeFields.DEAL_ID, Sort.Direction.ASC)
      .then(DealChangeFields.SEQUENCE, Sort.Direction.ASC);

  private static final Sort<DealChange> SEQUENCE_ORDER = Sort.by(DealChangeFields.SEQUENCE);

  private final JdbcRecordStore<DealChangeId, DealChange> entries;

  JdbcDealHistory(UnitOfWork unit) {
    this.entries = new JdbcRecordStore<>(unit, RecordTables.DEAL_CHANGES);
  }

  /**
   * Appends the batch: a sequence number repeated for one deal in the batch is refused before
   * anything is written; one the deal already has (or an appender got first) by the unique key,
   * whose violation names an entry of the batch.
   */
  @Override
  public void append(List<DealChange> batch) {
    List<DealChange> copy = List.copyOf(Objects.requireNonNull(batch, "entries"));
    Set<List<Object>> numbers = new HashSet<>();
    for (DealChange entry : copy) {
      if (!numbers.add(List.of(entry.tenantId(), entry.deal(), entry.sequence()))) {
        throw new DuplicateRecordException(entry.ref(), "the batch has two entries " + entry.sequence() + " of deal "
            + entry.deal().value());
      }
    }
    entries.insertAll(copy);
  }

  @Override
  public List<DealChange> historyOf(TenantId tenant, DealId deal) {
    Objects.requireNonNull(deal, "deal");
    try (Stream<DealChange> rows = entries.scan(tenant, Filter.eq(DealChangeFields.DEAL_ID, deal.value()),
        SEQUENCE_ORDER)) {
      return rows.toList();
    }
  }

  @Override
  public Stream<DealChange> scan(TenantId tenant, Filter<DealChange> filter) {
    return entries.scan(tenant, filter, LOG_ORDER);
  }
}
