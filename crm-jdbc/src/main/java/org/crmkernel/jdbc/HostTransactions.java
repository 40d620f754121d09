package org.crmkernel.jdbc;

import java.sql.Connection;
import org.crmkernel.spi.TransactionMode;

/**
 * A host's own transactions (a Spring-managed one, a Jakarta one, a hand-rolled one), for running
 * the kernel's units of work inside them: the store then uses the connection the host hands out
 * and never commits, rolls back or closes it. Set it with {@link
 * JdbcCrmStore.Builder#hostTransactions}.
 *
 * <p>With Spring, for example, an implementation runs the work in a {@code TransactionTemplate}
 * and hands it {@code DataSourceUtils.getConnection(dataSource)} and the template's {@code
 * status::setRollbackOnly}. When the host joins an outer transaction, a kernel call's events are
 * committed with that transaction, later than the call returns: build the {@code Crm} with {@code
 * deliverAfterCommit(false)} and let its relay deliver them on its next run, so that no event of
 * a change the host then rolls back is ever sent.
 *
 * <p>The store does not retry a unit of work in a host's transaction (the host's transaction may
 * hold other work): a conflict reaches the host as a transient {@code StoreFailureException}.
 */
public interface HostTransactions {

  /**
   * Runs {@code work} in a transaction of the host, passing the transaction's connection (with
   * autocommit off). Must roll back when {@code work} throws, or when it called {@link
   * Transaction#setRollbackOnly}, and commit otherwise (or leave both to an outer transaction
   * it joined).
   */
  <T> T inTransaction(TransactionMode mode, Work<T> work);

  /** The store's work in one host transaction. */
  @FunctionalInterface
  interface Work<T> {

    /** Does the work on {@code transaction}'s connection. */
    T runIn(Transaction transaction);
  }

  /** One transaction of the host, as the store sees it. */
  interface Transaction {

    /** The transaction's connection; the store leaves its life to the host. */
    Connection connection();

    /** Marks the host's transaction to be rolled back, although the work returned normally. */
    void setRollbackOnly();
  }
}
