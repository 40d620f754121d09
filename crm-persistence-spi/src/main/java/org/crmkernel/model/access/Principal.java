package org.crmkernel.model.access;

import java.util.Objects;
import java.util.UUID;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;

/** Someone records can be shared with: a user or a team (owner or access team). */
public sealed interface Principal {

  /** A user. */
  static Principal user(UserId user) {
    return new UserPrincipal(user);
  }

  /** A team. */
  static Principal team(TeamId team) {
    return new TeamPrincipal(team);
  }

  /** The principal as a record reference. */
  RecordRef ref();

  /** The principal's UUID. */
  default UUID uuid() {
    return ref().id();
  }

  /** A user as principal. */
  record UserPrincipal(UserId userId) implements Principal {
    /** Rejects a missing id. */
    public UserPrincipal {
      Objects.requireNonNull(userId, "userId");
    }

    @Override
    public RecordRef ref() {
      return userId.ref();
    }

    @Override
    public UUID uuid() {
      return userId.value();
    }
  }

  /** A team as principal. */
  record TeamPrincipal(TeamId teamId) implements Principal {
    /** Rejects a missing id. */
    public TeamPrincipal {
      Objects.requireNonNull(teamId, "teamId");
    }

    @Override
    public RecordRef ref() {
      return teamId.ref();
    }

    @Override
    public UUID uuid() {
      return teamId.value();
    }
  }
}
