package org.crmkernel.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.fixtures.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commit-time checks: two units of work interleaved on two threads, each having passed its
 * own checks, and only the commit can tell that one of them lost.
 */
class ConcurrentCommitTest {

  private static final Instant LATER = TestRecords.DEFAULT_TIME.plusSeconds(60);

  private final InMemoryCrmStore store = InMemoryCrmStore.create();
  private final TenantId tenant = TestRecords.newTenant();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void ofTwoUpdatesOfTheSameVersionTheLaterCommitFailsAndLeavesNoTrace() throws Exception {
    Account original = TestRecords.account(tenant).build();
    store.write(tx -> tx.accounts().insert(original));
    CountDownLatch firstHasWritten = new CountDownLatch(1);
    CountDownLatch secondHasCommitted = new CountDownLatch(1);
    AuditEntry firstsEntry = TestRecords.auditEntry(tenant).record(original.ref()).build();

    Future<?> first = threads.submit(() -> store.write(tx -> {
      tx.accounts().update(renamed(original, "First"), 1);
      tx.auditLog().append(List.of(firstsEntry));
      firstHasWritten.countDown();
      await(secondHasCommitted);
      return null;
    }));
    await(firstHasWritten);
    threads.submit(() -> store.write(tx -> tx.accounts().update(renamed(original, "Second"), 1))).get(10, TimeUnit.SECONDS);
    secondHasCommitted.countDown();

    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause()
        .isInstanceOfSatisfying(StaleVersionException.class, stale -> {
          assertThat(stale.expectedVersion()).isEqualTo(1);
          assertThat(stale.actualVersion()).isEqualTo(2);
          assertThat(stale.record()).isEqualTo(original.ref());
        });
    Account stored = store.read(tx -> tx.accounts().get(tenant, original.id()));
    long entries = store.read(tx -> tx.auditLog().count(tenant, Filter.all()));
    assertThat(stored.name()).isEqualTo("Second");
    assertThat(entries).isZero();
  }

  @Test
  void ofTwoInsertsOfTheSameIdTheLaterCommitFails() throws Exception {
    Account account = TestRecords.account(tenant).build();
    Future<?> first = interleaved(tx -> tx.accounts().insert(account), tx -> tx.accounts().insert(account));
    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(DuplicateRecordException.class);
    assertThat(accounts()).isEqualTo(1);
  }

  @Test
  void anUpdateOfARecordDeletedMeanwhileFailsAsNotFound() throws Exception {
    Account account = TestRecords.account(tenant).build();
    store.write(tx -> tx.accounts().insert(account));
    Future<?> first = interleaved(tx -> tx.accounts().update(renamed(account, "Renamed"), 1),
        tx -> {
          tx.accounts().delete(tenant, account.id(), 1);
          return null;
        });
    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(RecordNotFoundException.class);
    Optional<Account> found = store.read(tx -> tx.accounts().find(tenant, account.id()));
    assertThat(found).isEmpty();
  }

  @Test
  void twoFieldDefinitionsWithOneApiNameCannotBothCommit() throws Exception {
    FieldDefinition one = TestRecords.fieldDefinition(tenant).apiName("tier").build();
    FieldDefinition other = TestRecords.fieldDefinition(tenant).apiName("tier").build();
    Future<?> first = interleaved(tx -> tx.fieldDefinitions().insert(one), tx -> tx.fieldDefinitions().insert(other));
    assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(DuplicateRecordException.class);
    List<FieldDefinition> stored = store.read(tx -> tx.fieldDefinitions().scan(tenant, Filter.all()).toList());
    assertThat(stored).containsExactly(other);
  }

  @Test
  void concurrentIncrementsWithRetriesLoseNoUpdate() throws Exception {
    Account counter = TestRecords.account(tenant).employeeCount(Optional.of(0)).build();
    store.write(tx -> tx.accounts().insert(counter));
    int workers = 4;
    int incrementsEach = 300;
    AtomicLong conflicts = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < incrementsEach; i++) {
            while (true) {
              try {
                store.write(tx -> {
                  Account now = tx.accounts().get(tenant, counter.id());
                  Account next = TestRecords.account(tenant).id(now.id()).ownership(now.ownership())
                      .employeeCount(Optional.of(now.employeeCount().orElseThrow() + 1))
                      .revision(now.revision().next(LATER)).build();
                  return tx.accounts().update(next, now.version());
                });
                break;
              } catch (StaleVersionException e) {
                conflicts.incrementAndGet();
              }
            }
          }
        }));
      }
      for (Future<?> worker : done) {
        worker.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Account last = store.read(tx -> tx.accounts().get(tenant, counter.id()));
    assertThat(last.employeeCount()).contains(workers * incrementsEach);
    assertThat(last.version()).isEqualTo(1 + workers * incrementsEach);
  }

  @Test
  void aCountNeverSeesHalfACommit() throws Exception {
    int commits = 2_000;
    Future<?> writer = threads.submit(() -> {
      for (int i = 0; i < commits; i++) {
        store.write(tx -> {
          tx.accounts().insert(TestRecords.account(tenant).build());
          tx.accounts().insert(TestRecords.account(tenant).build());
          return null;
        });
      }
    });
    List<Long> counts = new ArrayList<>();
    while (!writer.isDone()) {
      counts.add(accounts());
    }
    writer.get();
    assertThat(counts).allSatisfy(count -> assertThat(count % 2).isZero());
    assertThat(accounts()).isEqualTo(2L * commits);
  }

  /**
   * Runs {@code first} on one thread up to the end of its work, then {@code second} to its
   * commit on another, then lets the first commit; returns the first's outcome.
   */
  private Future<?> interleaved(java.util.function.Function<StoreTransaction, ?> first,
      java.util.function.Function<StoreTransaction, ?> second) throws Exception {
    CountDownLatch firstHasWritten = new CountDownLatch(1);
    CountDownLatch secondHasCommitted = new CountDownLatch(1);
    Future<?> outcome = threads.submit(() -> store.write(tx -> {
      first.apply(tx);
      firstHasWritten.countDown();
      await(secondHasCommitted);
      return null;
    }));
    await(firstHasWritten);
    threads.submit(() -> store.write(second::apply)).get(10, TimeUnit.SECONDS);
    secondHasCommitted.countDown();
    return outcome;
  }

  private long accounts() {
    return store.read(tx -> tx.accounts().count(tenant, Filter.all()));
  }

  private static Account renamed(Account account, String name) {
    return new Account(account.id(), account.tenantId(), name, account.website(), account.industry(),
        account.employeeCount(), account.annualRevenue(), account.addresses(), account.phones(), account.emails(),
        account.parentAccountId(), account.ownership(), account.state(), account.customFields(),
        new Revision(account.version() + 1, account.revision().createdAt(), LATER));
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for the other thread");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
