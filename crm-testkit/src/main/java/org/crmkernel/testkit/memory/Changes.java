package org.crmkernel.testkit.memory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.jspecify.annotations.Nullable;

/**
 * One unit of work's pending changes to one table: its private write set, read through by its
 * own reads and invisible to everyone else until commit. Each change remembers the committed row
 * it was based on, so that the commit can check that nobody changed that row meanwhile. A change
 * may instead say how to redo it on whatever row is committed then, as an SQL {@code UPDATE ...
 * SET attempts = attempts + 1} does: the outbox's changes do. Used by one thread only.
 *
 * @param <V> the row type
 */
final class Changes<V> {

  /**
   * A pending change: the row after it ({@code value}, null when removed), the committed row it
   * was based on ({@code base}, null when there was none) and, when it can be redone on a row
   * changed meanwhile, how ({@code redo}, giving null to remove the row).
   */
  record Change<V>(@Nullable V value, @Nullable V base, @Nullable Function<V, @Nullable V> redo) {
    /** Whether the change leaves the committed state as it is (inserted, then removed again). */
    boolean isNoOp() {
      return value == null && base == null;
    }
  }

  /** A key of pending rows in the table's index at {@code index}. */
  private record PendingKey(int index, TenantId tenant, Object key) {}

  private final Table<V> table;
  // The pending rows by key, for the table's indexes that units of work keep for their own rows.
  private @Nullable HashMap<PendingKey, Set<UUID>> pendingKeys;
  // Nearly every unit of work writes for one tenant: keep that one without a map of tenants.
  private @Nullable TenantId onlyTenant;
  private @Nullable TreeMap<UUID, Change<V>> onlyTenantsChanges;
  private @Nullable Map<TenantId, TreeMap<UUID, Change<V>>> byTenant;

  Changes(Table<V> table) {
    this.table = table;
  }

  Table<V> table() {
    return table;
  }

  /** The pending change of the row, or null. */
  @Nullable Change<V> get(TenantId tenant, UUID id) {
    TreeMap<UUID, Change<V>> rows = of(tenant);
    return rows == null ? null : rows.get(id);
  }

  /** The tenant's pending changes in id order, or null when there are none. */
  @Nullable TreeMap<UUID, Change<V>> of(TenantId tenant) {
    Map<TenantId, TreeMap<UUID, Change<V>>> all = byTenant;
    if (all != null) {
      return all.get(tenant);
    }
    return tenant.equals(onlyTenant) ? onlyTenantsChanges : null;
  }

  /** Every tenant's pending changes. */
  Map<TenantId, TreeMap<UUID, Change<V>>> byTenant() {
    Map<TenantId, TreeMap<UUID, Change<V>>> all = byTenant;
    if (all != null) {
      return all;
    }
    TenantId tenant = onlyTenant;
    TreeMap<UUID, Change<V>> changes = onlyTenantsChanges;
    return tenant == null || changes == null ? Map.of() : Map.of(tenant, changes);
  }

  private TreeMap<UUID, Change<V>> changesFor(TenantId tenant) {
    TreeMap<UUID, Change<V>> rows = of(tenant);
    if (rows != null) {
      return rows;
    }
    rows = new TreeMap<>(Uuid7.UNSIGNED_ORDER);
    TenantId first = onlyTenant;
    if (first == null) {
      onlyTenant = tenant;
      onlyTenantsChanges = rows;
    } else {
      Map<TenantId, TreeMap<UUID, Change<V>>> all = byTenant;
      if (all == null) {
        all = new HashMap<>();
        all.put(first, Objects.requireNonNull(onlyTenantsChanges));
        byTenant = all;
      }
      all.put(tenant, rows);
    }
    return rows;
  }

  /**
   * Records that the row becomes {@code value} (null: removed), decided on seeing the row's
   * {@code earlier} pending change or, when there was none, the committed row {@code
   * committedRead} (null when absent). The commit checks that the committed row is still that.
   */
  void put(TenantId tenant, UUID id, @Nullable V value, @Nullable Change<V> earlier, @Nullable V committedRead) {
    put(tenant, id, value, earlier, committedRead, null);
  }

