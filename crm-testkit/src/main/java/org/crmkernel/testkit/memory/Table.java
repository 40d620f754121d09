package org.crmkernel.testkit.memory;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.jspecify.annotations.Nullable;

/**
 * The committed rows of one kind: per tenant, a hash map by id for point reads and, for kinds
 * that are scanned and paged by id, a map ordered by id in {@link Uuid7#UNSIGNED_ORDER}. Rows are
 * deeply immutable records, so the maps hold the instances themselves. Readers never lock; only
 * {@link InMemoryCrmStore} changes rows, while it holds the commit lock. Subclasses say what a
 * row's id and tenant are, how a concurrent change shows, and may keep secondary indexes up to
 * date in {@link #published} or declare {@link Index}es that the table keeps up to date itself.
 *
 * @param <V> the row type
 */
abstract class Table<V> {

  /** One tenant's rows: by id hashed and, if kept, by id in order; both hold the same rows. */
  private static final class TenantRows<V> {
    final ConcurrentHashMap<UUID, V> byId = new ConcurrentHashMap<>();
    final @Nullable ConcurrentSkipListMap<UUID, V> ordered;

    TenantRows(boolean ordered) {
      this.ordered = ordered ? new ConcurrentSkipListMap<>(Uuid7.UNSIGNED_ORDER) : null;
    }
  }

  private final ConcurrentHashMap<TenantId, TenantRows<V>> tenants = new ConcurrentHashMap<>();
  private final int slot;
  private final boolean orderedById;
  private final List<Index<V>> indexes;

  /**
   * A table at position {@code slot} of its store (where units of work keep its changes), which
   * keeps its rows in id order too when {@code orderedById}.
   */
  Table(int slot, boolean orderedById) {
    this(slot, orderedById, List.of());
  }

  /** As {@link #Table(int, boolean)}, with secondary indexes kept up to date at every publish. */
  Table(int slot, boolean orderedById, List<Index<V>> indexes) {
    this.slot = slot;
    this.orderedById = orderedById;
    this.indexes = List.copyOf(indexes);
  }

  /** Where units of work keep their changes to this table. */
  final int slot() {
    return slot;
  }

  /** The secondary indexes, in the order units of work keep their pending keys. */
  final List<Index<V>> indexes() {
    return indexes;
  }

  /** The row's id. */
  abstract UUID idOf(V row);

  /** The row's tenant. */
  abstract TenantId tenantOf(V row);

  /**
   * Whether {@code current} is still the row a unit of work read as {@code read}: by default the
   * same value; versioned records compare versions instead.
   */
  boolean unchanged(V read, V current) {
    return read.equals(current);
  }

  /** The failure of a commit that inserts {@code row} when its id was taken meanwhile. */
  abstract RuntimeException takenMeanwhile(V row);

  /** The failure of a commit that changes {@code read} when it was changed or removed meanwhile. */
  abstract RuntimeException changedMeanwhile(V read, @Nullable V current);

  /**
   * Checks constraints across rows (unique keys) that the commit of {@code changes} must keep;
   * called under the commit lock before anything is published. None by default.
   */
  void checkCommit(Changes<V> changes) {}

  /** Told, under the commit lock, that {@code before} became {@code after} (null: absent). */
  void published(TenantId tenant, UUID id, @Nullable V before, @Nullable V after) {}

  /** The committed row, or null. */
  final @Nullable V get(TenantId tenant, UUID id) {
    TenantRows<V> rows = tenants.get(tenant);
    return rows == null ? null : rows.byId.get(id);
  }

  /** How many committed rows the tenant has. */
  final int size(TenantId tenant) {
    TenantRows<V> rows = tenants.get(tenant);
    return rows == null ? 0 : rows.byId.size();
  }

  /** The tenant's committed rows in no particular order: a live, weakly consistent view. */
  final Collection<V> rowsOf(TenantId tenant) {
    TenantRows<V> rows = tenants.get(tenant);
    return rows == null ? List.of() : rows.byId.values();
  }

  /**
   * The tenant's committed rows in id order: a live, weakly consistent view. Only for tables
   * ordered by id.
   */
  final NavigableMap<UUID, V> rowsInIdOrder(TenantId tenant) {
    if (!orderedById) {
      throw new IllegalStateException("this table does not keep its rows in id order");
    }
    TenantRows<V> rows = tenants.get(tenant);
    return rows == null || rows.ordered == null ? Collections.emptyNavigableMap() : rows.ordered;
  }

  /** The tenants that have or had rows. */
  final Set<TenantId> tenants() {
    return tenants.keySet();
  }

  /** Makes {@code after} (null: nothing) the committed row; only under the commit lock. */
  final void publish(TenantId tenant, UUID id, @Nullable V after) {
    V before;
    if (after == null) {
      TenantRows<V> rows = tenants.get(tenant);
      if (rows == null) {
        return;
      }
      before = rows.byId.remove(id);
      if (rows.ordered != null) {
        rows.ordered.remove(id);
      }
    } else {
      TenantRows<V> rows = tenants.computeIfAbsent(tenant, t -> new TenantRows<>(orderedById));
      before = rows.byId.put(id, after);
      if (rows.ordered != null) {
        rows.ordered.put(id, after);
      }
    }
    for (Index<V> index : indexes) {
      index.published(tenant, id, before, after);
    }
    published(tenant, id, before, after);
  }
}
