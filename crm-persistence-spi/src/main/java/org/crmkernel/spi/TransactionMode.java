package org.crmkernel.spi;

/** Whether a unit of work only reads or also writes. */
public enum TransactionMode {
  /**
   * Only reads: every write (to records, the audit log or the outbox, claims included) fails
   * with a {@link org.crmkernel.model.error.StoreFailureException} and writes nothing. Stores
   * may skip locks.
   */
  READ_ONLY,
  /** Reads and writes. */
  READ_WRITE
}
