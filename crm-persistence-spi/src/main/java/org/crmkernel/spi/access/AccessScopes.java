package org.crmkernel.spi.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;

/** Loads what a user's {@link AccessScope} depends on from a store and compiles it. */
public final class AccessScopes {

  private AccessScopes() {}

  /** The tenant's stored access settings, or its defaults. */
  public static AccessSettings settingsOf(StoreTransaction tx, TenantId tenant) {
    return tx.accessSettings().find(tenant).orElseGet(() -> AccessSettings.defaults(tenant));
  }

  /**
   * Compiles {@code user}'s scope from what {@code tx} sees.
   *
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such user
   */
  public static AccessScope load(StoreTransaction tx, TenantId tenant, UserId user) {
    AccessSettings settings = settingsOf(tx, tenant);
    User found = tx.users().get(tenant, user);
    boolean unitActive = tx.businessUnits().find(tenant, found.businessUnitId()).map(BusinessUnit::active).orElse(false);
    List<Team> teams = tx.teams().teamsWithMember(tenant, user);
    Map<RoleId, SecurityRole> roles = new HashMap<>();
    found.roleIds().forEach(id -> tx.securityRoles().find(tenant, id).ifPresent(r -> roles.put(id, r)));
    for (Team team : teams) {
      if (team.type() == TeamType.OWNER) {
        team.roleIds().forEach(id -> roles.computeIfAbsent(id, k -> tx.securityRoles().find(tenant, k).orElse(null)));
      }
    }
    roles.values().removeIf(java.util.Objects::isNull);
    List<FieldSecurityProfile> profiles;
    try (Stream<FieldSecurityProfile> all = tx.fieldSecurityProfiles().scan(tenant, Filter.all())) {
      profiles = all.toList();
    }
    return AccessScope.compile(found, unitActive, teams, roles, profiles, settings);
  }

  /** Whether {@code scope} is still current in what {@code tx} sees. */
  public static boolean isCurrent(AccessScope scope, StoreTransaction tx) {
    Optional<AccessSettings> stored = tx.accessSettings().find(scope.tenantId());
    return stored.map(AccessSettings::version).orElse(0L) == scope.version();
  }
}
