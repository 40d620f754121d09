package org.crmkernel.jdbc;

import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.crmkernel.jdbc.internal.JdbcStoreRuntime;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.StoreWork;
import org.crmkernel.spi.TransactionMode;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC adapter's {@link CrmStore}, on a host's {@link DataSource} (H2, PostgreSQL or
 * MariaDB): every store of the SPI, the access pushdown into SQL, the append-only audit log and
 * the outbox in the same transactions as the changes.
 *
 * <pre>{@code
 * CrmStore store = JdbcCrmStore.builder(dataSource).build();   // detects the dialect, migrates
 * Crm crm = Crm.builder().store(store).build();
 * }</pre>
 *
 * <p>By default each unit of work takes a connection from the data source (use a pool), runs with
 * autocommit off at read-committed or stronger, commits or rolls back, and runs again, at most
 * {@link Builder#maxAttempts} times in all, when the database rolled it back because of a
 * serialization failure or a deadlock. With {@link Builder#hostTransactions} it runs inside the
 * host's transactions instead. Thread-safe.
 */
public final class JdbcCrmStore implements CrmStore {

  private final SqlDialect dialect;
  private final CrmStore runtime;

  private JdbcCrmStore(SqlDialect dialect, CrmStore runtime) {
    this.dialect = dialect;
    this.runtime = runtime;
  }

  /** A store on {@code dataSource} with the defaults: dialect detected, schema migrated, three attempts. */
  public static JdbcCrmStore create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** A builder of a store on {@code dataSource}, which also serves dialect detection and migrations. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /** The database dialect the store speaks. */
  public SqlDialect dialect() {
    return dialect;
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, StoreWork<T> work) {
    return runtime.inTransaction(mode, work);
  }

  @Override
  public String toString() {
    return "JdbcCrmStore[" + dialect + "]";
  }

  /** Settings of a {@link JdbcCrmStore}, each checked as it is made. */
  public static final class Builder {
    /** The most attempts a unit of work may be given. */
    public static final int MAX_ATTEMPTS_LIMIT = 10;

    private final DataSource dataSource;
    private @Nullable SqlDialect dialect;
    private boolean migrate = true;
    private int maxAttempts = 3;
    private @Nullable HostTransactions host;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Names the dialect instead of detecting it from the connection's metadata (for a
     * compatible database that reports another product name).
     */
    public Builder dialect(SqlDialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * Whether {@link #build} brings the schema to the latest version with {@link
     * JdbcSchema#migrate} (default {@code true}); turn it off when the host applies {@link
     * JdbcSchema#scripts} with its own migration tool.
     */
    public Builder migrateSchema(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * How many times in all a unit of work runs when the database keeps rolling it back because
     * of a conflict (serialization failure, deadlock), from 1 (never again) to {@value
     * #MAX_ATTEMPTS_LIMIT}; default 3. Work whose outcome is unknown (a connection lost during
     * the commit) is never run again.
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1 || attempts > MAX_ATTEMPTS_LIMIT) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and " + MAX_ATTEMPTS_LIMIT + ", was " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Runs units of work inside the host's transactions instead of the store's own (see {@link
     * HostTransactions}); the data source then serves only dialect detection and migrations.
     */
    public Builder hostTransactions(HostTransactions host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The store: detects the dialect unless one was named, and migrates the schema unless told
     * not to.
     *
     * @throws org.crmkernel.model.error.StoreFailureException if the database cannot be reached,
     *     is not supported, or a migration fails
     */
    public JdbcCrmStore build() {
      SqlDialect resolved = Optional.ofNullable(dialect).orElseGet(() -> SqlDialect.detect(dataSource));
      if (migrate) {
        JdbcSchema.migrate(dataSource, resolved);
      }
      HostTransactions hostTransactions = host;
      CrmStore runtime = hostTransactions == null
          ? JdbcStoreRuntime.onDataSource(dataSource, resolved.name(), maxAttempts)
          : JdbcStoreRuntime.inHostTransactions((mode, work) -> hostTransactions.inTransaction(mode,
              transaction -> work.run(transaction.connection(), transaction::setRollbackOnly)), resolved.name());
      return new JdbcCrmStore(resolved, runtime);
    }
  }
}
