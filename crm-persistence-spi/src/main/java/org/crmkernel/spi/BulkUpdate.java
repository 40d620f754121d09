package org.crmkernel.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.record.CrmRecord;

/**
 * An optional capability: a record store that updates many records in one batch (a user's
 * records moved to another unit, an owner's records reassigned). The kernel checks for it with
 * {@code instanceof} and otherwise updates one by one; the contract suite checks that both give
 * the same result.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
public interface BulkUpdate<I extends RecordId, R extends CrmRecord<I>> extends RecordStore<I, R> {

  /**
   * Stores every record as the next version of the stored one, as {@link #update} would with
   * {@code expectedVersion = record.version() - 1}, or fails; after a failure the unit of work
   * must be rolled back (some of the batch may have been written in it).
   *
   * @throws IllegalArgumentException if an id is repeated in the batch or a version is below 2 (no
   *     stored version precedes it), before anything is written
   * @throws org.crmkernel.model.error.RecordNotFoundException if a record is not stored
   * @throws org.crmkernel.model.error.StaleVersionException if a stored version is not the
   *     record's version minus one
   */
  void updateAll(List<R> records);

  /**
   * Checks what every implementation refuses before writing anything: an id repeated in {@code
   * batch}, a version below 2. For implementations.
   *
   * @throws IllegalArgumentException naming the first offending record
   */
  static void checkBatch(List<? extends CrmRecord<?>> batch) {
    Set<List<Object>> seen = new HashSet<>();
    for (CrmRecord<?> record : batch) {
      if (!seen.add(List.of(record.tenantId(), record.id()))) {
        throw new IllegalArgumentException("the id of " + record.ref() + " is repeated in the batch");
      }
      if (record.version() < 2) {
        throw new IllegalArgumentException("an update must store version 2 or later, not " + record.version()
            + " (" + record.ref() + ")");
      }
    }
  }
}
