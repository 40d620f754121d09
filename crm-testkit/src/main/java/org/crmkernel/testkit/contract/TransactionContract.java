package org.crmkernel.testkit.contract;

import org.crmkernel.model.id.RecordKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.StoreWork;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Units of work: work that throws, or is marked rollback-only, leaves no trace in records, audit
 * log or outbox, and the exception comes out unchanged; reads inside see the work's own writes;
 * read-only work refuses every write; other units of work never see uncommitted writes.
 */
public abstract class TransactionContract extends StoreContractSupport {

  private final Random random = new Random();

  /** For subclasses. */
  protected TransactionContract() {}

  /** Every kind of record with a store, as far as the store under test has it ({@link #storesKind}). */
  protected Stream<StoredKind<?, ?>> kinds() {
    return storedKinds();
  }

  /** Work that throws rolls back every write it made and rethrows the very same exception. */
  @Test
  public void failingWorkLeavesNoTraceAndRethrows() {
    assumeStored(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD);
    Scene scene = new Scene(newTenant());
    IllegalStateException boom = new IllegalStateException("boom");
    Throwable thrown = catchThrowable(() -> store().write(tx -> {
      scene.writeEverything(tx);
      throw boom;
    }));
    assertThat(thrown).isSameAs(boom);
    scene.assertNoTrace();
  }

  /** A store failure inside the work rolls back the writes before it and comes out as thrown. */
  @Test
  public void storeFailureInsideWorkRollsBackEarlierWrites() {
    assumeStored(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD);
    Scene scene = new Scene(newTenant());
    assertThatThrownBy(() -> store().write(tx -> {
      scene.writeEverything(tx);
      return tx.accounts().update(StoredKinds.ACCOUNTS.changed(scene.existing, random), 1);
    })).isInstanceOf(StaleVersionException.class);
    scene.assertNoTrace();

    assertThatThrownBy(() -> store().write(tx -> {
      scene.writeEverything(tx);
      return tx.accounts().insert(scene.newAccount);
    })).isInstanceOf(DuplicateRecordException.class);
    scene.assertNoTrace();
  }

  /** Work marked rollback-only returns its result but leaves no trace. */
  @Test
  public void rollbackOnlyWorkLeavesNoTrace() {
    assumeStored(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD);
    Scene scene = new Scene(newTenant());
    String result = store().write(tx -> {
      scene.writeEverything(tx);
      tx.setRollbackOnly();
      return "done";
    });
    assertThat(result).isEqualTo("done");
    scene.assertNoTrace();
  }

  /** Work that returns normally commits every write. */
  @Test
  public void normalWorkCommitsEverything() {
    assumeStored(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD);
    Scene scene = new Scene(newTenant());
    store().write(tx -> {
      scene.writeEverything(tx);
      return null;
    });
    scene.assertCommitted();
  }

  /** Find, get, count, query and scan inside a unit of work see its own inserts, updates and deletes. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void readsInsideSeeOwnWrites(StoredKind<?, ?> kind) {
    readsInsideSeeOwnWrites0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void readsInsideSeeOwnWrites0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    List<R> two = kind.randomBatch(random, tenant, 2);
    R before = two.get(0);
    R added = two.get(1);
    insertAll(kind, List.of(before));
    R changed = kind.changed(added, random);
    store().write(tx -> {
      var records = kind.store(tx);
      records.insert(added);
      assertThat(records.find(tenant, added.id())).contains(added);
      assertThat(records.get(tenant, added.id())).isEqualTo(added);
      assertSeen(kind, tx, tenant, List.of(before, added));
      records.update(changed, 1);
      assertThat(records.find(tenant, added.id())).contains(changed);
      assertSeen(kind, tx, tenant, List.of(before, changed));
      records.delete(tenant, added.id(), 2);
      assertThat(records.find(tenant, added.id())).isEmpty();
      assertSeen(kind, tx, tenant, List.of(before));
      records.delete(tenant, before.id(), 1);
      assertSeen(kind, tx, tenant, List.of());
      return null;
    });
    assertThat(contents(kind, tenant)).isEmpty();
  }

  /** Audit log and outbox reads inside a unit of work see its own appends. */
  @Test
  public void auditAndOutboxReadsInsideSeeOwnAppends() {
    TenantId tenant = newTenant();
    AuditEntry entry = LogSamples.auditEntry(random, tenant, at(0));
    OutboxMessage message = LogSamples.message(tenant, at(0));
    store().write(tx -> {
      tx.auditLog().append(List.of(entry));
      tx.outbox().append(List.of(message));
      assertThat(tx.auditLog().count(tenant, Filter.all())).isEqualTo(1);
      assertThat(tx.auditLog().query(tenant, Filter.all(), 10, Optional.empty()).items()).containsExactly(entry);
      try (var entries = tx.auditLog().scan(tenant, Filter.all())) {
        assertThat(entries.toList()).containsExactly(entry);
      }
      assertThat(tx.outbox().find(tenant, message.eventId())).contains(message);
      return null;
    });
  }

