package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.testkit.fixtures.TestRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real deadlock, not a simulated one: two units of work update the same two accounts in
 * opposite orders, each holding its first row lock until the other has taken its own. The
 * database picks a victim and rolls it back; the store runs the victim's work again, which then
 * succeeds, so both changes land, each exactly once, and nobody sees a raw SQL error.
 */
class ConcurrentDeadlockTest {

  private static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theDatabasesDeadlockVictimIsRunAgainAndBothChangesLand(TestDatabases database) throws Exception {
    JdbcCrmStore store = database.migratedStore();
    TenantId tenant = TestRecords.newTenant();
    Account first = TestRecords.account(tenant).name("First").build();
    Account second = TestRecords.account(tenant).name("Second").build();
    store.write(tx -> List.of(tx.accounts().insert(first), tx.accounts().insert(second)));

    CountDownLatch bothHoldALock = new CountDownLatch(2);
    AtomicInteger runs = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> forward = threads.submit(() -> store.write(tx -> touchBoth(tx, tenant, first.id(), second.id(),
          bothHoldALock, runs)));
      Future<?> backward = threads.submit(() -> store.write(tx -> touchBoth(tx, tenant, second.id(), first.id(),
          bothHoldALock, runs)));
      forward.get(60, TimeUnit.SECONDS);
      backward.get(60, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertThat(runs).as("one of the two ran again after the database rolled it back").hasValue(3);
    assertThat(store.read(tx -> tx.accounts().find(tenant, first.id())).orElseThrow().version())
        .isEqualTo(first.version() + 2);
    assertThat(store.read(tx -> tx.accounts().find(tenant, second.id())).orElseThrow().version())
        .isEqualTo(second.version() + 2);
  }

  /**
   * Updates {@code a}, waits (on the first run only) until the other unit of work holds its first
   * lock too, then updates {@code b}.
   */
  private static Void touchBoth(StoreTransaction tx, TenantId tenant, AccountId a, AccountId b,
      CountDownLatch bothHoldALock, AtomicInteger runs) {
    boolean firstRun = runs.incrementAndGet() <= 2;
    touch(tx, tenant, a);
    if (firstRun) {
      bothHoldALock.countDown();
      try {
        bothHoldALock.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    touch(tx, tenant, b);
    return null;
  }

  private static void touch(StoreTransaction tx, TenantId tenant, AccountId id) {
    Account current = tx.accounts().find(tenant, id).orElseThrow();
    tx.accounts().update(current.withRevision(current.revision().next(AT)), current.version());
  }
}
