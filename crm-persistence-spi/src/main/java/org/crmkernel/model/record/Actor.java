package org.crmkernel.model.record;

import java.util.Objects;
import org.crmkernel.model.id.UserId;

/** Who performed a change: a user, or the system (a host's own process). */
public sealed interface Actor {

  /** The system actor. */
  static Actor system() {
    return SystemActor.INSTANCE;
  }

  /** A user as actor. */
  static Actor user(UserId user) {
    return new UserActor(user);
  }

  /** A stable text form: {@code system} or {@code user:<uuid>}. */
  String describe();

  /** The system: a host process acting without a user, still audited. */
  record SystemActor() implements Actor {
    static final SystemActor INSTANCE = new SystemActor();

    @Override
    public String describe() {
      return "system";
    }
  }

  /** A user of the directory. */
  record UserActor(UserId userId) implements Actor {
    /** Rejects a missing id. */
    public UserActor {
      Objects.requireNonNull(userId, "userId");
    }

    @Override
    public String describe() {
      return "user:" + userId;
    }
  }
}
