package org.crmkernel.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.fixtures.TestRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The rules of units of work that the contract suite leaves to each store's own tests. */
class TransactionRulesTest {

  private final InMemoryCrmStore store = InMemoryCrmStore.create();
  private final TenantId tenant = TestRecords.newTenant();
  private final Account stored = TestRecords.account(tenant).build();
  private final OutboxMessage message = TestRecords.outboxMessage(tenant).build();

  TransactionRulesTest() {
    store.write(tx -> {
      tx.accounts().insert(stored);
      tx.outbox().append(List.of(message));
      return null;
    });
  }

  /** Every kind of write, each in a form that would succeed in a read-write unit of work. */
  static Stream<NamedWrite> writes() {
    return Stream.of(
        new NamedWrite("insert", (t, tx) -> tx.accounts().insert(TestRecords.account(t.tenant).build())),
        new NamedWrite("insertAll", (t, tx) -> bulk(tx.accounts()).insertAll(List.of(TestRecords.account(t.tenant).build()))),
        new NamedWrite("update", (t, tx) -> tx.accounts().update(t.stored.withRevision(t.stored.revision().next(Instant.now())), 1)),
        new NamedWrite("delete", (t, tx) -> tx.accounts().delete(t.tenant, t.stored.id(), 1)),
        new NamedWrite("append audit", (t, tx) -> tx.auditLog().append(List.of(TestRecords.auditEntry(t.tenant).build()))),
        new NamedWrite("append outbox", (t, tx) -> tx.outbox().append(List.of(TestRecords.outboxMessage(t.tenant).build()))),
        new NamedWrite("claimDue", (t, tx) -> tx.outbox().claimDue(Instant.MAX, Instant.MAX, 10)),
        new NamedWrite("markDelivered", (t, tx) -> tx.outbox().markDelivered(t.tenant, t.message.eventId(), Instant.now())),
        new NamedWrite("markFailed", (t, tx) -> tx.outbox().markFailed(t.tenant, t.message.eventId(), "down", Instant.now())),
        new NamedWrite("purgeDelivered", (t, tx) -> tx.outbox().purgeDelivered(Instant.MAX)));
  }

  @ParameterizedTest
  @MethodSource("writes")
  void aReadOnlyUnitOfWorkRefusesEveryWrite(NamedWrite write) {
    assertThatThrownBy(() -> store.read(tx -> {
      write.action().accept(this, tx);
      return null;
    })).isInstanceOf(StoreFailureException.class).hasMessageContaining("read-only");
    long accounts = store.read(tx -> tx.accounts().count(tenant, Filter.all()));
    Optional<OutboxMessage> unchanged = store.read(tx -> tx.outbox().find(tenant, message.eventId()));
    assertThat(accounts).isEqualTo(1);
    assertThat(unchanged).contains(message);
  }

  @Test
  void aUnitOfWorkDoesNotNestButSurvivesTheAttempt() {
    Account added = TestRecords.account(tenant).build();
    store.write(tx -> {
      tx.accounts().insert(added);
      assertThatThrownBy(() -> store.read(inner -> inner.accounts().find(tenant, added.id())))
          .isInstanceOf(StoreFailureException.class).hasMessageContaining("nest");
      assertThatThrownBy(() -> store.inTransaction(TransactionMode.READ_WRITE, inner -> null))
          .isInstanceOf(StoreFailureException.class);
      return null;
    });
    Optional<Account> found = store.read(tx -> tx.accounts().find(tenant, added.id()));
    assertThat(found).contains(added);
  }

  @Test
  void anotherThreadMayRunItsOwnUnitOfWorkMeanwhile() throws Exception {
    long seen = store.read(tx -> CompletableFuture.supplyAsync(
        () -> store.read(other -> other.accounts().count(tenant, Filter.all()))).join());
    assertThat(seen).isEqualTo(1);
  }

