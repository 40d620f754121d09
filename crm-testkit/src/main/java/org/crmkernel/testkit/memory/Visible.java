package org.crmkernel.testkit.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.testkit.memory.Changes.Change;
import org.jspecify.annotations.Nullable;

/** The rows a unit of work sees: its own pending changes laid over the committed rows. */
final class Visible {

  private Visible() {}

  /** The row as the unit of work sees it, or null. */
  static <V> @Nullable V row(Table<V> table, @Nullable Changes<V> changes, TenantId tenant, UUID id) {
    Change<V> own = changes == null ? null : changes.get(tenant, id);
    return own != null ? own.value() : table.get(tenant, id);
  }

  /** Gives every visible row of the tenant to {@code action}, in no particular order. */
  static <V> void forEach(Table<V> table, @Nullable Changes<V> changes, TenantId tenant, Consumer<? super V> action) {
    NavigableMap<UUID, Change<V>> own = changes == null ? null : changes.of(tenant);
    Collection<V> committed = table.rowsOf(tenant);
    if (own == null || own.isEmpty()) {
      committed.forEach(action);
      return;
    }
    for (V row : committed) {
      if (!own.containsKey(table.idOf(row))) {
        action.accept(row);
      }
    }
    for (Change<V> change : own.values()) {
      V value = change.value();
      if (value != null) {
        action.accept(value);
      }
    }
  }

  /**
   * Gives every visible row of the tenant whose key in {@code index} is {@code key} to {@code
   * action}, in no particular order: the committed rows of the index that the unit of work left
   * as they are, then its own rows with that key.
   */
  static <V> void forEachWithKey(Table<V> table, @Nullable Changes<V> changes, Index<V> index, TenantId tenant,
      Object key, Consumer<? super V> action) {
    NavigableMap<UUID, Change<V>> own = changes == null ? null : changes.of(tenant);
    Map<UUID, V> committed = index.committed(tenant, key);
    if (own == null || own.isEmpty()) {
      committed.values().forEach(action);
      return;
    }
    for (Map.Entry<UUID, V> row : committed.entrySet()) {
      if (!own.containsKey(row.getKey())) {
        action.accept(row.getValue());
      }
    }
    if (index.pending()) {
      for (UUID id : changes.pendingWithKey(index, tenant, key)) {
        Change<V> change = own.get(id);
        V value = change == null ? null : change.value();
        if (value != null && key.equals(index.keyOf(value))) {
          action.accept(value);
        }
      }
    } else {
      for (Change<V> change : own.values()) {
        V value = change.value();
        if (value != null && key.equals(index.keyOf(value))) {
          action.accept(value);
        }
      }
    }
  }

  /**
   * The visible rows of the tenant in id order, after {@code after} when given. Committed rows
   * are read live (weakly consistent); the pending changes as they are now, so that the unit of
   * work may keep writing while it iterates.
   */
  static <V> Iterator<V> inIdOrder(Table<V> table, @Nullable Changes<V> changes, TenantId tenant, @Nullable UUID after) {
    NavigableMap<UUID, V> committed = table.rowsInIdOrder(tenant);
    NavigableMap<UUID, Change<V>> own = changes == null ? null : changes.of(tenant);
    if (after != null) {
      committed = committed.tailMap(after, false);
    }
    if (own == null || own.isEmpty()) {
      return committed.values().iterator();
    }
    NavigableMap<UUID, Change<V>> ownNow = new TreeMap<>(after == null ? own : own.tailMap(after, false));
    Iterator<V> committedRows = new Filtered<>(committed.entrySet().iterator(), e -> !ownNow.containsKey(e.getKey()), Map.Entry::getValue);
    Iterator<V> ownRows = new Filtered<>(ownNow.values().iterator(), c -> c.value() != null, Change::value);
    return merge(committedRows, ownRows, Comparator.comparing(table::idOf, Uuid7.UNSIGNED_ORDER));
  }

  /** Merges two iterators that are each sorted by {@code order}; on ties, {@code a} first. */
  static <V> Iterator<V> merge(Iterator<V> a, Iterator<V> b, Comparator<? super V> order) {
    if (!b.hasNext()) {
      return a;
    }
    if (!a.hasNext()) {
      return b;
    }
    return new Iterator<>() {
      private @Nullable V nextA = a.next();
      private @Nullable V nextB = b.next();

      @Override
      public boolean hasNext() {
        return nextA != null || nextB != null;
      }

      @Override
      public V next() {
        V result;
        if (nextA == null && nextB == null) {
          throw new NoSuchElementException();
        }
        if (nextB == null || (nextA != null && order.compare(nextA, nextB) <= 0)) {
          result = nextA;
          nextA = a.hasNext() ? a.next() : null;
        } else {
          result = nextB;
          nextB = b.hasNext() ? b.next() : null;
        }
        return Objects.requireNonNull(result);
      }
    };
  }

  /** The elements of an iterator that pass a test, mapped. */
  private static final class Filtered<T, V> implements Iterator<V> {
    private final Iterator<T> source;
    private final Predicate<? super T> keep;
    private final Function<? super T, ? extends @Nullable V> map;
    private @Nullable V next;

    Filtered(Iterator<T> source, Predicate<? super T> keep,
        Function<? super T, ? extends @Nullable V> map) {
      this.source = source;
      this.keep = keep;
      this.map = map;
      advance();
    }

    private void advance() {
      next = null;
      while (source.hasNext()) {
        T candidate = source.next();
        if (keep.test(candidate)) {
          next = map.apply(candidate);
          return;
        }
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public V next() {
      V result = next;
      if (result == null) {
        throw new NoSuchElementException();
      }
      advance();
      return result;
    }
  }
}
