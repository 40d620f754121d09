package org.crmkernel.model.record;

import java.util.Objects;
import java.util.UUID;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;

/** Who owns a record: a user or an owner team. */
public sealed interface Owner {

  /** Owned by a user. */
  static Owner user(UserId user) {
    return new UserOwner(user);
  }

  /** Owned by an owner team. */
  static Owner team(TeamId team) {
    return new TeamOwner(team);
  }

  /** The owner's id as a reference. */
  RecordRef ref();

  /** The owner's UUID, for filters on owner. */
  default UUID uuid() {
    return ref().id();
  }

  /** A user as owner. */
  record UserOwner(UserId userId) implements Owner {
    /** Rejects a missing id. */
    public UserOwner {
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

  /** An owner team as owner. */
  record TeamOwner(TeamId teamId) implements Owner {
    /** Rejects a missing id. */
    public TeamOwner {
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
