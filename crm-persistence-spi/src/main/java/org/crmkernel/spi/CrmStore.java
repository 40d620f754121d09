package org.crmkernel.spi;

/**
 * The storage contract's entry point: runs work in one transaction and hands it the
 * per-aggregate stores. The work commits whole or leaves no trace; reads inside see the work's
 * own writes; isolation is at least read-committed. Lost updates are prevented by versions
 * (see {@link RecordStore#update}), not by locks held across calls.
 *
 * <p>Implementations are thread-safe: many units of work may run at once on different
 * threads. A unit of work belongs to the thread that runs it and does not nest.
 */
public interface CrmStore {

  /**
   * Runs {@code work} in a new transaction. Commits when it returns normally and {@link
   * StoreTransaction#setRollbackOnly()} was not called; otherwise rolls back and rethrows.
   *
   * @throws org.crmkernel.model.error.StoreFailureException when the store itself fails
   */
  <T> T inTransaction(TransactionMode mode, StoreWork<T> work);

  /** Runs {@code work} in a read-only transaction. */
  default <T> T read(StoreWork<T> work) {
    return inTransaction(TransactionMode.READ_ONLY, work);
  }

  /** Runs {@code work} in a read-write transaction. */
  default <T> T write(StoreWork<T> work) {
    return inTransaction(TransactionMode.READ_WRITE, work);
  }
}
