package org.crmkernel.spi;

import java.util.List;
import java.util.stream.Stream;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.spi.query.Filter;

/**
 * The append-only history of deals. Entries are only ever appended; there is no way to change
 * or remove one, and a deal's history outlives the deal. The store keeps entries as given: it
 * does not check that a deal's sequence numbers have no gaps (the kernel numbers them by the
 * deal's version). A read-only unit of work refuses to append with a {@link
 * org.crmkernel.model.error.StoreFailureException}.
 */
public interface DealHistory {

  /**
   * Appends entries.
   *
   * @throws org.crmkernel.model.error.DuplicateRecordException if an entry id is taken, or the
   *     deal already has an entry with the same sequence number (a concurrent change got there
   *     first); the unit of work then fails and none of the batch is kept
   */
  void append(List<DealChange> entries);

  /** Every entry of {@code deal}'s history, in sequence order. */
  List<DealChange> historyOf(TenantId tenant, DealId deal);

  /**
   * Every entry of the tenant matching {@code filter}, ordered by time, then deal id (as an
   * unsigned 128-bit number, like every UUID order), then sequence; streamed for reports. Close the stream and use it only inside the unit of work.
   */
  Stream<DealChange> scan(TenantId tenant, Filter<DealChange> filter);
}
