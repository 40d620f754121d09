package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.CrmStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults in a unit of work: a connection lost mid-transaction, a conflict the database rolled
 * back, writes in read-only work, rollback-only work. Each yields a typed exception (never a raw
 * SQL error) and no partial write; only rolled-back conflicts are run again, a bounded number of
 * times.
 */
class UnitOfWorkFaultTest {

  private static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

  private record Fixture(FailingDataSource failing, CrmStore store, CrmStore plain) {}

  private static Fixture fixture(TestDatabases database) {
    DataSource dataSource = database.freshSchema();
    JdbcCrmStore plain = JdbcCrmStore.create(dataSource);
    FailingDataSource failing = new FailingDataSource(dataSource);
    return new Fixture(failing, JdbcCrmStore.builder(failing).dialect(database.dialect()).migrateSchema(false).build(),
        plain);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void lostConnectionMidTransactionIsTransientWritesNothingAndIsNotRetried(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());
    AtomicInteger runs = new AtomicInteger();
    f.failing().failStatement(2, new SQLRecoverableException("connection reset by peer", "08006"), true);

    StoreFailureException failure = catchThrowableOfType(StoreFailureException.class, () -> f.store().write(tx -> {
      runs.incrementAndGet();
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      tx.outbox().append(List.of(LogSamples.message(tenant)));
      return null;
    }));

    assertThat(failure).as("the failure of the unit of work").isNotNull();
    assertThat(failure.isTransient()).isTrue();
    assertThat(failure).hasCauseInstanceOf(SQLException.class);
    assertThat(runs).as("a lost connection is not retried: a commit's outcome could be unknown").hasValue(1);
    assertThat(LogSamples.auditCount(f.plain(), tenant)).as("audit entries written").isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void conflictRolledBackByTheDatabaseRunsTheWorkAgainOnce(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());
    AtomicInteger runs = new AtomicInteger();
    f.failing().failStatement(2, new SQLException("deadlock detected", "40P01"), false);

    f.store().write(tx -> {
      runs.incrementAndGet();
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      return null;
    });

    assertThat(runs).hasValue(2);
    assertThat(LogSamples.auditCount(f.plain(), tenant)).as("entries of the second run only").isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void conflictsBeyondTheAttemptsFailAsTransientAndWriteNothing(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());
    AtomicInteger runs = new AtomicInteger();

    StoreFailureException failure = catchThrowableOfType(StoreFailureException.class, () -> f.store().write(tx -> {
      runs.incrementAndGet();
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      f.failing().failStatement(1, new SQLException("could not serialize access", "40001"), false);
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      return null;
    }));

    assertThat(failure).isNotNull();
    assertThat(failure.isTransient()).isTrue();
    assertThat(runs).hasValue(3);
    f.failing().heal();
    assertThat(LogSamples.auditCount(f.plain(), tenant)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void readOnlyWorkCannotWrite(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());

    StoreFailureException failure = catchThrowableOfType(StoreFailureException.class, () -> f.store().read(tx -> {
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      return null;
    }));
    StoreFailureException claim = catchThrowableOfType(StoreFailureException.class,
        () -> f.store().read(tx -> tx.outbox().claimDue(AT, AT.plusSeconds(60), 10)));

    assertThat(failure).isNotNull();
    assertThat(failure.isTransient()).isFalse();
    assertThat(claim).isNotNull();
    assertThat(LogSamples.auditCount(f.plain(), tenant)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void rollbackOnlyWorkReturnsButWritesNothing(TestDatabases database) {
    Fixture f = fixture(database);
    TenantId tenant = TenantId.of(UUID.randomUUID());

    String result = f.store().write(tx -> {
      tx.auditLog().append(List.of(LogSamples.entry(tenant)));
      tx.setRollbackOnly();
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(LogSamples.auditCount(f.plain(), tenant)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aBrokenStatementIsAPermanentStoreFailureNotARawSqlError(TestDatabases database) {
    Fixture f = fixture(database);
    f.failing().failStatement(1, new SQLException("syntax error", "42601"), false);

    StoreFailureException failure = catchThrowableOfType(StoreFailureException.class,
        () -> f.store().read(tx -> tx.outbox().countUndelivered()));

    assertThat(failure).isNotNull();
    assertThat(failure.isTransient()).isFalse();
  }

}
