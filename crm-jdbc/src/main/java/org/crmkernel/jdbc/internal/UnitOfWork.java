package org.crmkernel.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.spi.TransactionMode;
import org.jspecify.annotations.Nullable;

/**
 * One unit of work's connection, with autocommit off, for the stores that serve it. Stores run
 * their SQL through {@link #sql}, which turns every {@link SQLException} into the SPI's
 * exceptions and notes conflicts the database rolled back, so that {@link JdbcTransactions}
 * may run the work again. Belongs to the thread that runs the work.
 */
final class UnitOfWork {

  /** A piece of JDBC code. */
  @FunctionalInterface
  interface SqlAction<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Connection connection;
  private final Dialect dialect;
  private final TransactionMode mode;
  private final List<AutoCloseable> open = new ArrayList<>();
  private boolean rollbackOnly;
  private @Nullable StoreFailureException conflict;

  UnitOfWork(Connection connection, Dialect dialect, TransactionMode mode) {
    this.connection = connection;
    this.dialect = dialect;
    this.mode = mode;
  }

  Dialect dialect() {
    return dialect;
  }

  TransactionMode mode() {
    return mode;
  }

  /** Runs {@code action} on the connection; a SQL error becomes a {@link StoreFailureException} about {@code what}. */
  <T> T sql(String what, SqlAction<T> action) {
    try {
      return action.run(connection);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** The SPI exception for {@code failure}; remembers it when the database rolled the work back. */
  StoreFailureException failure(String what, SQLException failure) {
    StoreFailureException translated = SqlFailures.storeFailure(dialect, what, failure);
    if (SqlFailures.classify(dialect, failure) == SqlFailures.Kind.ROLLED_BACK_CONFLICT) {
      conflict = translated;
    }
    return translated;
  }

  /** Fails unless the unit of work may write: a read-only one writes nothing, claims included. */
  void checkWritable(String what) {
    if (mode != TransactionMode.READ_WRITE) {
      throw new StoreFailureException("cannot " + what + " in a read-only unit of work");
    }
  }

  /** Closes {@code resource} (an open result set, a stream) at the latest when the unit of work ends. */
  void closeAtEnd(AutoCloseable resource) {
    open.add(resource);
  }

  void setRollbackOnly() {
    rollbackOnly = true;
  }

  boolean isRollbackOnly() {
    return rollbackOnly;
  }

  /** Whether {@code failure} is a conflict the database rolled back, so that the work may run again. */
  boolean isRolledBackConflict(RuntimeException failure) {
    return failure == conflict;
  }

  /** Closes what the stores left open, before the transaction ends. */
  void closeOpenResources() {
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception e) {
        // The transaction ends next and releases the resource anyway; nothing to tell the caller.
      }
    }
    open.clear();
  }
}