  /**
   * As {@link #put(TenantId, UUID, Object, Change, Object)}, for a change that the commit redoes
   * with {@code redo} if the committed row changed meanwhile.
   */
  void put(TenantId tenant, UUID id, @Nullable V value, @Nullable Change<V> earlier, @Nullable V committedRead,
      @Nullable Function<V, @Nullable V> redo) {
    V base;
    Function<V, @Nullable V> redoAll;
    if (earlier == null) {
      base = committedRead;
      redoAll = redo;
    } else {
      base = earlier.base();
      Function<V, @Nullable V> before = earlier.redo();
      redoAll = before == null || redo == null ? null : row -> {
        V between = before.apply(row);
        return between == null ? null : redo.apply(between);
      };
    }
    TreeMap<UUID, Change<V>> rows = changesFor(tenant);
    Change<V> previous = rows.put(id, new Change<>(value, base, redoAll));
    reindex(tenant, id, previous == null ? null : previous.value(), value);
  }

  /** Moves a pending row from the keys of its previous value to those of its new one. */
  private void reindex(TenantId tenant, UUID id, @Nullable V before, @Nullable V after) {
    List<Index<V>> indexes = table.indexes();
    for (int i = 0; i < indexes.size(); i++) {
      Index<V> index = indexes.get(i);
      if (!index.pending()) {
        continue;
      }
      Object oldKey = before == null ? null : index.keyOf(before);
      Object newKey = after == null ? null : index.keyOf(after);
      if (Objects.equals(oldKey, newKey)) {
        continue;
      }
      HashMap<PendingKey, Set<UUID>> keys = pendingKeys;
      if (keys == null) {
        keys = new HashMap<>();
        pendingKeys = keys;
      }
      if (oldKey != null) {
        PendingKey old = new PendingKey(i, tenant, oldKey);
        Set<UUID> ids = keys.get(old);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
          keys.remove(old);
        }
      }
      if (newKey != null) {
        keys.computeIfAbsent(new PendingKey(i, tenant, newKey), k -> new HashSet<>(4)).add(id);
      }
    }
  }

  /**
   * The ids of the pending rows whose value has {@code key} in {@code index}, one of the table's
   * indexes that units of work keep for their pending rows.
   */
  Set<UUID> pendingWithKey(Index<V> index, TenantId tenant, Object key) {
    HashMap<PendingKey, Set<UUID>> keys = pendingKeys;
    if (keys == null) {
      return Set.of();
    }
    int position = table.indexes().indexOf(index);
    Set<UUID> ids = keys.get(new PendingKey(position, tenant, key));
    return ids == null ? Set.of() : ids;
  }

  /**
   * Checks, under the commit lock, that every row this write set relied on is as it was read:
   * inserted ids still free, changed rows unchanged by others. A change that can be redone is
   * redone on the row committed now instead (and dropped if that row is gone).
   */
  void validate() {
    for (Map.Entry<TenantId, TreeMap<UUID, Change<V>>> tenant : byTenant().entrySet()) {
      for (Map.Entry<UUID, Change<V>> entry : tenant.getValue().entrySet()) {
        Change<V> change = entry.getValue();
        if (change.isNoOp()) {
          continue;
        }
        V current = table.get(tenant.getKey(), entry.getKey());
        V base = change.base();
        if (base == null) {
          if (current != null) {
            throw table.takenMeanwhile(Objects.requireNonNull(change.value()));
          }
        } else if (current == null || !table.unchanged(base, current)) {
          Function<V, @Nullable V> redo = change.redo();
          if (redo == null) {
            throw table.changedMeanwhile(base, current);
          }
          entry.setValue(current == null ? new Change<>(null, null, null) : new Change<>(redo.apply(current), current, redo));
        }
      }
    }
    table.checkCommit(this);
  }

  /** Makes every change the committed state; only under the commit lock, after {@link #validate}. */
  void publish() {
    for (Map.Entry<TenantId, TreeMap<UUID, Change<V>>> tenant : byTenant().entrySet()) {
      for (Map.Entry<UUID, Change<V>> entry : tenant.getValue().entrySet()) {
        Change<V> change = entry.getValue();
        if (!change.isNoOp()) {
          table.publish(tenant.getKey(), entry.getKey(), change.value());
        }
      }
    }
  }
}
