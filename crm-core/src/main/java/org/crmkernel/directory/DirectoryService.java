package org.crmkernel.directory;

import java.util.Collection;
import java.util.Optional;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * The tenant's directory as far as ownership needs it: the business unit tree, users and teams.
 * Each creation is audited and reported as an event.
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
}
