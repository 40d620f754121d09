package org.crmkernel.spi;

import java.util.List;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.record.CrmRecord;

/**
 * An optional capability: a record store that inserts many records in one batch. The kernel
 * checks for it with {@code instanceof} and otherwise inserts one by one; the contract suite
 * checks that both give the same result.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
public interface BulkInsert<I extends RecordId, R extends CrmRecord<I>> extends RecordStore<I, R> {

  /**
   * Inserts every record, or none if one fails (the unit of work is then rolled back).
   *
   * @throws org.crmkernel.model.error.DuplicateRecordException if an id is taken or repeated
   */
  void insertAll(List<R> records);
}
