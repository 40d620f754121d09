package org.crmkernel.spi;

/** Whether a unit of work only reads (stores may then skip locks and refuse writes) or writes. */
public enum TransactionMode {
  READ_ONLY,
  READ_WRITE
}
