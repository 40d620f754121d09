package org.crmkernel.directory;

import java.util.Collection;
import java.util.Optional;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * The tenant's directory as far as ownership and access need it: the business unit tree, users,
 * teams and who holds which security role. Every change is one transaction, audited and reported
 * as an event, and stores a new access version so that compiled access scopes are recompiled.
 *
 * <p>In a user session every call is checked: creating needs the create privilege on the kind
 * (measured from the record about to be created), changing needs write, reading needs read, and
 * lists hold only what the user's read depth reaches (filtered inside the store query). Giving or
 * taking a role also needs assign on security roles, and a user can never give a role that
 * reaches further than their own rights. A denial raises {@link
 * org.crmkernel.model.error.AccessDeniedException} and writes nothing but its audit entry.
 *
 * <p>Calls that change a record name the version they read and fail with {@link
 * org.crmkernel.model.error.StaleVersionException} if it is no longer current; the record itself
 * must exist in the tenant ({@link org.crmkernel.model.error.RecordNotFoundException} otherwise);
 * bad input and bad references fail with {@link
 * org.crmkernel.model.error.CrmValidationException} listing every problem.
 */
@com.google.common.annotations.Beta
public interface DirectoryService {

  /**
   * Creates the root business unit of the tenant.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the tenant already has one
   */
  BusinessUnit createRootUnit(String name);

  /** Creates a business unit under the active unit {@code parent}. */
  BusinessUnit createUnit(String name, BusinessUnitId parent);

  /**
   * Creates an active user in the active unit {@code unit}, with an optional manager (an active
   * user of the tenant). The e-mail address is unique per tenant.
   */
  User createUser(String fullName, String email, BusinessUnitId unit, Optional<UserId> manager);

  /** Creates a team of {@code type} in {@code unit} with the given members (active users). */
  Team createTeam(String name, TeamType type, BusinessUnitId unit, Collection<UserId> members);

  /** The root business unit, once created. */
  Optional<BusinessUnit> rootUnit();

  /** The unit with {@code id}, if any. */
  Optional<BusinessUnit> findUnit(BusinessUnitId id);

  /** The user with {@code id}, if any. */
  Optional<User> findUser(UserId id);

  /** The team with {@code id}, if any. */
  Optional<Team> findTeam(TeamId id);

  /** One page of units. */
  Page<BusinessUnit> units(Query<BusinessUnit> query);

  /** One page of users. */
  Page<User> users(Query<User> query);

  /** One page of teams. */
  Page<Team> teams(Query<Team> query);

  // ---- business units

  /**
   * Renames a unit.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the name is blank or too long
   */
  BusinessUnit renameUnit(BusinessUnitId id, long expectedVersion, String name);

  /**
   * Moves a unit, with every unit below it, under another parent. Only the unit's own row
   * changes: records owned in the subtree keep their owning unit, and access depths follow the
   * new tree.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the unit is the root, or the new
   *     parent is unknown, inactive, the unit itself or one of its descendants
   */
  BusinessUnit moveUnit(BusinessUnitId id, long expectedVersion, BusinessUnitId newParent);

  /**
   * Deactivates a unit: its users may no longer act, and no unit, user or team can be placed in
   * it. Units below it stay as they are. Deactivating an inactive unit changes nothing.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the unit is the root
   */
  BusinessUnit deactivateUnit(BusinessUnitId id, long expectedVersion);

  /** Reactivates a unit; reactivating an active unit changes nothing. */
  BusinessUnit reactivateUnit(BusinessUnitId id, long expectedVersion);

  // ---- users

  /**
   * Moves a user to the active unit {@code unit}. With {@link
   * OwnedRecordsOnMove#MOVE_WITH_USER}, the accounts, contacts, leads, deals and activities the
   * user owns move their owning unit along (as Dynamics 365 does), each audited as an owner
   * assignment, in the same transaction.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the unit is unknown or inactive
   */
  User moveUser(UserId id, long expectedVersion, BusinessUnitId unit, OwnedRecordsOnMove records);

  /**
   * Sets the user's manager (an active user of the tenant), or clears it with {@code
   * Optional.empty()}.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the manager is unknown, inactive,
   *     the user themselves or one of the user's (direct or indirect) reports
   */
  User setManager(UserId id, long expectedVersion, Optional<UserId> manager);

  /** Deactivates a user: they may no longer act. Deactivating an inactive user changes nothing. */
  User deactivateUser(UserId id, long expectedVersion);

  /** Reactivates a user; reactivating an active user changes nothing. */
  User reactivateUser(UserId id, long expectedVersion);

  // ---- teams

  /**
   * Adds active users of the tenant to a team; users already in it are left as they are.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if a user is unknown or inactive, or
   *     the team would grow beyond its limit
   */
  Team addTeamMembers(TeamId id, long expectedVersion, Collection<UserId> users);

  /** Removes users from a team; users not in it are ignored. */
  Team removeTeamMembers(TeamId id, long expectedVersion, Collection<UserId> users);

  // ---- roles

  /**
   * Gives a user a security role; a role the user already holds changes nothing.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the role is not the tenant's, or
   *     the user would hold more than {@link User#MAX_ROLES}
   */
  User assignRole(UserId user, long expectedVersion, RoleId role);

  /** Takes a security role from a user; a role the user does not hold changes nothing. */
  User removeRole(UserId user, long expectedVersion, RoleId role);

  /**
   * Gives an owner team a security role, which every member then holds through the team.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the team is an access team (they
   *     hold no roles) or the role is not the tenant's
   */
  Team assignTeamRole(TeamId team, long expectedVersion, RoleId role);

  /** Takes a security role from a team; a role the team does not hold changes nothing. */
  Team removeTeamRole(TeamId team, long expectedVersion, RoleId role);
}
