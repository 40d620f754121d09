package org.crmkernel.customer.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.assignment.internal.AssignmentState;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Visibility;

/**
 * The assignment engine's view of one tenant inside one unit of work: users and teams read once
 * each and remembered, open leads counted in the store. Team members come sorted by id in
 * unsigned order, as {@link Team} keeps them.
 */
final class StoredAssignmentState implements AssignmentState {

  private static final List<String> OPEN_STATUSES =
      Arrays.stream(LeadStatus.values()).filter(LeadStatus::isOpen).map(Enum::name).toList();

  private final StoreTransaction tx;
  private final TenantId tenant;
  private final Filter<Lead> otherOpenLeads;
  private final Map<UserId, Optional<User>> users = new HashMap<>();
  private final Map<TeamId, Optional<Team>> teams = new HashMap<>();

  /** The state seen from {@code tx}, for assigning {@code lead}, which is left out of the counts. */
  StoredAssignmentState(StoreTransaction tx, TenantId tenant, LeadId lead) {
    this.tx = tx;
    this.tenant = tenant;
    this.otherOpenLeads = Filter.and(Filter.in(LeadFields.STATUS, OPEN_STATUSES),
        Filter.eq(LeadFields.STATE, RecordState.ACTIVE.name()), Filter.not(Filter.eq(LeadFields.ID, lead.value())));
  }

  @Override
  public List<UserId> activeMembers(TeamId team) {
    return team(team).map(t -> t.members().stream().filter(this::isActive).toList()).orElse(List.of());
  }

  @Override
  public boolean isActive(UserId user) {
    return user(user).map(User::active).orElse(false);
  }

  /**
   * One count per user, restricted to the user's leads by an owner visibility, so that every store
   * answers from its owner index instead of reading the tenant's leads once per member.
   */
  @Override
  public Map<UserId, Long> openLeads(List<UserId> owners) {
    Map<UserId, Long> counts = new HashMap<>();
    for (UserId owner : owners) {
      counts.put(owner, tx.leads().count(tenant, otherOpenLeads,
          Visibility.ownedBy(Privilege.READ, java.util.Set.of(owner.value()))));
    }
    return counts;
  }

  @Override
  public String userName(UserId user) {
    return user(user).map(User::fullName).orElse(user.toString());
  }

  @Override
  public String teamName(TeamId team) {
    return team(team).map(Team::name).orElse(team.toString());
  }

  private Optional<User> user(UserId id) {
    return users.computeIfAbsent(id, key -> tx.users().find(tenant, key));
  }

  private Optional<Team> team(TeamId id) {
    return teams.computeIfAbsent(id, key -> tx.teams().find(tenant, key));
  }
}
