package org.crmkernel.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/**
 * One record-store call that the stateful contract makes on the store and on the reference
 * model, expecting the same {@link Outcome}.
 */
sealed interface StoreOperation {

  /** Makes the call in {@code tx}; store exceptions propagate, failing the unit of work. */
  Object on(StoreTransaction tx);

  /** Makes the call on the model; contract exceptions propagate. */
  Object on(ReferenceModel model);

  /** What a call gave: a value, or a failure of a type with its telling details. */
  sealed interface Outcome {

    /** The outcome of a call that returned {@code value} ({@code null} for void calls). */
    static Outcome of(@org.jspecify.annotations.Nullable Object value) {
      return new Returned(Optional.ofNullable(value));
    }

    /** The outcome of a call that threw {@code failure}. */
    static Outcome of(Throwable failure) {
      String detail = "";
      if (failure instanceof StaleVersionException stale) {
        detail = stale.record() + " expected " + stale.expectedVersion() + " actual " + stale.actualVersion();
      } else if (failure instanceof RecordNotFoundException missing) {
        detail = missing.record().toString();
      }
      return new Failed(failure.getClass().getName(), detail);
    }

    /** A returned value. */
    record Returned(Optional<Object> value) implements Outcome {}

    /** A failure. */
    record Failed(String type, String detail) implements Outcome {}
  }

  /** A page's rows and whether another page follows; cursors differ between store and model. */
  record PageShape(List<?> items, boolean hasNext) {}

  /** Inserts {@code record}. */
  record Insert<I extends RecordId, R extends CrmRecord<I>>(StoredKind<I, R> kind, R record) implements StoreOperation {
    @Override
    public Object on(StoreTransaction tx) {
      return kind.store(tx).insert(record);
    }

    @Override
    public Object on(ReferenceModel model) {
      return model.insert(kind, record);
    }
  }

  /** Updates to {@code record} from {@code expectedVersion}. */
  record Update<I extends RecordId, R extends CrmRecord<I>>(StoredKind<I, R> kind, R record, long expectedVersion)
      implements StoreOperation {
    @Override
    public Object on(StoreTransaction tx) {
      return kind.store(tx).update(record, expectedVersion);
    }

    @Override
    public Object on(ReferenceModel model) {
      return model.update(kind, record, expectedVersion);
    }
  }

  /** Deletes {@code id} at {@code expectedVersion}. */
  record Delete<I extends RecordId, R extends CrmRecord<I>>(StoredKind<I, R> kind, TenantId tenant, I id, long expectedVersion)
      implements StoreOperation {
    @Override
    public @org.jspecify.annotations.Nullable Object on(StoreTransaction tx) {
      kind.store(tx).delete(tenant, id, expectedVersion);
      return null;
    }

    @Override
    public @org.jspecify.annotations.Nullable Object on(ReferenceModel model) {
      model.delete(kind, tenant, id, expectedVersion);
      return null;
    }
  }

  /** Finds {@code id}. */
  record Find<I extends RecordId, R extends CrmRecord<I>>(StoredKind<I, R> kind, TenantId tenant, I id)
      implements StoreOperation {
    @Override
    public Object on(StoreTransaction tx) {
      return kind.store(tx).find(tenant, id);
    }

    @Override
    public Object on(ReferenceModel model) {
      return model.find(kind, tenant, id);
    }
  }

  /** Counts the records matching {@code filter}. */
  record Count<I extends RecordId, R extends CrmRecord<I>>(StoredKind<I, R> kind, TenantId tenant, Filter<R> filter)
      implements StoreOperation {
    @Override
    public Object on(StoreTransaction tx) {
      return kind.store(tx).count(tenant, filter);
    }

    @Override
    public Object on(ReferenceModel model) {
      return model.list(kind, tenant).stream().filter(filter::test).count();
    }
  }

  /** Queries the first two pages of {@code limit} rows. */
  record QueryPages<I extends RecordId, R extends CrmRecord<I>>(
      StoredKind<I, R> kind, TenantId tenant, Filter<R> filter, Sort<R> sort, int limit) implements StoreOperation {
    @Override
    public Object on(StoreTransaction tx) {
      Query<R> first = new Query<>(filter, sort, limit, Optional.empty());
      Page<R> page = kind.store(tx).query(tenant, first);
      List<PageShape> pages = new ArrayList<>(List.of(new PageShape(page.items(), page.hasNext())));
      if (page.hasNext()) {
        Page<R> second = kind.store(tx).query(tenant, first.after(page.next().orElseThrow()));
        pages.add(new PageShape(second.items(), second.hasNext()));
      }
      return pages;
    }

    @Override
    public Object on(ReferenceModel model) {
      List<R> rows = ReferenceQueries.expected(kind, model.list(kind, tenant), filter, sort);
      List<PageShape> pages = new ArrayList<>();
      pages.add(new PageShape(rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit));
      if (rows.size() > limit) {
        pages.add(new PageShape(rows.subList(limit, Math.min(2 * limit, rows.size())), rows.size() > 2 * limit));
      }
      return pages;
    }
  }
}