  /** Each unit of work reports its mode. */
  @Test
  public void unitsOfWorkReportTheirMode() {
    assertThat(store().read(StoreTransaction::mode)).isEqualTo(TransactionMode.READ_ONLY);
    assertThat(store().write(StoreTransaction::mode)).isEqualTo(TransactionMode.READ_WRITE);
    assertThat(store().inTransaction(TransactionMode.READ_ONLY, StoreTransaction::mode))
        .isEqualTo(TransactionMode.READ_ONLY);
  }

  /** Read-only work refuses inserts, updates and deletes with a store failure and writes nothing. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  public void readOnlyWorkRefusesRecordWrites(StoredKind<?, ?> kind) {
    readOnlyWorkRefusesRecordWrites0(kind);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void readOnlyWorkRefusesRecordWrites0(StoredKind<I, R> kind) {
    TenantId tenant = newTenant();
    List<R> two = kind.randomBatch(random, tenant, 2);
    R stored = two.get(0);
    R added = two.get(1);
    insertAll(kind, List.of(stored));
    assertRefused("insert", tx -> kind.store(tx).insert(added));
    assertRefused("update", tx -> kind.store(tx).update(kind.changed(stored, random), 1));
    assertRefused("delete", tx -> {
      kind.store(tx).delete(tenant, stored.id(), 1);
      return null;
    });
    assertThat(contents(kind, tenant)).containsExactly(stored);
  }

  /** Read-only work refuses audit and outbox writes with a store failure and writes nothing. */
  @Test
  public void readOnlyWorkRefusesLogWrites() {
    TenantId tenant = newTenant();
    OutboxMessage stored = LogSamples.message(tenant, at(0));
    store().write(tx -> {
      tx.outbox().append(List.of(stored));
      return null;
    });
    AuditEntry entry = LogSamples.auditEntry(random, tenant, at(0));
    OutboxMessage added = LogSamples.message(tenant, at(1));
    assertRefused("audit append", tx -> {
      tx.auditLog().append(List.of(entry));
      return null;
    });
    assertRefused("outbox append", tx -> {
      tx.outbox().append(List.of(added));
      return null;
    });
    assertRefused("outbox claim", tx -> tx.outbox().claimDue(at(10), at(20), 10));
    assertRefused("outbox delivery", tx -> {
      tx.outbox().markDelivered(tenant, stored.eventId(), at(10));
      return null;
    });
    assertRefused("outbox failure", tx -> {
      tx.outbox().markFailed(tenant, stored.eventId(), "down", at(30));
      return null;
    });
    assertRefused("outbox purge", tx -> tx.outbox().purgeDelivered(at(100)));
    assertThat(auditCount(tenant, Filter.all())).isZero();
    assertThat(outboxMessage(tenant, added.eventId())).isEmpty();
    assertThat(outboxMessage(tenant, stored.eventId())).contains(stored);
  }

