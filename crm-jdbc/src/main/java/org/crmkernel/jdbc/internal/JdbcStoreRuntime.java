package org.crmkernel.jdbc.internal;

import java.util.Objects;
import javax.sql.DataSource;
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

  /**
   * Units of work on their own connections of {@code dataSource}, each tried at most {@code
   * attempts} times, in the dialect named {@code dialect} (a {@code SqlDialect} constant's name).
   */
  public static JdbcStoreRuntime onDataSource(DataSource dataSource, String dialect, int attempts) {
    return new JdbcStoreRuntime(new JdbcTransactions(dataSource, Dialect.named(dialect), attempts));
  }

  /** Units of work inside the host's transactions, in the dialect named {@code dialect}. */
  public static JdbcStoreRuntime inHostTransactions(HostRunner host, String dialect) {
    return new JdbcStoreRuntime(new HostedUnitsOfWork(host, Dialect.named(dialect)));
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, StoreWork<T> work) {
    Objects.requireNonNull(work, "work");
    return units.run(mode, unit -> work.run(new JdbcStoreTransaction(unit)));
  }
}
