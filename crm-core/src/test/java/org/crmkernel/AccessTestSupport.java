package org.crmkernel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessScopes;

/**
 * A kernel with an organisation to test access with. Roles, role assignments, settings and field
 * security are written straight to the store, as another JVM or a host's migration would, with
 * the settings version bumped as the kernel does: so these tests also show that cached scopes
 * follow changes they did not make themselves.
 */
abstract class AccessTestSupport extends KernelTestSupport {

  /** A role granting {@code depth} for every privilege on the customer kinds. */
  RoleId roleOnCustomers(String name, AccessDepth depth) {
    RoleGrants grants = RoleGrants.none();
    for (RecordKind kind : Set.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD)) {
      grants = grants.withAll(kind, depth);
    }
    return role(name, grants);
  }

  /** A role with the given grants on accounts only. */
  RoleId roleOnAccounts(String name, Map<Privilege, AccessDepth> cells) {
    Map<RecordKind, Map<Privilege, AccessDepth>> depths = new EnumMap<>(RecordKind.class);
    depths.put(RecordKind.ACCOUNT, cells);
    return role(name, new RoleGrants(depths));
  }

  RoleId role(String name, RoleGrants grants) {
    return new StoredRoles(store, tenant, clock).role(name, grants);
  }

  /** Gives {@code user} the roles (replacing theirs) and bumps the access version. */
  User giveRoles(User user, RoleId... roles) {
    return new StoredRoles(store, tenant, clock).giveRoles(user, roles);
  }

  /** Activates or deactivates {@code user} and bumps the access version. */
  void setActive(User user, boolean active) {
    store.write(tx -> {
      User current = tx.users().get(tenant, user.id());
      tx.users().update(new User(current.id(), tenant, current.fullName(), current.email(), current.businessUnitId(),
          current.managerId(), active, current.roleIds(), current.revision().next(clock.instant())), current.version());
      bump(tx);
      return null;
    });
  }

  void settings(int hierarchyDepth, Set<FieldKey> securedFields) {
    store.write(tx -> tx.accessSettings().save(AccessScopes.settingsOf(tx, tenant).next(hierarchyDepth, securedFields)));
  }

  /** A field security profile of {@code users} with {@code permissions}, access version bumped. */
  void profile(String name, Map<FieldKey, FieldPermission> permissions, User... users) {
    store.write(tx -> {
      SortedSet<org.crmkernel.model.id.UserId> members = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
      for (User user : users) {
        members.add(user.id());
      }
      tx.fieldSecurityProfiles().insert(new FieldSecurityProfile(FieldSecurityProfileId.generate(clock), tenant, name,
          permissions, members, new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value())),
          Revision.first(clock.instant())));
      bump(tx);
      return null;
    });
  }

  /** Stores the next access settings version, as the kernel does with every change scopes depend on. */
  void bump(StoreTransaction tx) {
    tx.accessSettings().save(AccessScopes.settingsOf(tx, tenant).bumped());
  }

  User user(String name, BusinessUnit unit, Optional<User> manager) {
    return session.directory().createUser(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@acme.example",
        unit.id(), manager.map(User::id));
  }

  CrmSession as(User user) {
    return crm.tenant(tenant).as(user.id());
  }
}
