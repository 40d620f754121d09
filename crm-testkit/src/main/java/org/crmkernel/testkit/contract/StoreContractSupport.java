package org.crmkernel.testkit.contract;

import org.crmkernel.model.id.RecordKind;
import org.junit.jupiter.api.Assumptions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.lifecycle.AfterProperty;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every contract class shares: the store under test, made on first use by {@link
 * #newStore()}, and fresh tenants. Every test works in tenants of its own, made with {@link
 * #newTenant()}, so the suite also runs against a store whose database other tests share, and
 * never assumes the store is empty.
 *
 * <p>JUnit makes one instance per contract class, jqwik one per property; each instance asks
 * {@link #newStore()} for its store once and hands it to {@link #closeStore} when done.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContractSupport {

  /** A fixed point in time that audit entries and outbox messages are placed around. */
  protected static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  private @Nullable CrmStore store;

  /** For subclasses. */
  protected StoreContractSupport() {}

  /**
   * The store under test. May return a new store or one shared by several contract classes;
   * tests only touch their own tenants (the outbox contract also moves other tenants' due
   * messages out of its way, see {@link OutboxContract}).
   */
  protected abstract CrmStore newStore();

  /**
   * Whether the store under test stores records of {@code kind}; true unless overridden. An
   * adapter that does not have every store yet overrides it to run the record-store contracts
   * ({@link RecordStoreContract}, {@link QueryContract}, {@link BulkInsertContract}, {@link
   * TransactionContract}, {@link StoreStatefulContract}) on the kinds it has: their cases of
   * other kinds are not generated or are skipped as aborted, never run vacuously.
   */
  protected boolean storesKind(RecordKind kind) {
    return true;
  }

  /** Skips (aborts) the running test unless the store under test stores every one of {@code kinds}. */
  protected final void assumeStored(RecordKind... kinds) {
    for (RecordKind kind : kinds) {
      Assumptions.assumeTrue(storesKind(kind), () -> "the store under test has no store of " + kind + " records");
    }
  }

  /** The kinds of {@link StoredKinds#ALL} that the store under test stores. */
  final Stream<StoredKind<?, ?>> storedKinds() {
    return StoredKinds.ALL.stream().filter(kind -> storesKind(kind.recordKind()));
  }

  /** Releases a store made by {@link #newStore()}; does nothing unless overridden. */
  protected void closeStore(CrmStore store) {}

  /** The store under test, made on first use. */
  protected final CrmStore store() {
    CrmStore current = store;
    if (current == null) {
      current = newStore();
      store = current;
    }
    return current;
  }

  /** Hands the store, if one was made, to {@link #closeStore}. */
  @AfterAll
  @AfterProperty
  protected final void releaseStore() {
    CrmStore current = store;
    store = null;
    if (current != null) {
      closeStore(current);
    }
  }

  /** A tenant no other test uses. */
  protected static TenantId newTenant() {
    return TenantId.of(UUID.randomUUID());
  }

  /**
   * Runs {@code action} again while it fails with a transient store failure (a deadlock, a
   * serialization failure), as a caller would.
   */
  static <T> T retryTransient(Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (StoreFailureException e) {
        if (!e.isTransient() || attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** {@code T0} plus {@code seconds}. */
  static Instant at(long seconds) {
    return T0.plus(Duration.ofSeconds(seconds));
  }

  /** Inserts {@code record} in a unit of work of its own; returns what the store returned. */
  <I extends RecordId, R extends CrmRecord<I>> R insert(StoredKind<I, R> kind, R record) {
    return store().write(tx -> kind.store(tx).insert(record));
  }

  /** Finds a record in a read-only unit of work of its own. */
  <I extends RecordId, R extends CrmRecord<I>> Optional<R> find(StoredKind<I, R> kind, TenantId tenant, I id) {
    return store().read(tx -> kind.store(tx).find(tenant, id));
  }

  /** Gets a record in a read-only unit of work of its own. */
  <I extends RecordId, R extends CrmRecord<I>> R get(StoredKind<I, R> kind, TenantId tenant, I id) {
    return store().read(tx -> kind.store(tx).get(tenant, id));
  }

  /** Updates a record in a unit of work of its own; returns what the store returned. */
  <I extends RecordId, R extends CrmRecord<I>> R update(StoredKind<I, R> kind, R record, long expectedVersion) {
    return store().write(tx -> kind.store(tx).update(record, expectedVersion));
  }

  /** Deletes a record in a unit of work of its own. */
  <I extends RecordId, R extends CrmRecord<I>> void delete(StoredKind<I, R> kind, TenantId tenant, I id, long expectedVersion) {
    store().write(tx -> {
      kind.store(tx).delete(tenant, id, expectedVersion);
      return null;
    });
  }

  /** Counts records in a read-only unit of work of its own. */
  <I extends RecordId, R extends CrmRecord<I>> long count(StoredKind<I, R> kind, TenantId tenant, Filter<R> filter) {
    return store().read(tx -> kind.store(tx).count(tenant, filter));
  }

  /** Queries one page in a read-only unit of work of its own. */
  <I extends RecordId, R extends CrmRecord<I>> Page<R> page(StoredKind<I, R> kind, TenantId tenant, Query<R> query) {
    return store().read(tx -> kind.store(tx).query(tenant, query));
  }

  /** Counts the tenant's audit entries matching {@code filter}, in a unit of work of its own. */
  long auditCount(TenantId tenant, Filter<AuditEntry> filter) {
    return store().read(tx -> tx.auditLog().count(tenant, filter));
  }

  /** The tenant's outbox message {@code id}, read in a unit of work of its own. */
  Optional<OutboxMessage> outboxMessage(TenantId tenant, EventId id) {
    return store().read(tx -> tx.outbox().find(tenant, id));
  }

  /** Inserts {@code records} in one unit of work. */
  <I extends RecordId, R extends CrmRecord<I>> void insertAll(StoredKind<I, R> kind, List<R> records) {
    store().write(tx -> {
      records.forEach(kind.store(tx)::insert);
      return null;
    });
  }

  /** Every record of {@code tenant}, by a scan, in id order. */
  <I extends RecordId, R extends CrmRecord<I>> List<R> contents(StoredKind<I, R> kind, TenantId tenant) {
    return store().read(tx -> {
      try (Stream<R> records = kind.store(tx).scan(tenant, Filter.all())) {
        return records.toList();
      }
    });
  }
}
