package org.crmkernel.customer.internal;

import java.util.Optional;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.spi.StoreTransaction;
import org.jspecify.annotations.Nullable;

/** Resolves who owns a record and which business unit that makes the owning unit. */
public final class Owners {

  private Owners() {}

  /**
   * The ownership for {@code owner}, or for the acting user when none is given; null after
   * recording why there is none (no owner named by a system session, unknown or inactive user,
   * unknown team, an access team).
   */
  public static @Nullable Ownership resolve(StoreTransaction tx, TenantId tenant, Optional<Owner> owner, Actor actor,
      Violations violations) {
    Optional<Owner> chosen = owner.or(() -> actor instanceof Actor.UserActor user
        ? Optional.of(Owner.user(user.userId())) : Optional.empty());
    if (chosen.isEmpty()) {
      violations.add("owner", "required", "a system session must name the owner");
      return null;
    }
    if (chosen.get() instanceof Owner.UserOwner userOwner) {
      Optional<User> user = tx.users().find(tenant, userOwner.userId());
      if (user.isEmpty()) {
        violations.add("owner", "unknown_user", "no user " + userOwner.userId() + " in this tenant");
        return null;
      }
      if (!user.get().active()) {
        violations.add("owner", "inactive_user", "user " + user.get().fullName() + " is inactive");
        return null;
      }
      return new Ownership(chosen.get(), user.get().businessUnitId());
    }
    Owner.TeamOwner teamOwner = (Owner.TeamOwner) chosen.get();
    Optional<Team> team = tx.teams().find(tenant, teamOwner.teamId());
    if (team.isEmpty()) {
      violations.add("owner", "unknown_team", "no team " + teamOwner.teamId() + " in this tenant");
      return null;
    }
    if (team.get().type() != TeamType.OWNER) {
      violations.add("owner", "access_team", "team " + team.get().name() + " is an access team and cannot own records");
      return null;
    }
    return new Ownership(chosen.get(), team.get().businessUnitId());
  }
}
