package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Security roles for the contract suite. The SPI declares no query fields for roles, so
 * queries use the id only, which every store can filter and sort by.
 */
final class SecurityRoleKind extends StoredKind<RoleId, SecurityRole> {

  /** Roles that users and teams of the record-store contracts hold. */
  static final List<RoleId> ROLE_IDS = ValuePools.REFERENCES.stream().map(RoleId::of).toList();

  private static final List<FieldRef<SecurityRole, ?>> FIELDS =
      List.of(StandardField.required(RecordKind.SECURITY_ROLE, "id", UUID.class, r -> r.id().value()));

  SecurityRoleKind() {
    super("security roles");
  }

  @Override
  RecordStore<RoleId, SecurityRole> store(StoreTransaction tx) {
    return tx.securityRoles();
  }

  @Override
  RoleId id(UUID value) {
    return RoleId.of(value);
  }

  @Override
  SecurityRole random(Random random, TenantId tenant) {
    return new SecurityRole(RoleId.of(ValuePools.uuid(random)), tenant, pick(random, ValuePools.TEXTS), grants(random),
        ValuePools.revision(random));
  }

  @Override
  SecurityRole withTenant(SecurityRole r, TenantId tenant) {
    return new SecurityRole(r.id(), tenant, r.name(), r.grants(), r.revision());
  }

  @Override
  SecurityRole withId(SecurityRole r, RoleId id) {
    return new SecurityRole(id, r.tenantId(), r.name(), r.grants(), r.revision());
  }

  @Override
  SecurityRole changed(SecurityRole r, Random random, long version) {
    return new SecurityRole(r.id(), r.tenantId(), pick(random, ValuePools.TEXTS), grants(random),
        ValuePools.revisionAt(r.revision(), version));
  }

  @Override
  List<FieldRef<SecurityRole, ?>> queryFields() {
    return FIELDS;
  }

  /** Random grants on owned, directory and organisation-owned kinds. */
  static RoleGrants grants(Random random) {
    RoleGrants grants = RoleGrants.none();
    for (RecordKind kind : RecordKind.values()) {
      if (!kind.isSecurable() || random.nextInt(3) == 0) {
        continue;
      }
      for (Privilege privilege : Privilege.values()) {
        AccessDepth depth = kind.isOrganizationOwned()
            ? (random.nextBoolean() ? AccessDepth.ORGANIZATION : AccessDepth.NONE)
            : pick(random, List.of(AccessDepth.values()));
        grants = grants.with(kind, privilege, depth);
      }
    }
    return grants;
  }

  /** Up to {@code max} role ids of {@link #ROLE_IDS}, sorted. */
  static TreeSet<RoleId> someRoles(Random random, int max) {
    TreeSet<RoleId> roles = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    roles.addAll(ValuePools.some(random, ROLE_IDS, max, r -> r));
    return roles;
  }
}
