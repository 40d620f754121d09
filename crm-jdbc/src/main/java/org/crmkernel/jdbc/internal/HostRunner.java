package org.crmkernel.jdbc.internal;

import java.sql.Connection;
import org.crmkernel.spi.TransactionMode;

/**
 * A host's transactions as this package sees them: the API package adapts its public {@code
 * HostTransactions} to it, so that the internal package does not depend on the API package.
 */
public interface HostRunner {

  /** Runs {@code work} in a transaction of the host and returns what it returned. */
  Object run(TransactionMode mode, HostWork work);

  /** The store's work in one host transaction. */
  @FunctionalInterface
  interface HostWork {

    /** Does the work on the host transaction's {@code connection}; {@code markRollbackOnly} marks it. */
    Object run(Connection connection, Runnable markRollbackOnly);
  }
}
