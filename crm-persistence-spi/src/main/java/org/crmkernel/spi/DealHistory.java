package org.crmkernel.spi;

import java.util.List;
import java.util.stream.Stream;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.spi.query.Filter;

/**
 * The append-only history of deals. Entries are only ever appended; there is no way to change
 * or remove one, and a deal's history outlives the deal.
 */
public interface DealHistory {

  /**
   * Appends entries.
   *
   * @throws org.crmkernel.model.error.DuplicateRecordException if an entry id is taken, or the
   *     deal already has an entry with the same sequence number (a concurrent change got there
   *     first)
   */
  void append(List<DealChange> entries);

  /** Every entry of {@code deal}'s history, in sequence order. */
  List<DealChange> historyOf(TenantId tenant, DealId deal);

  /**
   * Every entry of the tenant matching {@code filter}, ordered by time, then deal id, then
   * sequence; streamed for reports. Close the stream and use it only inside the unit of work.
   */
  Stream<DealChange> scan(TenantId tenant, Filter<DealChange> filter);
}
