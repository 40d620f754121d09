package org.crmkernel.spi.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.AccessGraph;
import org.crmkernel.spi.query.Visibility;

/**
 * One user's access, compiled: their unit, teams, effective privilege depths, field permissions
 * and the tenant settings in force, at one version of the tenant's {@link AccessSettings}. It
 * answers {@link #check} and {@link #visibility} with one semantics:
 *
 * <ul>
 *   <li>An inactive user, or a user of an inactive business unit, may do nothing.
 *   <li>A privilege on a kind needs a role granting it at user depth or more. User depth reaches
 *       records the user owns or an owner team of theirs owns; business unit depth adds records
 *       owned in their unit; parent-child depth adds records owned in units below it;
 *       organisation depth reaches everything. Organisation-owned kinds need organisation depth.
 *   <li>A share of an owned record with the user or any of their teams gives the rights it
 *       carries, but only privileges some role grants the user on that kind (never more).
 *   <li>A manager reaches records owned by direct reports for read, write, append and append-to,
 *       and by deeper reports down to the tenant's hierarchy depth for read only, again only for
 *       privileges some role grants them on that kind.
 * </ul>
 */
public final class AccessScope {

  private final TenantId tenant;
  private final UserId user;
  private final boolean active;
  private final BusinessUnitId unit;
  private final Set<TeamId> ownerTeams;
  private final Set<TeamId> teams;
  private final Set<UUID> owners;
  private final Set<UUID> grantees;
  // The same ids as pairs of longs: a user holds few, and a scan of a small array beats hashing
  // boxed UUIDs on the hot path of every check.
  private final long[] ownerBits;
  private final long[] granteeBits;
  private final Map<RecordKind, Map<Privilege, EffectiveGrant>> grants;
  private final Map<FieldKey, FieldPermission> fieldPermissions;
  private final AccessSettings settings;

  private AccessScope(User user, boolean unitActive, Collection<Team> teams, Map<RoleId, SecurityRole> roles,
      Collection<FieldSecurityProfile> profiles, AccessSettings settings) {
    this.tenant = user.tenantId();
    this.user = user.id();
    this.active = user.active() && unitActive;
    this.unit = user.businessUnitId();
    this.settings = settings;
    Set<TeamId> ownerTeamIds = new LinkedHashSet<>();
    Set<TeamId> teamIds = new LinkedHashSet<>();
    List<Team> memberOf = new ArrayList<>();
    for (Team team : teams) {
      if (team.members().contains(user.id()) && team.tenantId().equals(tenant)) {
        memberOf.add(team);
      }
    }
    memberOf.sort((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.id().value(), b.id().value()));
    for (Team team : memberOf) {
      teamIds.add(team.id());
      if (team.type() == TeamType.OWNER) {
        ownerTeamIds.add(team.id());
      }
    }
    this.ownerTeams = Collections.unmodifiableSet(ownerTeamIds);
    this.teams = Collections.unmodifiableSet(teamIds);
    Set<UUID> ownerIds = new LinkedHashSet<>();
    ownerIds.add(user.id().value());
    ownerTeamIds.forEach(t -> ownerIds.add(t.value()));
    this.owners = Collections.unmodifiableSet(ownerIds);
    Set<UUID> granteeIds = new LinkedHashSet<>();
    granteeIds.add(user.id().value());
    teamIds.forEach(t -> granteeIds.add(t.value()));
    this.grantees = Collections.unmodifiableSet(granteeIds);
    this.ownerBits = bits(ownerIds);
    this.granteeBits = bits(granteeIds);
    this.grants = compileGrants(user, memberOf, roles);
    this.fieldPermissions = compileFields(user.id(), teamIds, profiles);
  }

