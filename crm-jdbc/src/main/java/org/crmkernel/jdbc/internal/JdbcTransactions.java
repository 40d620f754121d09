package org.crmkernel.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.spi.TransactionMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work on a {@link DataSource}: one connection each, autocommit off, isolation at
 * least read-committed, committed when the work returns normally and was not marked
 * rollback-only, rolled back otherwise. No {@link SQLException} reaches the caller.
 *
 * <p>Retries are bounded and limited to what cannot write twice: a unit of work runs again only
 * when the database itself rolled it back because of a conflict (a serialization failure or a
 * deadlock, also at commit), or when no connection could be had before the work started. A
 * connection lost during the work or the commit is reported as a transient {@link
 * StoreFailureException} and not retried, because the outcome of a commit is then unknown. The
 * work must therefore have no effects outside the transaction, which is what the SPI's {@code
 * StoreWork} describes ("an exception rolls everything back").
 */
final class JdbcTransactions implements UnitsOfWork {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final int attempts;

  /** Units of work on {@code dataSource}, each tried at most {@code attempts} times. */
  JdbcTransactions(DataSource dataSource, Dialect dialect, int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.attempts = attempts;
  }

  Dialect dialect() {
    return dialect;
  }

  /** Runs {@code work} in one transaction of {@code mode}; see the class comment for retries. */
  @Override
  public <T> T run(TransactionMode mode, Function<UnitOfWork, T> work) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(work, "work");
    for (int attempt = 1; ; attempt++) {
      Connection connection;
      try {
        connection = begin(mode);
      } catch (StoreFailureException e) {
        if (!e.isTransient() || attempt >= attempts) {
          throw e;
        }
        LOG.debug("no connection for a unit of work (attempt {} of {}), trying again", attempt, attempts, e);
        continue;
      }
      UnitOfWork unit = new UnitOfWork(connection, dialect, mode);
      try {
        return runOnce(connection, unit, work);
      } catch (StoreFailureException e) {
        if (!unit.isRolledBackConflict(e) || attempt >= attempts) {
          throw e;
        }
        LOG.debug("unit of work rolled back by a conflict (attempt {} of {}), running it again", attempt, attempts, e);
      }
    }
  }

  private <T> T runOnce(Connection connection, UnitOfWork unit, Function<UnitOfWork, T> work) {
    try {
      T result;
      try {
        result = work.apply(unit);
      } finally {
        unit.closeOpenResources();
      }
      if (unit.isRollbackOnly()) {
        rollback(connection, null);
      } else {
        try {
          connection.commit();
        } catch (SQLException e) {
          StoreFailureException failure = unit.failure("committing a unit of work (its outcome may be unknown"
              + " if the connection was lost)", e);
          rollback(connection, failure);
          throw failure;
        }
      }
      return result;
    } catch (RuntimeException | Error e) {
      rollback(connection, e);
      throw e;
    } finally {
      end(connection, unit.mode());
    }
  }

  /** A connection ready for a unit of work of {@code mode}. */
  private Connection begin(TransactionMode mode) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw SqlFailures.storeFailure(dialect, "opening a connection", e);
    }
    try {
      connection.setAutoCommit(false);
      if (connection.getTransactionIsolation() < Connection.TRANSACTION_READ_COMMITTED) {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      if (mode == TransactionMode.READ_ONLY) {
        connection.setReadOnly(true);
      }
      return connection;
    } catch (SQLException e) {
      close(connection);
      throw SqlFailures.storeFailure(dialect, "starting a transaction", e);
    }
  }

  /** Rolls back, adding a failure of the rollback to {@code cause} instead of hiding it. */
  private static void rollback(Connection connection, @Nullable Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      } else {
        throw new StoreFailureException("the database failed while rolling back a unit of work", true, e);
      }
    }
  }

  /** Hands the connection back as it came: read-write, autocommit on (pools expect it). */
  private static void end(Connection connection, TransactionMode mode) {
    try {
      if (mode == TransactionMode.READ_ONLY) {
        connection.setReadOnly(false);
      }
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.debug("could not reset a connection after a unit of work; closing it", e);
    } finally {
      close(connection);
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("could not close a connection", e);
    }
  }
}
