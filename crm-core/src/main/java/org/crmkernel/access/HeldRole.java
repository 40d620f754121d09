package org.crmkernel.access;

import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.id.TeamId;

/**
 * A security role a user holds, for access reviews: held directly, or through an owner team the
 * user belongs to.
 *
 * @param role the role
 * @param viaTeam the owner team it is held through; empty when assigned to the user directly
 */
public record HeldRole(SecurityRole role, Optional<TeamId> viaTeam) {

  /** Rejects missing parts. */
  public HeldRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(viaTeam, "viaTeam");
  }
}