  /**
   * Another unit of work never sees writes that are not yet committed. A store may instead make
   * the reader wait until the writer has finished; then it sees the committed write.
   */
  @Test
  public void uncommittedWritesAreInvisibleToOtherWork() throws Exception {
    assumeStored(RecordKind.ACCOUNT);
    TenantId tenant = newTenant();
    Account account = StoredKinds.ACCOUNTS.random(random, tenant);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch read = new CountDownLatch(1);
    AtomicBoolean finishing = new AtomicBoolean();
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      store().write(tx -> {
        tx.accounts().insert(account);
        written.countDown();
        await(read, 2);
        finishing.set(true);
        return null;
      });
    });
    assertThat(written.await(30, TimeUnit.SECONDS)).as("writer started").isTrue();
    CompletableFuture<Optional<Boolean>> reader = CompletableFuture.supplyAsync(() -> {
      Optional<Account> seen = find(StoredKinds.ACCOUNTS, tenant, account.id());
      boolean writerDone = finishing.get();
      read.countDown();
      return seen.isPresent() && !writerDone ? Optional.of(true) : Optional.empty();
    });
    assertThat(reader.get(60, TimeUnit.SECONDS)).as("a dirty read of an uncommitted insert").isEmpty();
    writer.get(60, TimeUnit.SECONDS);
    assertThat(find(StoredKinds.ACCOUNTS, tenant, account.id())).contains(account);
  }

  private <I extends RecordId, R extends CrmRecord<I>> void assertSeen(
      StoredKind<I, R> kind, StoreTransaction tx, TenantId tenant, List<R> expected) {
    List<R> byId = expected.stream().sorted(kind.idOrder()).toList();
    var records = kind.store(tx);
    assertThat(records.count(tenant, Filter.all())).isEqualTo(expected.size());
    assertThat(records.query(tenant, Query.<R>of(Filter.all(), Sort.byId())).items()).containsExactlyElementsOf(byId);
    try (Stream<R> scanned = records.scan(tenant, Filter.all())) {
      assertThat(scanned.toList()).containsExactlyElementsOf(byId);
    }
  }

  private void assertRefused(String what, StoreWork<?> work) {
    assertThatThrownBy(() -> store().read(work)).as("%s in read-only work", what)
        .isInstanceOf(StoreFailureException.class);
  }

  private static void await(CountDownLatch latch, int seconds) {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A tenant with an account and a lead stored, and writes of every sort to make: a new
   * account and contact, an update, a delete, an audit entry and an outbox message.
   */
  private final class Scene {
    final TenantId tenant;
    final Account existing;
    final Lead doomedLead;
    final Account newAccount;
    final Contact newContact;
    final AuditEntry entry;
    final OutboxMessage message;

    Scene(TenantId tenant) {
      this.tenant = tenant;
      existing = StoredKinds.ACCOUNTS.random(random, tenant);
      doomedLead = StoredKinds.LEADS.random(random, tenant);
      newAccount = StoredKinds.ACCOUNTS.random(random, tenant);
      newContact = StoredKinds.CONTACTS.random(random, tenant);
      entry = LogSamples.auditEntry(random, tenant, at(0));
      message = LogSamples.message(tenant, at(0));
      store().write(tx -> {
        tx.accounts().insert(existing);
        tx.leads().insert(doomedLead);
        return null;
      });
    }

    void writeEverything(StoreTransaction tx) {
      tx.accounts().insert(newAccount);
      tx.accounts().update(StoredKinds.ACCOUNTS.changed(existing, random), 1);
      tx.leads().delete(tenant, doomedLead.id(), 1);
      tx.contacts().insert(newContact);
      tx.auditLog().append(List.of(entry));
      tx.outbox().append(List.of(message));
    }

    void assertNoTrace() {
      assertThat(contents(StoredKinds.ACCOUNTS, tenant)).containsExactly(existing);
      assertThat(contents(StoredKinds.LEADS, tenant)).containsExactly(doomedLead);
      assertThat(contents(StoredKinds.CONTACTS, tenant)).isEmpty();
      assertThat(auditCount(tenant, Filter.all())).isZero();
      assertThat(outboxMessage(tenant, message.eventId())).isEmpty();
    }

    void assertCommitted() {
      assertThat(contents(StoredKinds.ACCOUNTS, tenant)).hasSize(2).contains(newAccount)
          .allMatch(a -> !a.id().equals(existing.id()) || a.version() == 2);
      assertThat(contents(StoredKinds.LEADS, tenant)).isEmpty();
      assertThat(contents(StoredKinds.CONTACTS, tenant)).containsExactly(newContact);
      assertThat(auditCount(tenant, Filter.all())).isEqualTo(1);
      assertThat(outboxMessage(tenant, message.eventId())).contains(message);
    }
  }
}
