package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.TransactionMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store inside a host's transactions ({@link HostTransactions}), with a host that binds one
 * transaction to the thread and lets inner calls join it, as Spring's {@code REQUIRED}
 * propagation does: the store's writes commit and roll back with the host's transaction, a
 * rollback-only mark reaches the host, an autocommit connection is refused before anything is
 * written, and a conflict is not retried behind the host's back.
 */
class HostTransactionsTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void writesCommitWithTheHostsTransaction(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());

    f.host().outer(() -> {
      append(f.store(), LogSamples.entry(tenant));
      f.store().write(tx -> {
        tx.outbox().append(List.of(LogSamples.message(tenant)));
        return null;
      });
      assertThat(LogSamples.auditCount(f.own(), tenant)).as("not visible to others before the host commits").isZero();
      return null;
    });

    assertThat(LogSamples.auditCount(f.own(), tenant)).isEqualTo(1);
    assertThat((long) f.own().read(tx -> tx.outbox().countUndelivered())).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aHostRollbackUndoesWhatTheStoreWrote(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());

    assertThatThrownBy(() -> f.host().outer(() -> {
      append(f.store(), LogSamples.entry(tenant));
      assertThat(LogSamples.auditCount(f.store(), tenant)).as("the work sees its own writes")
          .isEqualTo(1);
      throw new IllegalStateException("the host's own work failed");
    })).hasMessage("the host's own work failed");

    assertThat(LogSamples.auditCount(f.own(), tenant)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void rollbackOnlyWorkMarksTheHostsTransaction(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());

    String result = f.store().write(tx -> {
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      tx.setRollbackOnly();
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(f.host().rolledBack).hasValue(1);
    assertThat(LogSamples.auditCount(f.own(), tenant)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anAutocommitConnectionIsRefusedBeforeAnythingIsWritten(TestDatabases database) {
    DataSource dataSource = database.freshSchema();
    JdbcCrmStore own = JdbcCrmStore.create(dataSource);
    AutocommitHost careless = new AutocommitHost(dataSource);
    JdbcCrmStore store = JdbcCrmStore.builder(dataSource).hostTransactions(careless).build();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    AtomicInteger runs = new AtomicInteger();

    assertThatThrownBy(() -> store.write(tx -> {
      runs.incrementAndGet();
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      return null;
    })).isInstanceOf(StoreFailureException.class).hasMessageContaining("autocommit");

    assertThat(runs).hasValue(0);
    assertThat(LogSamples.auditCount(own, tenant)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aConflictIsNotRetriedInsideTheHostsTransaction(TestDatabases database) {
    DataSource dataSource = database.freshSchema();
    JdbcCrmStore own = JdbcCrmStore.create(dataSource);
    FailingDataSource failing = new FailingDataSource(dataSource);
    ThreadBoundHost host = new ThreadBoundHost(failing);
    JdbcCrmStore store = JdbcCrmStore.builder(failing).dialect(database.dialect()).migrateSchema(false)
        .hostTransactions(host).build();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    AtomicInteger runs = new AtomicInteger();
    failing.failStatement(1, new SQLException("could not serialize access", "40001"), false);

    StoreFailureException failure = catchThrowableOfType(StoreFailureException.class, () -> store.write(tx -> {
      runs.incrementAndGet();
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      return null;
    }));

    assertThat(failure).isNotNull();
    assertThat(failure.isTransient()).as("the host may run its whole transaction again").isTrue();
    assertThat(runs).hasValue(1);
    assertThat(LogSamples.auditCount(own, tenant)).isZero();
  }

  private record Fixture(ThreadBoundHost host, JdbcCrmStore store, JdbcCrmStore own) {}

  private static Fixture fixture(TestDatabases database) {
    DataSource dataSource = database.freshSchema();
    JdbcCrmStore own = JdbcCrmStore.create(dataSource);
    ThreadBoundHost host = new ThreadBoundHost(dataSource);
    return new Fixture(host, JdbcCrmStore.builder(dataSource).hostTransactions(host).build(), own);
  }

  private static void append(JdbcCrmStore store, AuditEntry entry) {
    store.write(tx -> {
      tx.auditLog().append(List.of(entry));
      return null;
    });
  }

  /**
   * A host transaction manager in miniature: one transaction per thread, joined by inner calls
   * (Spring's REQUIRED), committed or rolled back by the outermost call.
   */
  private static final class ThreadBoundHost implements HostTransactions {
    private final DataSource dataSource;
    private final ThreadLocal<@Nullable Bound> current = new ThreadLocal<>();
    final AtomicInteger rolledBack = new AtomicInteger();

    ThreadBoundHost(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    private static final class Bound implements Transaction {
      private final Connection connection;
      private boolean rollbackOnly;

      Bound(Connection connection) {
        this.connection = connection;
      }

      @Override
      public Connection connection() {
        return connection;
      }

      @Override
      public void setRollbackOnly() {
        rollbackOnly = true;
      }
    }

    /** Runs the host's own work in an outer transaction. */
    <T> T outer(Supplier<T> work) {
      return inTransaction(TransactionMode.READ_WRITE, transaction -> work.get());
    }

    @Override
    public <T> T inTransaction(TransactionMode mode, Work<T> work) {
      Bound joined = current.get();
      if (joined != null) {
        return work.runIn(joined);
      }
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        Bound bound = new Bound(connection);
        current.set(bound);
        try {
          T result = work.runIn(bound);
          if (bound.rollbackOnly) {
            connection.rollback();
            rolledBack.incrementAndGet();
          } else {
            connection.commit();
          }
          return result;
        } catch (RuntimeException e) {
          connection.rollback();
          rolledBack.incrementAndGet();
          throw e;
        } finally {
          current.remove();
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A careless host that hands out connections in autocommit mode. */
  private record AutocommitHost(DataSource dataSource) implements HostTransactions {
    @Override
    public <T> T inTransaction(TransactionMode mode, Work<T> work) {
      try (Connection connection = dataSource.getConnection()) {
        return work.runIn(new Transaction() {
          @Override
          public Connection connection() {
            return connection;
          }

          @Override
          public void setRollbackOnly() {}
        });
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
