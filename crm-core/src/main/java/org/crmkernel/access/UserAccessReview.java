package org.crmkernel.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.access.EffectiveGrant;

/**
 * A user's effective access: per record kind and privilege the depth and the role (and owner
 * team) it comes from, their teams, their permissions on secured fields and the manager
 * hierarchy depth in force.
 *
 * @param active whether the user may act at all
 */
public record UserAccessReview(
    UserId user,
    boolean active,
    BusinessUnitId businessUnit,
    Set<TeamId> teams,
    Map<RecordKind, Map<Privilege, EffectiveGrant>> rights,
    Map<FieldKey, FieldPermission> securedFields,
    int hierarchyDepth) {

  /** Copies the collections. */
  public UserAccessReview {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(businessUnit, "businessUnit");
    teams = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(teams));
    java.util.EnumMap<RecordKind, Map<Privilege, EffectiveGrant>> byKind = new java.util.EnumMap<>(RecordKind.class);
    rights.forEach((kind, row) -> byKind.put(kind, java.util.Collections.unmodifiableMap(row.isEmpty()
        ? new java.util.EnumMap<Privilege, EffectiveGrant>(Privilege.class) : new java.util.EnumMap<>(row))));
    rights = java.util.Collections.unmodifiableMap(byKind);
    securedFields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(securedFields));
  }

  /** The depth {@code privilege} on {@code kind} reaches. */
  public AccessDepth depth(RecordKind kind, Privilege privilege) {
    Map<Privilege, EffectiveGrant> row = rights.get(kind);
    EffectiveGrant grant = row == null ? null : row.get(privilege);
    return grant == null ? AccessDepth.NONE : grant.depth();
  }

  /** One line per granted privilege, for people: {@code account read: organization (role 'Sales', team ...)}. */
  public List<String> describe() {
    return rights.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .flatMap(row -> row.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(cell -> row.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + cell.getKey().label() + ": "
                + cell.getValue().depth().name().toLowerCase(java.util.Locale.ROOT) + " (role '" + cell.getValue().roleName()
                + "'" + cell.getValue().viaTeam().map(t -> ", through team " + t).orElse("") + ")"))
        .toList();
  }
}
