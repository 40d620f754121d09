package org.crmkernel.testkit.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.jspecify.annotations.Nullable;

/**
 * One unit of work's pending changes to one table: its private write set, read through by its
 * own reads and invisible to everyone else until commit. Each change remembers the committed row
 * it was based on, so that the commit can check that nobody changed that row meanwhile. Used by
 * one thread only.
 *
 * @param <V> the row type
 */
final class Changes<V> {

  /**
   * A pending change: the row after it ({@code value}, null when removed) and the committed row
   * it was based on ({@code base}, null when there was none).
   */
  record Change<V>(@Nullable V value, @Nullable V base) {
    /** Whether the change leaves the committed state as it is (inserted, then removed again). */
    boolean isNoOp() {
      return value == null && base == null;
    }
  }

  private final Table<V> table;
  private final Map<TenantId, TreeMap<UUID, Change<V>>> byTenant = new HashMap<>(4);

  Changes(Table<V> table) {
    this.table = table;
  }

  Table<V> table() {
    return table;
  }

  /** The pending change of the row, or null. */
  @Nullable Change<V> get(TenantId tenant, UUID id) {
    TreeMap<UUID, Change<V>> rows = byTenant.get(tenant);
    return rows == null ? null : rows.get(id);
  }

  /** The tenant's pending changes in id order, or null when there are none. */
  @Nullable NavigableMap<UUID, Change<V>> of(TenantId tenant) {
    return byTenant.get(tenant);
  }

  /** Every tenant's pending changes. */
  Map<TenantId, TreeMap<UUID, Change<V>>> byTenant() {
    return byTenant;
  }

  /**
   * Records that the row becomes {@code value} (null: removed), decided on seeing the row's
   * {@code earlier} pending change or, when there was none, the committed row {@code
   * committedRead} (null when absent). The commit checks that the committed row is still that.
   */
  void put(TenantId tenant, UUID id, @Nullable V value, @Nullable Change<V> earlier, @Nullable V committedRead) {
    V base = earlier != null ? earlier.base() : committedRead;
    byTenant.computeIfAbsent(tenant, t -> new TreeMap<>(Uuid7.UNSIGNED_ORDER)).put(id, new Change<>(value, base));
  }

  /**
   * Checks, under the commit lock, that every row this write set relied on is as it was read:
   * inserted ids still free, changed rows unchanged by others.
   */
  void validate() {
    for (Map.Entry<TenantId, TreeMap<UUID, Change<V>>> tenant : byTenant.entrySet()) {
      for (Map.Entry<UUID, Change<V>> entry : tenant.getValue().entrySet()) {
        Change<V> change = entry.getValue();
        if (change.isNoOp()) {
          continue;
        }
        V current = table.get(tenant.getKey(), entry.getKey());
        V base = change.base();
        if (base == null) {
          if (current != null) {
            throw table.takenMeanwhile(java.util.Objects.requireNonNull(change.value()));
          }
        } else if (current == null || !table.unchanged(base, current)) {
          throw table.changedMeanwhile(base, current);
        }
      }
    }
    table.checkCommit(this);
  }

  /** Makes every change the committed state; only under the commit lock, after {@link #validate}. */
  void publish() {
    for (Map.Entry<TenantId, TreeMap<UUID, Change<V>>> tenant : byTenant.entrySet()) {
      for (Map.Entry<UUID, Change<V>> entry : tenant.getValue().entrySet()) {
        Change<V> change = entry.getValue();
        if (!change.isNoOp()) {
          table.publish(tenant.getKey(), entry.getKey(), change.value());
        }
      }
    }
  }
}