  @Test
  void storesRefuseUseAfterTheWorkReturned() {
    StoreTransaction leaked = store.read(tx -> tx);
    Accounts accounts = store.read(StoreTransaction::accounts);
    assertThatThrownBy(() -> accounts.find(tenant, stored.id())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(leaked::accounts).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(leaked::setRollbackOnly).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aScanRefusesToGoOnAfterTheWorkReturned() {
    Stream<Account> leaked = store.read(tx -> tx.accounts().scan(tenant, Filter.all()));
    assertThatThrownBy(leaked::toList).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void storesRefuseUseFromAnotherThread() {
    store.read(tx -> {
      Accounts accounts = tx.accounts();
      assertThatThrownBy(() -> CompletableFuture.runAsync(() -> accounts.find(tenant, stored.id())).join())
          .hasCauseInstanceOf(IllegalStateException.class);
      return null;
    });
  }

  @Test
  void aFailingUnitOfWorkRethrowsItsOwnExceptionAndLeavesNoTrace() {
    IllegalStateException failure = new IllegalStateException("work failed");
    Account added = TestRecords.account(tenant).build();
    assertThatThrownBy(() -> store.write(tx -> {
      tx.accounts().insert(added);
      tx.outbox().markDelivered(tenant, message.eventId(), Instant.now());
      throw failure;
    })).isSameAs(failure);
    long accounts = store.read(tx -> tx.accounts().count(tenant, Filter.all()));
    Optional<OutboxMessage> unchanged = store.read(tx -> tx.outbox().find(tenant, message.eventId()));
    assertThat(accounts).isEqualTo(1);
    assertThat(unchanged).contains(message);
  }

  @Test
  void rollbackOnlyReturnsTheResultButWritesNothing() {
    Account added = TestRecords.account(tenant).build();
    String result = store.write(tx -> {
      tx.accounts().insert(added);
      tx.setRollbackOnly();
      return "done";
    });
    Optional<Account> found = store.read(tx -> tx.accounts().find(tenant, added.id()));
    assertThat(result).isEqualTo("done");
    assertThat(found).isEmpty();
  }

  @Test
  void anotherThreadDoesNotSeeUncommittedWrites() throws Exception {
    Account added = TestRecords.account(tenant).build();
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch looked = new CountDownLatch(1);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> store.write(tx -> {
      tx.accounts().insert(added);
      written.countDown();
      ConcurrentCommitTest.await(looked);
      return null;
    }));
    ConcurrentCommitTest.await(written);
    Optional<Account> during = store.read(tx -> tx.accounts().find(tenant, added.id()));
    long countDuring = store.read(tx -> tx.accounts().count(tenant, Filter.all()));
    looked.countDown();
    writer.get(10, TimeUnit.SECONDS);
    Optional<Account> after = store.read(tx -> tx.accounts().find(tenant, added.id()));
    assertThat(during).isEmpty();
    assertThat(countDuring).isEqualTo(1);
    assertThat(after).contains(added);
  }

  @Test
  void aScanMayBeFollowedByWritesOfTheSameUnitOfWork() {
    store.write(tx -> {
      tx.accounts().insert(TestRecords.account(tenant).name("Second").build());
      return null;
    });
    List<String> renamed = store.write(tx -> {
      try (Stream<Account> all = tx.accounts().scan(tenant, Filter.all())) {
        all.forEach(a -> tx.accounts().update(a.withRevision(a.revision().next(Instant.now())), a.version()));
      }
      return tx.accounts().scan(tenant, Filter.all()).map(a -> a.name() + "@" + a.version()).toList();
    });
    assertThat(renamed).containsExactlyInAnyOrder("Acme Corporation@2", "Second@2");
  }

  @Test
  void fieldsOfAnotherKindAreRefused() {
    store.read(tx -> {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Filter<Account> contactField = (Filter) Filter.isEmpty(ContactFields.JOB_TITLE);
      @SuppressWarnings({"unchecked", "rawtypes"})
      Sort<Account> contactSort = (Sort) Sort.by(ContactFields.JOB_TITLE);
      assertThatThrownBy(() -> tx.accounts().count(tenant, contactField)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> tx.accounts().query(tenant, Query.of(Filter.all(), contactSort)))
          .isInstanceOf(IllegalArgumentException.class);
      return null;
    });
  }

  private static BulkInsert<org.crmkernel.model.id.AccountId, Account> bulk(Accounts accounts) {
    assertThat(accounts).isInstanceOf(BulkInsert.class);
    @SuppressWarnings("unchecked")
    BulkInsert<org.crmkernel.model.id.AccountId, Account> bulk = (BulkInsert<org.crmkernel.model.id.AccountId, Account>) accounts;
    return bulk;
  }

  /** A write, named for the test report. */
  record NamedWrite(String name, java.util.function.BiConsumer<TransactionRulesTest, StoreTransaction> action) {
    @Override
    public String toString() {
      return name;
    }
  }
}