  /**
   * Compiles a user's scope.
   *
   * @param user the user
   * @param unitActive whether the user's business unit is active
   * @param teams teams of the tenant; those the user is not a member of are ignored
   * @param roles the roles the user and their owner teams hold (unknown ids are ignored)
   * @param profiles field security profiles; those not naming the user or a team of theirs are
   *     ignored
   * @param settings the tenant's access settings
   */
  public static AccessScope compile(User user, boolean unitActive, Collection<Team> teams, Map<RoleId, SecurityRole> roles,
      Collection<FieldSecurityProfile> profiles, AccessSettings settings) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(settings, "settings");
    if (!settings.tenantId().equals(user.tenantId())) {
      throw new IllegalArgumentException("the settings are another tenant's");
    }
    return new AccessScope(user, unitActive, teams, roles, profiles, settings);
  }

  private static long[] bits(Set<UUID> ids) {
    long[] bits = new long[ids.size() * 2];
    int i = 0;
    for (UUID id : ids) {
      bits[i++] = id.getMostSignificantBits();
      bits[i++] = id.getLeastSignificantBits();
    }
    return bits;
  }

  private static boolean contains(long[] bits, UUID id) {
    long most = id.getMostSignificantBits();
    long least = id.getLeastSignificantBits();
    for (int i = 0; i < bits.length; i += 2) {
      if (bits[i + 1] == least && bits[i] == most) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code id} is the user or one of their teams: whose shares count. */
  private boolean isGrantee(UUID id) {
    return contains(granteeBits, id);
  }

  private static Map<RecordKind, Map<Privilege, EffectiveGrant>> compileGrants(User user, List<Team> memberOf,
      Map<RoleId, SecurityRole> roles) {
    EnumMap<RecordKind, Map<Privilege, EffectiveGrant>> result = new EnumMap<>(RecordKind.class);
    // The user's own roles first, then owner teams' in id order: a later role wins only if deeper.
    List<Map.Entry<RoleId, Optional<TeamId>>> held = new ArrayList<>();
    user.roleIds().forEach(r -> held.add(Map.entry(r, Optional.empty())));
    for (Team team : memberOf) {
      if (team.type() == TeamType.OWNER) {
        team.roleIds().forEach(r -> held.add(Map.entry(r, Optional.of(team.id()))));
      }
    }
    for (Map.Entry<RoleId, Optional<TeamId>> entry : held) {
      SecurityRole role = roles.get(entry.getKey());
      if (role == null || !role.tenantId().equals(user.tenantId())) {
        continue;
      }
      role.grants().depths().forEach((kind, row) -> row.forEach((privilege, depth) -> {
        Map<Privilege, EffectiveGrant> cells = result.computeIfAbsent(kind, k -> new EnumMap<>(Privilege.class));
        EffectiveGrant current = cells.get(privilege);
        if (current == null || depth.compareTo(current.depth()) > 0) {
          cells.put(privilege, new EffectiveGrant(depth, role.id(), role.name(), entry.getValue()));
        }
      }));
    }
    return result;
  }

  private static Map<FieldKey, FieldPermission> compileFields(UserId user, Set<TeamId> teams,
      Collection<FieldSecurityProfile> profiles) {
    Map<FieldKey, FieldPermission> result = new HashMap<>();
    for (FieldSecurityProfile profile : profiles) {
      boolean member = profile.users().contains(user) || profile.teams().stream().anyMatch(teams::contains);
      if (member) {
        profile.permissions().forEach((field, permission) -> result.merge(field, permission, FieldPermission::or));
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /** The tenant. */
  public TenantId tenantId() {
    return tenant;
  }

  /** The user. */
  public UserId userId() {
    return user;
  }

  /** Whether the user may act at all: active, in an active business unit. */
  public boolean isActive() {
    return active;
  }

  /** The user's business unit. */
  public BusinessUnitId businessUnitId() {
    return unit;
  }

  /** The teams the user belongs to, owner and access teams. */
  public Set<TeamId> teams() {
    return teams;
  }

  /** The owner teams the user belongs to. */
  public Set<TeamId> ownerTeams() {
    return ownerTeams;
  }

  /** The settings (and their version) this scope was compiled at. */
  public AccessSettings settings() {
    return settings;
  }

  /** The version of the tenant's access settings this scope was compiled at. */
  public long version() {
    return settings.version();
  }

  /** The user's depth for {@code privilege} on {@code kind}, and the role it comes from. */
  public Optional<EffectiveGrant> grant(RecordKind kind, Privilege privilege) {
    Map<Privilege, EffectiveGrant> row = grants.get(kind);
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(privilege));
  }

  /** What the user's field security profiles allow on a secured field (nothing if none names it). */
  public FieldPermission securedFieldPermission(FieldKey field) {
    return fieldPermissions.getOrDefault(field, FieldPermission.NONE);
  }

  /**
   * How many levels of reports a manager's privilege reaches: the tenant's depth for read, one
   * level for write, append and append-to, none for the rest.
   */
  public int hierarchyLevels(Privilege privilege) {
    int depth = settings.hierarchyDepth();
    return switch (privilege) {
      case READ -> depth;
      case WRITE, APPEND, APPEND_TO -> Math.min(1, depth);
      default -> 0;
    };
  }

  /**
   * The owned records of {@code kind} the user may exercise {@code privilege} on, as a predicate
   * stores apply inside their queries.
   *
   * @throws IllegalArgumentException if {@code kind} has no owned records
   */
  public Visibility visibility(RecordKind kind, Privilege privilege) {
    if (!kind.isOwned()) {
      throw new IllegalArgumentException(kind + " records are not owned; visibility applies to owned kinds");
    }
    Optional<EffectiveGrant> grant = active ? grant(kind, privilege) : Optional.empty();
    if (grant.isEmpty()) {
      return Visibility.nothing(privilege);
    }
    AccessDepth depth = grant.get().depth();
    if (depth == AccessDepth.ORGANIZATION) {
      return Visibility.everything(privilege);
    }
    Set<BusinessUnitId> units = depth == AccessDepth.BUSINESS_UNIT ? Set.of(unit) : Set.of();
    Set<BusinessUnitId> trees = depth == AccessDepth.PARENT_CHILD_UNITS ? Set.of(unit) : Set.of();
    int levels = hierarchyLevels(privilege);
    Set<UUID> shareGrantees = privilege.isShareable() ? grantees : Set.of();
    return new Visibility(privilege, false, owners, units, trees, shareGrantees,
        levels > 0 ? Optional.of(new Visibility.Reports(user, levels)) : Optional.empty());
  }

  /**
   * Whether the user may exercise {@code privilege} on {@code target}, and why. With {@code
   * allReasons} every reason is listed (for access reviews); otherwise the first one found, which
   * is cheaper. The target must be a record of the scope's tenant, read through the tenant's
   * stores: a target carries no tenant of its own.
   */
  public AccessDecision check(Privilege privilege, AccessTarget target, AccessGraph graph, boolean allReasons) {
    Objects.requireNonNull(privilege, "privilege");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(graph, "graph");
    RecordKind kind = target.record().kind();
    if (!active) {
      return denied(privilege, target, () -> "the user is inactive or works in an inactive business unit");
    }
    Map<Privilege, EffectiveGrant> row = grants.get(kind);
    EffectiveGrant grant = row == null ? null : row.get(privilege);
    if (grant == null) {
      return denied(privilege, target, () -> "no role grants " + privilege.label() + " on " + kindLabel(kind) + " records");
    }
    AccessDepth depth = grant.depth();
    // The first reason found is returned at once, without a list, unless every reason is wanted.
    List<AccessReason> reasons = allReasons ? new ArrayList<>(2) : List.of();
    if (depth == AccessDepth.ORGANIZATION) {
      AccessReason reason = byRole(AccessReason.Basis.ORGANIZATION, grant);
      if (!allReasons) {
        return allowed(privilege, target, reason);
      }
      reasons.add(reason);
    }
    if (kind.isOrganizationOwned()) {
      return reasons.isEmpty()
          ? denied(privilege, target, () -> kindLabel(kind) + " records belong to the organisation, but role '"
              + grant.roleName() + "' grants " + privilege.label() + " only at " + depthLabel(depth) + " depth")
          : allowed(privilege, target, reasons);
    }
    Optional<Owner> owner = target.owner();
    if (owner.isPresent() && contains(ownerBits, owner.get().uuid())) {
      AccessReason reason = byRole(owner.get() instanceof Owner.UserOwner ? AccessReason.Basis.OWNER
          : AccessReason.Basis.OWNER_TEAM, grant);
      if (!allReasons) {
        return allowed(privilege, target, reason);
      }
      reasons.add(reason);
    }
    Optional<BusinessUnitId> owningUnit = target.owningUnit();
    if (owningUnit.isPresent() && depth.atLeast(AccessDepth.BUSINESS_UNIT) && depth != AccessDepth.ORGANIZATION) {
      AccessReason reason = null;
      if (owningUnit.get().equals(unit)) {
        reason = byRole(AccessReason.Basis.BUSINESS_UNIT, grant);
      } else if (depth == AccessDepth.PARENT_CHILD_UNITS && graph.isInUnitTree(tenant, owningUnit.get(), unit)) {
        reason = byRole(AccessReason.Basis.UNIT_TREE, grant);
      }
      if (reason != null) {
        if (!allReasons) {
          return allowed(privilege, target, reason);
        }
        reasons.add(reason);
      }
    }
    if (kind.isOwned()) {
      int levels = hierarchyLevels(privilege);
      if (levels > 0 && owner.isPresent() && owner.get() instanceof Owner.UserOwner report) {
        int distance = graph.managerDistance(tenant, user, report.userId(), levels);
        if (distance > 0) {
          AccessReason reason = new AccessReason.ByHierarchy(report.userId(), distance);
          if (!allReasons) {
            return allowed(privilege, target, reason);
          }
          reasons.add(reason);
        }
      }
      if (privilege.isShareable() && !allReasons) {
        Optional<RecordShare> share = graph.shareGranting(tenant, target.record(), privilege, this::isGrantee);
        if (share.isPresent()) {
          return allowed(privilege, target, new AccessReason.ByShare(share.get().id(), share.get().grantee(),
              share.get().rights()));
        }
      } else if (privilege.isShareable()) {
        for (RecordShare share : graph.sharesOf(tenant, target.record())) {
          if (share.grants(privilege) && isGrantee(share.grantee().uuid())) {
            reasons.add(new AccessReason.ByShare(share.id(), share.grantee(), share.rights()));
          }
        }
      }
    }
    if (!reasons.isEmpty()) {
      return allowed(privilege, target, reasons);
    }
    return denied(privilege, target, () -> "role '" + grant.roleName() + "' grants " + privilege.label() + " on "
        + kindLabel(kind) + " records at " + depthLabel(depth) + " depth, which does not reach this record, and no"
        + " share or reporting line gives it");
  }

  private static AccessReason byRole(AccessReason.Basis basis, EffectiveGrant grant) {
    return new AccessReason.ByRole(basis, grant.depth(), grant.roleId(), grant.roleName(), grant.viaTeam());
  }

  private AccessDecision allowed(Privilege privilege, AccessTarget target, AccessReason reason) {
    return AccessDecision.allowed(user, privilege, target.record(), List.of(reason));
  }

  private AccessDecision allowed(Privilege privilege, AccessTarget target, List<AccessReason> reasons) {
    return AccessDecision.allowed(user, privilege, target.record(), reasons);
  }

  private AccessDecision denied(Privilege privilege, AccessTarget target, java.util.function.Supplier<String> why) {
    return AccessDecision.denied(user, privilege, target.record(), why);
  }

  private static String kindLabel(RecordKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String depthLabel(AccessDepth depth) {
    return depth.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  @Override
  public String toString() {
    return "AccessScope[user=" + user + ", unit=" + unit + ", teams=" + teams.size() + ", version=" + version() + "]";
  }
}
