package org.crmkernel.testkit.memory;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.BulkUpdate;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.SortPosition;
import org.crmkernel.testkit.memory.Changes.Change;
import org.jspecify.annotations.Nullable;

/**
 * The store of one kind of record as one unit of work sees it: written once for every kind,
 * over a {@link RecordTable}. Writes go to the unit of work's write set; reads see that over the
 * committed records.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
class MemoryRecordStore<I extends RecordId, R extends CrmRecord<I>> implements RecordStore<I, R> {

  final MemoryTransaction tx;
  final RecordTable<R> table;

  MemoryRecordStore(MemoryTransaction tx, RecordTable<R> table) {
    this.tx = tx;
    this.table = table;
  }

  @Override
  public R insert(R record) {
    Objects.requireNonNull(record, "record");
    tx.checkWritable();
    Changes<R> changes = tx.changesFor(table);
    TenantId tenant = record.tenantId();
    UUID id = record.id().value();
    Change<R> own = changes.get(tenant, id);
    R committed = own == null ? table.get(tenant, id) : null;
    if ((own != null ? own.value() : committed) != null) {
      throw new DuplicateRecordException(record.ref(), "the tenant already has a record with this id");
    }
    table.checkUnique(changes, record);
    changes.put(tenant, id, record, own, committed);
    return record;
  }

  /**
   * Inserts every record or, if one fails, none: ids are checked against the store and each
   * other before anything is written.
   */
  public void insertAll(List<R> records) {
    List<R> batch = List.copyOf(records);
    tx.checkWritable();
    Changes<R> changes = tx.changesFor(table);
    Set<Object> seen = new HashSet<>();
    for (R record : batch) {
      if (!seen.add(List.of(record.tenantId(), record.id()))) {
        throw new DuplicateRecordException(record.ref(), "the id is repeated in the batch");
      }
      if (Visible.row(table, changes, record.tenantId(), record.id().value()) != null) {
        throw new DuplicateRecordException(record.ref(), "the tenant already has a record with this id");
      }
    }
    for (R record : batch) {
      table.checkUnique(changes, record);
    }
    for (R record : batch) {
      insert(record);
    }
  }

  /**
   * Updates every record or, if one fails, none: each is checked against the stored version (and
   * the kind's unique key) before anything is written.
   */
  public void updateAll(List<R> records) {
    List<R> batch = List.copyOf(records);
    tx.checkWritable();
    Changes<R> changes = tx.changesFor(table);
    BulkUpdate.checkBatch(batch);
    for (R record : batch) {
      R current = Visible.row(table, changes, record.tenantId(), record.id().value());
      if (current == null) {
        throw new RecordNotFoundException(record.ref());
      }
      if (current.version() != record.version() - 1) {
        throw new StaleVersionException(record.ref(), record.version() - 1, current.version());
      }
    }
    for (R record : batch) {
      update(record, record.version() - 1);
    }
  }

  @Override
  public Optional<R> find(TenantId tenant, I id) {
    tx.checkUsable();
    return Optional.ofNullable(Visible.row(table, tx.changesOf(table), tenant, id.value()));
  }

  @Override
  public R update(R record, long expectedVersion) {
    Objects.requireNonNull(record, "record");
    tx.checkWritable();
    if (record.version() != expectedVersion + 1) {
      throw new IllegalArgumentException("an update of version " + expectedVersion + " must store version "
          + (expectedVersion + 1) + ", not " + record.version());
    }
    Changes<R> changes = tx.changesFor(table);
    TenantId tenant = record.tenantId();
    UUID id = record.id().value();
    Change<R> own = changes.get(tenant, id);
    R committed = own == null ? table.get(tenant, id) : null;
    R current = own != null ? own.value() : committed;
    if (current == null) {
      throw new RecordNotFoundException(record.ref());
    }
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(record.ref(), expectedVersion, current.version());
    }
    table.checkUnique(changes, record);
    changes.put(tenant, id, record, own, committed);
    return record;
  }

  @Override
  public void delete(TenantId tenant, I id, long expectedVersion) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    tx.checkWritable();
    Changes<R> changes = tx.changesFor(table);
    Change<R> own = changes.get(tenant, id.value());
    R committed = own == null ? table.get(tenant, id.value()) : null;
    R current = own != null ? own.value() : committed;
    if (current == null) {
      throw new RecordNotFoundException(id.ref());
    }
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(id.ref(), expectedVersion, current.version());
    }
    changes.put(tenant, id.value(), null, own, committed);
  }

  @Override
  public Page<R> query(TenantId tenant, Query<R> query) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    Pages.checkFields(table.kind(), query.filter());
    Pages.checkFields(table.kind(), query.sort());
    @Nullable SortPosition after = query.after().map(cursor -> cursor.position(query.sort())).orElse(null);
    Changes<R> changes = tx.changesOf(table);
    return tx.store().consistently(() -> query.sort().keys().isEmpty()
        ? Pages.fromOrdered(Visible.inIdOrder(table, changes, tenant, after == null ? null : after.id()),
            query.filter()::test, query.sort(), query.limit(), table::idOf)
        : Pages.fromUnordered(rows -> Visible.forEach(table, changes, tenant, rows), query.filter()::test, query.sort(),
            query.limit(), after, table::idOf));
  }

  @Override
  public long count(TenantId tenant, Filter<R> filter) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    Pages.checkFields(table.kind(), filter);
    Changes<R> changes = tx.changesOf(table);
    return tx.store().consistently(() -> {
      long[] matches = {0};
      Visible.forEach(table, changes, tenant, row -> {
        if (filter.test(row)) {
          matches[0]++;
        }
      });
      return matches[0];
    });
  }

  @Override
  public Stream<R> scan(TenantId tenant, Filter<R> filter) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    Pages.checkFields(table.kind(), filter);
    return stream(tx, Visible.inIdOrder(table, tx.changesOf(table), tenant, null), filter::test);
  }

  /** A lazy stream of the rows of {@code rows} that match, usable only while {@code tx} runs. */
  static <V> Stream<V> stream(MemoryTransaction tx, Iterator<V> rows, Predicate<? super V> filter) {
    Spliterator<V> matches = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT) {
      @Override
      public boolean tryAdvance(Consumer<? super V> action) {
        tx.checkUsable();
        while (rows.hasNext()) {
          V row = rows.next();
          if (filter.test(row)) {
            action.accept(row);
            return true;
          }
        }
        return false;
      }
    };
    return StreamSupport.stream(matches, false);
  }
}
