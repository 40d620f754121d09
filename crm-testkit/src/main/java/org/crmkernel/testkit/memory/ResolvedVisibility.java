package org.crmkernel.testkit.memory;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Visibility;

/**
 * A {@link Visibility} with its graph resolved for one read of one kind, as the unit of work sees
 * the graph then: unit subtrees expanded to units, the manager's reports to user ids, and the
 * grantees' shares to record ids. Deciding a row then takes at most three hash lookups, and
 * {@link #admits} agrees with {@link Visibility#admits} over the same graph. Never contains
 * {@code everything}: callers answer that with the unrestricted read.
 */
final class ResolvedVisibility {

  private final Set<UUID> owners;
  private final Set<UUID> reports;
  private final Set<UUID> ownerKeys;
  private final Set<BusinessUnitId> units;
  private final Set<UUID> sharedRecords;

  private ResolvedVisibility(Set<UUID> owners, Set<UUID> reports, Set<BusinessUnitId> units, Set<UUID> sharedRecords) {
    this.owners = owners;
    this.reports = reports;
    this.units = units;
    this.sharedRecords = sharedRecords;
    Set<UUID> keys = new LinkedHashSet<>(owners);
    keys.addAll(reports);
    this.ownerKeys = keys;
  }

  /** Resolves {@code visibility} (not {@code everything}) for {@code kind} records of {@code tenant}. */
  static ResolvedVisibility resolve(Visibility visibility, RecordKind kind, TenantId tenant, MemoryAccessGraph graph) {
    if (visibility.everything()) {
      throw new IllegalArgumentException("a visibility of everything is answered by the unrestricted read");
    }
    Set<BusinessUnitId> units = new HashSet<>();
    for (BusinessUnitId root : visibility.unitTrees()) {
      graph.addUnitTree(tenant, root, units);
    }
    units.addAll(visibility.units());
    Set<UUID> reports = visibility.reportsOf()
        .map(r -> graph.reports(tenant, r.manager(), r.depth()))
        .orElse(Set.of());
    Set<UUID> shared = new HashSet<>();
    for (UUID grantee : visibility.shareGrantees()) {
      graph.addSharedRecords(tenant, grantee, kind, visibility.privilege(), shared);
    }
    return new ResolvedVisibility(visibility.owners(), reports, units, shared);
  }

  /** Whether the record is visible through its owner: one of the owners, or a report. */
  boolean byOwner(OwnedRecord<?> row) {
    Owner owner = row.ownership().owner();
    // Owner.uuid() builds a reference on the way; a pass asks this of every row.
    if (owner instanceof Owner.UserOwner user) {
      UUID id = user.userId().value();
      return owners.contains(id) || reports.contains(id);
    }
    return owners.contains(((Owner.TeamOwner) owner).teamId().value());
  }

  /** Whether the record is visible through its owning unit. */
  boolean byUnit(OwnedRecord<?> row) {
    return units.contains(row.ownership().owningUnitId());
  }

  /** Whether the record is visible through a share. */
  boolean byShare(OwnedRecord<?> row) {
    return sharedRecords.contains(row.id().value());
  }

  /** Whether the record is visible: {@link Visibility#admits} over the graph resolved. */
  boolean admits(OwnedRecord<?> row) {
    // The unit first: where most rows are visible, they are visible through their unit.
    return byUnit(row) || byOwner(row) || byShare(row);
  }

  /** The owners and reports, whose records the owner index gives. */
  Set<UUID> ownerKeys() {
    return ownerKeys;
  }

  /** The units, expanded subtrees included. */
  Set<BusinessUnitId> units() {
    return units;
  }

  /** The ids of records shared with a grantee with the privilege. */
  Set<UUID> sharedRecords() {
    return sharedRecords;
  }
}
