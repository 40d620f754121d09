package org.crmkernel.assignment.internal;

import java.util.List;
import java.util.Map;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;

/**
 * What the engine may know of the directory and of leads when it decides: asked only for the
 * targets of rules the lead matches, so that a thousand rules cost a thousand criteria checks and
 * not a thousand directory reads. An implementation answers the same questions the same way for
 * as long as one decision runs.
 */
public interface AssignmentState {

  /**
   * The team's active members, sorted by id in {@link org.crmkernel.model.id.Uuid7#UNSIGNED_ORDER};
   * empty when the team has none or does not exist.
   */
  List<UserId> activeMembers(TeamId team);

  /** Whether the user exists and is active. */
  boolean isActive(UserId user);

  /**
   * How many open leads (an open status, in the active state) each of {@code users} owns, not
   * counting the lead being assigned; a user without any may be left out of the map.
   */
  Map<UserId, Long> openLeads(List<UserId> users);

  /** The user's name, for reasons; the id's text when the user is unknown. */
  String userName(UserId user);

  /** The team's name, for reasons; the id's text when the team is unknown. */
  String teamName(TeamId team);
}
