package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.error.CrmException;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writers: read-modify-write loops that retry on stale versions lose no update;
 * inserts of distinct ids all land; of several writers naming the same id or version exactly
 * one wins and the others get the typed failure. Transient store failures (deadlocks,
 * serialization failures) are retried, as a caller would.
 */
public abstract class ConcurrencyContract extends StoreContractSupport {

  private static final int UPDATES_PER_THREAD = 15;
  private static final int INSERTS_PER_THREAD = 25;

  private final Random random = new Random();

  /** For subclasses. */
  protected ConcurrencyContract() {}

  /** How many threads write at once; 8 unless overridden. */
  protected int threads() {
    return 8;
  }

  /** Reading in one unit of work and updating in the next, with retries on stale versions, loses no update. */
  @Test
  public void readThenUpdateLoopsLoseNoUpdate() throws Exception {
    TenantId tenant = newTenant();
    Account account = counter(tenant);
    runConcurrently(threads(), thread -> {
      for (int done = 0; done < UPDATES_PER_THREAD; ) {
        Account read = retryTransient(() -> get(StoredKinds.ACCOUNTS, tenant, account.id()));
        try {
          retryTransient(() -> update(StoredKinds.ACCOUNTS, increment(read), read.version()));
          done++;
        } catch (StaleVersionException e) {
          // another writer committed since the read: read again
        }
      }
      return null;
    });
    assertCounter(tenant, account.id(), threads() * UPDATES_PER_THREAD);
  }

  /** Units of work that read and update, retried whole on stale versions, lose no update. */
  @Test
  public void readAndUpdateInOneUnitOfWorkLoseNoUpdate() throws Exception {
    TenantId tenant = newTenant();
    Account account = counter(tenant);
    runConcurrently(threads(), thread -> {
      for (int done = 0; done < UPDATES_PER_THREAD; ) {
        try {
          retryTransient(() -> store().write(tx -> {
            Account read = tx.accounts().get(tenant, account.id());
            return tx.accounts().update(increment(read), read.version());
          }));
          done++;
        } catch (StaleVersionException e) {
          // another writer committed in between: read again
        }
      }
      return null;
    });
    assertCounter(tenant, account.id(), threads() * UPDATES_PER_THREAD);
  }

  /** Concurrent inserts of distinct ids all land. */
  @Test
  public void concurrentInsertsOfDistinctIdsAllLand() throws Exception {
    TenantId tenant = newTenant();
    List<List<Account>> batches = new ArrayList<>();
    for (int t = 0; t < threads(); t++) {
      List<Account> batch = new ArrayList<>();
      for (int i = 0; i < INSERTS_PER_THREAD; i++) {
        batch.add(StoredKinds.ACCOUNTS.random(random, tenant));
      }
      batches.add(batch);
    }
    runConcurrently(threads(), thread -> {
      batches.get(thread).forEach(a -> retryTransient(() -> insert(StoredKinds.ACCOUNTS, a)));
      return null;
    });
    List<Account> all = batches.stream().flatMap(List::stream).sorted(StoredKinds.ACCOUNTS.idOrder()).toList();
    assertThat(contents(StoredKinds.ACCOUNTS, tenant)).containsExactlyElementsOf(all);
    assertThat(count(StoredKinds.ACCOUNTS, tenant, Filter.all())).isEqualTo(all.size());
  }

  /** Of concurrent inserts of one id exactly one lands; the others fail as duplicates. */
  @Test
  public void concurrentInsertsOfOneIdLetExactlyOneWin() throws Exception {
    TenantId tenant = newTenant();
    Account first = StoredKinds.ACCOUNTS.random(random, tenant);
    List<Account> candidates = new ArrayList<>();
    for (int t = 0; t < threads(); t++) {
      candidates.add(StoredKinds.ACCOUNTS.withId(StoredKinds.ACCOUNTS.random(random, tenant), first.id()));
    }
    List<Optional<Class<?>>> outcomes = runConcurrently(threads(),
        thread -> outcome(() -> insert(StoredKinds.ACCOUNTS, candidates.get(thread))));
    assertExactlyOneWon(outcomes, DuplicateRecordException.class);
    int winner = winner(outcomes);
    assertThat(contents(StoredKinds.ACCOUNTS, tenant)).containsExactly(candidates.get(winner));
  }

