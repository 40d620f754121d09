package org.crmkernel.testkit.memory;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.crmkernel.model.id.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A secondary index of one table: per tenant, the committed rows grouped by a key read from each
 * row (rows without a key are not indexed). Kept up to date by {@link Table#publish} under the
 * commit lock and read without locks, so it is weakly consistent on its own; reads that need a
 * consistent answer run inside {@link InMemoryCrmStore#consistently}. When {@link #pending}, units
 * of work index their own pending rows by the same key too ({@link Changes}), for lookups that
 * must stay cheap in a unit of work with many writes; otherwise readers walk the pending rows.
 *
 * @param <V> the row type
 */
final class Index<V> {

  private final String name;
  private final Function<V, @Nullable Object> keyOf;
  private final boolean pending;
  private final ConcurrentHashMap<TenantId, ConcurrentHashMap<Object, ConcurrentHashMap<UUID, V>>> committed =
      new ConcurrentHashMap<>();

  /**
   * An index called {@code name} (for messages) by {@code keyOf} (null: the row is not indexed),
   * whose pending rows units of work index too when {@code pending}.
   */
  Index(String name, Function<V, @Nullable Object> keyOf, boolean pending) {
    this.name = name;
    this.keyOf = keyOf;
    this.pending = pending;
  }

  /** What the key is, for messages. */
  String name() {
    return name;
  }

  /** Whether units of work index their pending rows by this key too. */
  boolean pending() {
    return pending;
  }

  /** The row's key, or null when the row is not indexed. */
  @Nullable Object keyOf(V row) {
    return keyOf.apply(row);
  }

  /** The committed rows with {@code key}, by id: a live, weakly consistent view. */
  Map<UUID, V> committed(TenantId tenant, Object key) {
    ConcurrentHashMap<Object, ConcurrentHashMap<UUID, V>> keys = committed.get(tenant);
    Map<UUID, V> rows = keys == null ? null : keys.get(key);
    return rows == null ? Map.of() : rows;
  }

  /** How many committed rows have {@code key}. */
  int committedCount(TenantId tenant, Object key) {
    return committed(tenant, key).size();
  }

  /** Moves the row from its old key to its new one; only under the commit lock. */
  void published(TenantId tenant, UUID id, @Nullable V before, @Nullable V after) {
    Object oldKey = before == null ? null : keyOf.apply(before);
    Object newKey = after == null ? null : keyOf.apply(after);
    if (oldKey != null && !Objects.equals(oldKey, newKey)) {
      ConcurrentHashMap<Object, ConcurrentHashMap<UUID, V>> keys = committed.get(tenant);
      ConcurrentHashMap<UUID, V> rows = keys == null ? null : keys.get(oldKey);
      if (rows != null) {
        rows.remove(id);
        if (rows.isEmpty()) {
          keys.remove(oldKey, rows);
        }
      }
    }
    if (newKey != null && after != null) {
      committed.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>())
          .computeIfAbsent(newKey, k -> new ConcurrentHashMap<>(4))
          .put(id, after);
    }
  }
}
