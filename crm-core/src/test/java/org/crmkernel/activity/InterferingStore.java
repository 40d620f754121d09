package org.crmkernel.activity;

import org.crmkernel.testkit.fixtures.ForwardingStoreTransaction;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.Activities;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.StoreWork;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Visibility;

/**
 * A store that lets a test act as a concurrent writer: once armed, the next update of an activity
 * by a unit of work first (or afterwards) runs a change committed by another thread, as a second
 * JVM would, so that the update meets a stale version at once or the unit of work fails at commit.
 */
final class InterferingStore implements CrmStore {

  /** When the concurrent change commits, relative to the interfered update. */
  enum Moment { BEFORE_UPDATE, AFTER_UPDATE }

  private final CrmStore delegate;
  private volatile Optional<Interference> armed = Optional.empty();

  private record Interference(Moment moment, Consumer<Activity> concurrentChange) {}

  InterferingStore(CrmStore delegate) {
    this.delegate = delegate;
  }

  /** Makes the next activity update run {@code concurrentChange} (on another thread) at {@code moment}. */
  void interfereOnce(Moment moment, Consumer<Activity> concurrentChange) {
    armed = Optional.of(new Interference(moment, concurrentChange));
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, StoreWork<T> work) {
    return delegate.inTransaction(mode, tx -> work.run(new Transaction(tx)));
  }

  private void interfere(Moment moment, Activity updated) {
    Optional<Interference> pending = armed;
    if (pending.isPresent() && pending.get().moment() == moment) {
      armed = Optional.empty();
      // Units of work do not nest on one thread: the concurrent writer gets its own.
      CompletableFuture.runAsync(() -> pending.get().concurrentChange().accept(updated)).join();
    }
  }

  private final class Transaction extends ForwardingStoreTransaction {
    Transaction(StoreTransaction tx) {
      super(tx);
    }

    @Override
    public Activities activities() {
      Activities activities = delegate().activities();
      return new Activities() {
        @Override
        public Activity insert(Activity record) {
          return activities.insert(record);
        }

        @Override
        public Optional<Activity> find(TenantId tenant, ActivityId id) {
          return activities.find(tenant, id);
        }

        @Override
        public Activity update(Activity record, long expectedVersion) {
          interfere(Moment.BEFORE_UPDATE, record);
          Activity stored = activities.update(record, expectedVersion);
          interfere(Moment.AFTER_UPDATE, record);
          return stored;
        }

        @Override
        public void delete(TenantId tenant, ActivityId id, long expectedVersion) {
          activities.delete(tenant, id, expectedVersion);
        }

        @Override
        public Page<Activity> query(TenantId tenant, Query<Activity> query) {
          return activities.query(tenant, query);
        }

        @Override
        public long count(TenantId tenant, Filter<Activity> filter) {
          return activities.count(tenant, filter);
        }

        @Override
        public Stream<Activity> scan(TenantId tenant, Filter<Activity> filter) {
          return activities.scan(tenant, filter);
        }

        @Override
        public Page<Activity> query(TenantId tenant, Query<Activity> query, Visibility visibility) {
          return activities.query(tenant, query, visibility);
        }

        @Override
        public long count(TenantId tenant, Filter<Activity> filter, Visibility visibility) {
          return activities.count(tenant, filter, visibility);
        }

        @Override
        public Stream<Activity> scan(TenantId tenant, Filter<Activity> filter, Visibility visibility) {
          return activities.scan(tenant, filter, visibility);
        }
      };
    }
  }
}
