package org.crmkernel.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkernel.assignment.internal.AssignmentState;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;

/**
 * The assignment engine's view of a tenant, read from the store once and kept in maps: what the
 * engine costs when nothing is read during the decision. Team members are kept in the order
 * {@link Team} holds them (by id, unsigned), as the kernel's own state gives them.
 */
final class SnapshotAssignmentState implements AssignmentState {

  private final Map<UserId, User> users;
  private final Map<TeamId, Team> teams;
  private final Map<TeamId, List<UserId>> activeMembers = new HashMap<>();
  private final Map<UserId, Long> openLeads;

  SnapshotAssignmentState(Map<UserId, User> users, Map<TeamId, Team> teams, Map<UserId, Long> openLeads) {
    this.users = Map.copyOf(users);
    this.teams = Map.copyOf(teams);
    this.openLeads = Map.copyOf(openLeads);
    teams.forEach((id, team) -> activeMembers.put(id, team.members().stream().filter(this::isActive).toList()));
  }

  @Override
  public List<UserId> activeMembers(TeamId team) {
    return activeMembers.getOrDefault(team, List.of());
  }

  @Override
  public boolean isActive(UserId user) {
    User found = users.get(user);
    return found != null && found.active();
  }

  @Override
  public Map<UserId, Long> openLeads(List<UserId> owners) {
    Map<UserId, Long> counts = new HashMap<>();
    for (UserId owner : owners) {
      counts.put(owner, openLeads.getOrDefault(owner, 0L));
    }
    return counts;
  }

  @Override
  public String userName(UserId user) {
    User found = users.get(user);
    return found == null ? user.toString() : found.fullName();
  }

  @Override
  public String teamName(TeamId team) {
    Team found = teams.get(team);
    return found == null ? team.toString() : found.name();
  }
}
