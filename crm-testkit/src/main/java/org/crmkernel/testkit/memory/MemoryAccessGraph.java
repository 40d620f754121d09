package org.crmkernel.testkit.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.spi.query.AccessGraph;
import org.jspecify.annotations.Nullable;

/**
 * The unit tree, manager chains and shares as one unit of work sees them: committed rows with its
 * own pending writes laid over. Questions about one record walk up the tree or the chain by
 * point reads; the expansions a {@link org.crmkernel.spi.query.Visibility} needs (a unit's
 * subtree, a manager's reports, a grantee's shares) walk down through the store's indexes, so
 * they cost what they find, never a pass over a table.
 */
final class MemoryAccessGraph implements AccessGraph {

  private static final Comparator<RecordShare> BY_ID = Comparator.comparing(s -> s.id().value(), Uuid7.UNSIGNED_ORDER);
  // Trees and chains are short; a cycle (which the kernel never stores) is caught after this many steps.
  private static final int STEPS_BEFORE_CYCLE_CHECK = 64;

  private final MemoryTransaction tx;
  private final InMemoryCrmStore store;

  MemoryAccessGraph(MemoryTransaction tx) {
    this.tx = tx;
    this.store = tx.store();
  }

  @Override
  public boolean isInUnitTree(TenantId tenant, BusinessUnitId unit, BusinessUnitId root) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(root, "root");
    tx.checkUsable();
    if (unit.equals(root)) {
      return true;
    }
    Changes<BusinessUnit> changes = tx.changesOf(store.businessUnits);
    BusinessUnitId current = unit;
    @Nullable Set<BusinessUnitId> seen = null;
    for (int steps = 1; ; steps++) {
      BusinessUnit row = Visible.row(store.businessUnits, changes, tenant, current.value());
      if (row == null || row.parentId().isEmpty()) {
        return false;
      }
      current = row.parentId().get();
      if (current.equals(root)) {
        return true;
      }
      if (steps >= STEPS_BEFORE_CYCLE_CHECK) {
        if (seen == null) {
          seen = new HashSet<>();
        }
        if (!seen.add(current)) {
          return false;
        }
      }
    }
  }

  @Override
  public int managerDistance(TenantId tenant, UserId manager, UserId report, int maxDepth) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(report, "report");
    tx.checkUsable();
    Changes<User> changes = tx.changesOf(store.users);
    UserId current = report;
    for (int step = 1; step <= maxDepth; step++) {
      User row = Visible.row(store.users, changes, tenant, current.value());
      if (row == null || row.managerId().isEmpty()) {
        return 0;
      }
      current = row.managerId().get();
      if (current.equals(manager)) {
        return step;
      }
    }
    return 0;
  }

  @Override
  public List<RecordShare> sharesOf(TenantId tenant, RecordRef record) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(record, "record");
    tx.checkUsable();
    Changes<RecordShare> changes = tx.changesOf(store.recordShares);
    // Most records have no share: answer those without building a list (every access check asks).
    if ((changes == null || changes.of(tenant) == null || changes.of(tenant).isEmpty())
        && store.sharesByRecord.committed(tenant, record).isEmpty()) {
      return List.of();
    }
    List<RecordShare> shares = new ArrayList<>();
    Visible.forEachWithKey(store.recordShares, changes, store.sharesByRecord, tenant, record, shares::add);
    shares.sort(BY_ID);
    return Collections.unmodifiableList(shares);
  }

  /** Reads the index in place, without building or sorting a list, unless the unit of work has pending shares. */
  @Override
  public Optional<RecordShare> shareGranting(TenantId tenant, RecordRef record, Privilege privilege,
      Predicate<UUID> grantee) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(record, "record");
    tx.checkUsable();
    Changes<RecordShare> changes = tx.changesOf(store.recordShares);
    if (changes != null && changes.of(tenant) != null && !changes.of(tenant).isEmpty()) {
      return AccessGraph.super.shareGranting(tenant, record, privilege, grantee);
    }
    RecordShare first = null;
    for (RecordShare share : store.sharesByRecord.committed(tenant, record).values()) {
      if (share.grants(privilege) && grantee.test(share.grantee().uuid())
          && (first == null || Uuid7.UNSIGNED_ORDER.compare(share.id().value(), first.id().value()) < 0)) {
        first = share;
      }
    }
    return Optional.ofNullable(first);
  }

  /** The share of {@code record} with {@code grantee}, if any. */
  Optional<RecordShare> shareOf(TenantId tenant, RecordRef record, Principal grantee) {
    for (RecordShare share : sharesOf(tenant, record)) {
      if (share.grantee().equals(grantee)) {
        return Optional.of(share);
      }
    }
    return Optional.empty();
  }

  /**
   * Adds {@code root} and every unit below it to {@code into}, unless {@code root} is there
   * already (then its subtree is too, since only subtrees are added).
   */
  void addUnitTree(TenantId tenant, BusinessUnitId root, Set<BusinessUnitId> into) {
    if (!into.add(root)) {
      return;
    }
    Changes<BusinessUnit> changes = tx.changesOf(store.businessUnits);
    ArrayDeque<BusinessUnitId> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      BusinessUnitId parent = queue.poll();
      Visible.forEachWithKey(store.businessUnits, changes, store.unitsByParent, tenant, parent, child -> {
        if (into.add(child.id())) {
          queue.add(child.id());
        }
      });
    }
  }

  /**
   * The ids of the users whose chain of managers reaches {@code manager} within {@code depth}
   * steps: exactly those for which {@link #managerDistance} is positive.
   */
  Set<UUID> reports(TenantId tenant, UserId manager, int depth) {
    Changes<User> changes = tx.changesOf(store.users);
    Set<UUID> found = new HashSet<>();
    List<UserId> level = List.of(manager);
    for (int step = 1; step <= depth && !level.isEmpty(); step++) {
      List<UserId> next = new ArrayList<>();
      for (UserId boss : level) {
        Visible.forEachWithKey(store.users, changes, store.usersByManager, tenant, boss, user -> {
          if (found.add(user.id().value())) {
            next.add(user.id());
          }
        });
      }
      level = next;
    }
    return found;
  }

  /** Adds the ids of the {@code kind} records shared with {@code grantee} with {@code privilege}. */
  void addSharedRecords(TenantId tenant, UUID grantee, RecordKind kind, Privilege privilege, Set<UUID> into) {
    Visible.forEachWithKey(store.recordShares, tx.changesOf(store.recordShares), store.sharesByGrantee, tenant, grantee,
        share -> {
          if (share.record().kind() == kind && share.grants(privilege)) {
            into.add(share.record().id());
          }
        });
  }
}
