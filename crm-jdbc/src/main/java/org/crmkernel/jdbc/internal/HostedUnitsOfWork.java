package org.crmkernel.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.spi.TransactionMode;

/**
 * Units of work inside a host's transactions ({@link HostRunner}): on the host's
 * connection, ended by the host, never retried here. A connection in autocommit mode is refused
 * before anything is written, because each statement would then commit on its own and a kernel
 * call would no longer be all or nothing.
 */
final class HostedUnitsOfWork implements UnitsOfWork {

  private final HostRunner host;
  private final Dialect dialect;

  HostedUnitsOfWork(HostRunner host, Dialect dialect) {
    this.host = Objects.requireNonNull(host, "host");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  @Override
  public <T> T run(TransactionMode mode, Function<UnitOfWork, T> work) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(work, "work");
    @SuppressWarnings("unchecked") // the host returns what the work returned
    T result = (T) host.run(mode, (hostConnection, markRollbackOnly) -> {
      Connection connection = Objects.requireNonNull(hostConnection, "the host's connection");
      checkInTransaction(connection);
      UnitOfWork unit = new UnitOfWork(connection, dialect, mode);
      T done;
      try {
        done = work.apply(unit);
      } finally {
        unit.closeOpenResources();
      }
      if (unit.isRollbackOnly()) {
        markRollbackOnly.run();
      }
      return done;
    });
    return result;
  }

  private void checkInTransaction(Connection connection) {
    boolean autoCommit;
    try {
      autoCommit = connection.getAutoCommit();
    } catch (SQLException e) {
      throw SqlFailures.storeFailure(dialect, "reading the host connection's autocommit mode", e);
    }
    if (autoCommit) {
      throw new StoreFailureException("the host's connection is in autocommit mode: a kernel call must run inside"
          + " a transaction of the host (autocommit off), or it would not be all or nothing");
    }
  }
}
