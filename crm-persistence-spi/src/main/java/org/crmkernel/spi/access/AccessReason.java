package org.crmkernel.spi.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;

/** Why a principal may do something to a record; every allowed decision carries at least one. */
public sealed interface AccessReason {

  /** A sentence a person can read. */
  String describe();

  /** How a role's depth reaches the record. */
  enum Basis {
    /** The principal owns the record. */
    OWNER,
    /** An owner team the principal belongs to owns the record. */
    OWNER_TEAM,
    /** The record is owned in the principal's business unit. */
    BUSINESS_UNIT,
    /** The record is owned in a unit below the principal's. */
    UNIT_TREE,
    /** The role reaches the whole organisation. */
    ORGANIZATION
  }

  /**
   * The role that grants the privilege at a depth that reaches the record.
   *
   * @param viaTeam the owner team the role is held through, if not the user's own
   */
  record ByRole(Basis basis, AccessDepth depth, RoleId roleId, String roleName, Optional<TeamId> viaTeam)
      implements AccessReason {
    /** Rejects missing parts. */
    public ByRole {
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(depth, "depth");
      Objects.requireNonNull(roleId, "roleId");
      Objects.requireNonNull(roleName, "roleName");
      Objects.requireNonNull(viaTeam, "viaTeam");
    }

    @Override
    public String describe() {
      String where = switch (basis) {
        case OWNER -> "owns the record";
        case OWNER_TEAM -> "belongs to the owner team that owns the record";
        case BUSINESS_UNIT -> "works in the business unit that owns the record";
        case UNIT_TREE -> "works in a business unit above the one that owns the record";
        case ORGANIZATION -> "holds it across the organisation";
      };
      return where + ", and role '" + roleName + "'" + viaTeam.map(t -> " (through team " + t + ")").orElse("")
          + " grants it at " + depth.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " depth";
    }
  }

  /** A share of the record with the principal or one of their teams. */
  record ByShare(ShareId shareId, Principal grantee, Set<Privilege> rights) implements AccessReason {
    /** Rejects missing parts. */
    public ByShare {
      Objects.requireNonNull(shareId, "shareId");
      Objects.requireNonNull(grantee, "grantee");
      rights = Set.copyOf(rights);
    }

    @Override
    public String describe() {
      return "the record is shared with " + grantee.ref() + " (share " + shareId + ")";
    }
  }

  /** The record's owner reports to the principal. */
  record ByHierarchy(UserId owner, int levels) implements AccessReason {
    /** Rejects a missing owner. */
    public ByHierarchy {
      Objects.requireNonNull(owner, "owner");
    }

    @Override
    public String describe() {
      return "the owner " + owner + (levels == 1 ? " reports directly to them" : " reports to them through " + levels
          + " levels of management");
    }
  }
}