  /** Of concurrent updates naming the same version exactly one lands; the others are stale. */
  @Test
  public void concurrentUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
    TenantId tenant = newTenant();
    Account account = counter(tenant);
    List<Account> candidates = new ArrayList<>();
    for (int t = 0; t < threads(); t++) {
      candidates.add(StoredKinds.ACCOUNTS.changed(account, random));
    }
    List<Optional<Class<?>>> outcomes = runConcurrently(threads(),
        thread -> outcome(() -> update(StoredKinds.ACCOUNTS, candidates.get(thread), 1)));
    assertExactlyOneWon(outcomes, StaleVersionException.class);
    assertThat(contents(StoredKinds.ACCOUNTS, tenant)).containsExactly(candidates.get(winner(outcomes)));
  }

  /** Of concurrent deletes naming the same version exactly one lands; the others find nothing. */
  @Test
  public void concurrentDeletesLetExactlyOneWin() throws Exception {
    TenantId tenant = newTenant();
    Account account = counter(tenant);
    List<Optional<Class<?>>> outcomes = runConcurrently(threads(), thread -> outcome(() -> {
      delete(StoredKinds.ACCOUNTS, tenant, account.id(), 1);
      return null;
    }));
    assertThat(outcomes.stream().filter(Optional::isEmpty).count()).as("deletes that succeeded: %s", outcomes)
        .isEqualTo(1);
    assertThat(outcomes.stream().flatMap(Optional::stream))
        .allMatch(type -> type == RecordNotFoundException.class || type == StaleVersionException.class,
            "RecordNotFoundException or StaleVersionException");
    assertThat(contents(StoredKinds.ACCOUNTS, tenant)).isEmpty();
  }

  private Account counter(TenantId tenant) {
    Account random = StoredKinds.ACCOUNTS.random(this.random, tenant);
    Account counter = withEmployees(random, 0, random.revision());
    insert(StoredKinds.ACCOUNTS, counter);
    return counter;
  }

  private void assertCounter(TenantId tenant, AccountId id, int updates) {
    Account stored = get(StoredKinds.ACCOUNTS, tenant, id);
    assertThat(stored.employeeCount()).as("increments that landed").contains(updates);
    assertThat(stored.version()).as("version after %s updates", updates).isEqualTo(1 + updates);
  }

  private static Account increment(Account read) {
    return withEmployees(read, read.employeeCount().orElse(0) + 1,
        read.revision().next(read.revision().modifiedAt().plus(Duration.ofSeconds(1))));
  }

  private static Account withEmployees(Account a, int employees, org.crmkernel.model.record.Revision revision) {
    return new Account(a.id(), a.tenantId(), a.name(), a.website(), a.industry(), Optional.of(employees),
        a.annualRevenue(), a.addresses(), a.phones(), a.emails(), a.parentAccountId(), a.ownership(), a.state(),
        a.customFields(), revision);
  }

  /** Empty when {@code action} succeeds, else the type of the store exception it threw. */
  private static Optional<Class<?>> outcome(Supplier<?> action) {
    try {
      retryTransient(action);
      return Optional.empty();
    } catch (CrmException e) {
      return Optional.of(e.getClass());
    }
  }

  private static void assertExactlyOneWon(List<Optional<Class<?>>> outcomes, Class<?> loserFailure) {
    assertThat(outcomes.stream().filter(Optional::isEmpty).count()).as("writers that succeeded: %s", outcomes)
        .isEqualTo(1);
    assertThat(outcomes.stream().flatMap(Optional::stream)).as("failures of the others")
        .allMatch(loserFailure::equals, loserFailure.getSimpleName());
  }

  private static int winner(List<Optional<Class<?>>> outcomes) {
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).isEmpty()) {
        return i;
      }
    }
    throw new AssertionError("no writer succeeded");
  }

  /** Runs {@code task} on {@code count} threads released together; returns their results in thread order. */
  private static <T> List<T> runConcurrently(int count, IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < count; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return task.apply(thread);
        }));
      }
      ready.await(30, TimeUnit.SECONDS);
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
