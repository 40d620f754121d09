package org.crmkernel.jdbc.internal;

import java.util.Objects;
import javax.sql.DataSource;
import org.crmkernel.jdbc.HostTransactions;
import org.crmkernel.jdbc.SqlDialect;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.StoreWork;
import org.crmkernel.spi.TransactionMode;

/**
 * The adapter's {@link CrmStore}: each unit of work gets a connection from its {@link
 * UnitsOfWork} and the stores of {@link JdbcStoreTransaction} on it. Reached by hosts through
 * {@code org.crmkernel.jdbc.JdbcCrmStore}.
 */
public final class JdbcStoreRuntime implements CrmStore {

  private final UnitsOfWork units;

  private JdbcStoreRuntime(UnitsOfWork units) {
    this.units = units;
  }

  /** Units of work on their own connections of {@code dataSource}, each tried at most {@code attempts} times. */
  public static JdbcStoreRuntime onDataSource(DataSource dataSource, SqlDialect dialect, int attempts) {
    return new JdbcStoreRuntime(new JdbcTransactions(dataSource, Dialect.of(dialect), attempts));
  }

  /** Units of work inside the host's transactions. */
  public static JdbcStoreRuntime inHostTransactions(HostTransactions host, SqlDialect dialect) {
    return new JdbcStoreRuntime(new HostedUnitsOfWork(host, Dialect.of(dialect)));
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, StoreWork<T> work) {
    Objects.requireNonNull(work, "work");
    return units.run(mode, unit -> work.run(new JdbcStoreTransaction(unit)));
  }
}
