package org.crmkernel.spi.access;

import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TeamId;

/**
 * A principal's depth for one privilege on one kind, and the role it comes from: the most
 * permissive of the user's own roles and their owner teams' roles (the user's own role wins a
 * tie, then the lowest role id, so that the answer is stable).
 *
 * @param viaTeam the owner team the role is held through, if not the user's own
 */
public record EffectiveGrant(AccessDepth depth, RoleId roleId, String roleName, Optional<TeamId> viaTeam) {

  /** Rejects missing parts and a grant of nothing. */
  public EffectiveGrant {
    Objects.requireNonNull(depth, "depth");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(roleName, "roleName");
    Objects.requireNonNull(viaTeam, "viaTeam");
    if (depth == AccessDepth.NONE) {
      throw new IllegalArgumentException("a grant reaches at least user depth");
    }
  }
}
