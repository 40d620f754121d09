package org.crmkernel.spi.query;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;

/**
 * Which owned records one principal may exercise one privilege on: the access part of every
 * query of a user session, which stores apply inside the query (never after a page is read).
 * Its size grows with the principal's roles, teams and units, never with the number of records
 * or of descendant units; the store resolves unit subtrees, manager chains and shares itself,
 * through its {@link AccessGraph}.
 *
 * <p>A record is visible when any clause holds: {@link #everything}; its owner is one of {@link
 * #owners}; its owning unit is one of {@link #units}; its owning unit lies in the tree under one
 * of {@link #unitTrees}; it has a share whose grantee is one of {@link #shareGrantees} and whose
 * rights include {@link #privilege}; or it is owned by a user who reports to {@link #reportsOf}
 * within its depth. {@link #admits} is the reference semantics every store must match.
 *
 * @param privilege the privilege shares must carry
 * @param everything whether every record of the tenant is visible
 * @param owners owners (a user and owner teams) whose records are visible
 * @param units business units whose records are visible
 * @param unitTrees roots of unit subtrees whose records are visible
 * @param shareGrantees user and team ids whose shares count
 * @param reportsOf the manager whose reports' records are visible, and how deep
 */
public record Visibility(
    Privilege privilege,
    boolean everything,
    Set<UUID> owners,
    Set<BusinessUnitId> units,
    Set<BusinessUnitId> unitTrees,
    Set<UUID> shareGrantees,
    Optional<Reports> reportsOf) {

  /** A manager and how many levels of their reports count (1: direct reports only). */
  public record Reports(UserId manager, int depth) {
    /** Rejects a missing manager and a depth below 1. */
    public Reports {
      Objects.requireNonNull(manager, "manager");
      if (depth < 1) {
        throw new IllegalArgumentException("a reports clause reaches at least direct reports, depth was " + depth);
      }
    }
  }

  /** Copies the sets; an everything-visibility carries no other clause. */
  public Visibility {
    Objects.requireNonNull(privilege, "privilege");
    owners = copy(owners, "owners");
    units = copy(units, "units");
    unitTrees = copy(unitTrees, "unitTrees");
    shareGrantees = copy(shareGrantees, "shareGrantees");
    Objects.requireNonNull(reportsOf, "reportsOf");
    if (everything && !(owners.isEmpty() && units.isEmpty() && unitTrees.isEmpty() && shareGrantees.isEmpty()
        && reportsOf.isEmpty())) {
      throw new IllegalArgumentException("a visibility of everything has no other clause");
    }
  }

  /** Every record. */
  public static Visibility everything(Privilege privilege) {
    return new Visibility(privilege, true, Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty());
  }

  /** No record. */
  public static Visibility nothing(Privilege privilege) {
    return new Visibility(privilege, false, Set.of(), Set.of(), Set.of(), Set.of(), Optional.empty());
  }

  /**
   * The records owned by one of {@code owners}: a plain owner restriction, which stores serve
   * from their owner index (the kernel counts a team member's open leads with it).
   */
  public static Visibility ownedBy(Privilege privilege, Set<UUID> owners) {
    return new Visibility(privilege, false, owners, Set.of(), Set.of(), Set.of(), Optional.empty());
  }

  /** Whether no record can be visible. */
  public boolean isNothing() {
    return !everything && owners.isEmpty() && units.isEmpty() && unitTrees.isEmpty() && shareGrantees.isEmpty()
        && reportsOf.isEmpty();
  }

  /** How many values the predicate holds: its size, independent of the data. */
  public int size() {
    return owners.size() + units.size() + unitTrees.size() + shareGrantees.size() + (reportsOf.isPresent() ? 1 : 0);
  }

  /** The reference semantics: whether {@code record} is visible, resolving the graph through {@code graph}. */
  public boolean admits(OwnedRecord<?> record, AccessGraph graph) {
    if (everything) {
      return true;
    }
    TenantId tenant = record.tenantId();
    Owner owner = record.ownership().owner();
    BusinessUnitId unit = record.ownership().owningUnitId();
    if (owners.contains(owner.uuid()) || units.contains(unit)) {
      return true;
    }
    for (BusinessUnitId root : unitTrees) {
      if (graph.isInUnitTree(tenant, unit, root)) {
        return true;
      }
    }
    if (reportsOf.isPresent() && owner instanceof Owner.UserOwner user
        && graph.managerDistance(tenant, reportsOf.get().manager(), user.userId(), reportsOf.get().depth()) > 0) {
      return true;
    }
    return !shareGrantees.isEmpty()
        && graph.shareGranting(tenant, record.ref(), privilege, shareGrantees::contains).isPresent();
  }

  private static <T> Set<T> copy(Set<T> values, String name) {
    Objects.requireNonNull(values, name);
    return values.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }
}
