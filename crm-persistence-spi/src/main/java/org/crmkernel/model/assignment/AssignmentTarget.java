package org.crmkernel.model.assignment;

import java.util.Objects;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;

/** Who a matching rule gives the lead to: one user, or a member of a team. */
public sealed interface AssignmentTarget {

  /** One user; an inactive user makes the rule pass the lead on to the next rule. */
  record ToUser(UserId user) implements AssignmentTarget {
    /** Rejects a missing user. */
    public ToUser {
      Objects.requireNonNull(user, "user");
    }
  }

  /** A member of a team, picked by {@code distribution} among its active members. */
  record ToTeam(TeamId team, Distribution distribution) implements AssignmentTarget {
    /** Rejects missing parts. */
    public ToTeam {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(distribution, "distribution");
    }
  }

  /** A user target. */
  static AssignmentTarget user(UserId user) {
    return new ToUser(user);
  }

  /** A team target. */
  static AssignmentTarget team(TeamId team, Distribution distribution) {
    return new ToTeam(team, distribution);
  }
}
