package org.crmkernel.spi.access;

import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;

/**
 * What an access check is about: a record, its owner and the business unit depths are measured
 * from. Owned records have both; a user counts as owning their own user record; business units
 * and teams belong to a unit; organisation-owned records (roles, field definitions, profiles,
 * settings, audit entries) have neither and are reached at organisation depth only.
 *
 * @param record the record
 * @param owner who owns it, if anyone
 * @param owningUnit the unit depths are measured from, if any
 */
public record AccessTarget(RecordRef record, Optional<Owner> owner, Optional<BusinessUnitId> owningUnit) {

  /** Rejects missing parts. */
  public AccessTarget {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(owningUnit, "owningUnit");
  }

  /** An owned record. */
  public static AccessTarget of(OwnedRecord<?> record) {
    return of(record.ref(), record.ownership());
  }

  /** An owned record by reference and ownership, such as a record about to be created. */
  public static AccessTarget of(RecordRef record, Ownership ownership) {
    return new AccessTarget(record, Optional.of(ownership.owner()), Optional.of(ownership.owningUnitId()));
  }

  /** A user record: the user counts as its owner, in their unit. */
  public static AccessTarget of(User user) {
    return new AccessTarget(user.ref(), Optional.of(Owner.user(user.id())), Optional.of(user.businessUnitId()));
  }

  /** A business unit: measured from itself. */
  public static AccessTarget of(BusinessUnit unit) {
    return new AccessTarget(unit.ref(), Optional.empty(), Optional.of(unit.id()));
  }

  /** A team: measured from its unit. */
  public static AccessTarget of(Team team) {
    return new AccessTarget(team.ref(), Optional.empty(), Optional.of(team.businessUnitId()));
  }

  /** An organisation-owned record (or a new one of an organisation-owned kind). */
  public static AccessTarget ofOrganization(RecordRef record) {
    return new AccessTarget(record, Optional.empty(), Optional.empty());
  }
}
