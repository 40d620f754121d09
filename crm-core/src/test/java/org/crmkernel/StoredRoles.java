package org.crmkernel;

import java.time.Clock;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.access.AccessScopes;

/**
 * Roles written straight to a store for tests, with the access version bumped as the kernel does,
 * so that a test sets up who may do what without going through the role service it may be testing.
 */
public final class StoredRoles {

  private final CrmStore store;
  private final TenantId tenant;
  private final Clock clock;

  /** Roles of {@code tenant} in {@code store}, stamped by {@code clock}. */
  public StoredRoles(CrmStore store, TenantId tenant, Clock clock) {
    this.store = store;
    this.tenant = tenant;
    this.clock = clock;
  }

  /** A new role with {@code grants}. */
  public RoleId role(String name, RoleGrants grants) {
    RoleId id = RoleId.generate(clock);
    store.write(tx -> tx.securityRoles().insert(new SecurityRole(id, tenant, name, grants, Revision.first(clock.instant()))));
    return id;
  }

  /** Gives {@code user} the roles (replacing theirs) and bumps the access version; the stored user. */
  public User giveRoles(User user, RoleId... roles) {
    return store.write(tx -> {
      User current = tx.users().get(tenant, user.id());
      SortedSet<RoleId> ids = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
      ids.addAll(List.of(roles));
      User next = new User(current.id(), tenant, current.fullName(), current.email(), current.businessUnitId(),
          current.managerId(), current.active(), ids, current.revision().next(clock.instant()));
      tx.users().update(next, current.version());
      tx.accessSettings().save(AccessScopes.settingsOf(tx, tenant).bumped());
      return next;
    });
  }
}
