package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.pick;
import static org.crmkernel.testkit.contract.ValuePools.some;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Field security profiles for the contract suite. The SPI declares no query fields for
 * profiles, so queries use the id only.
 */
final class FieldSecurityProfileKind extends StoredKind<FieldSecurityProfileId, FieldSecurityProfile> {

  private static final List<FieldRef<FieldSecurityProfile, ?>> FIELDS =
      List.of(StandardField.required(RecordKind.FIELD_SECURITY_PROFILE, "id", UUID.class, p -> p.id().value()));

  private static final List<FieldKey> SECURED = List.of(
      new FieldKey(RecordKind.ACCOUNT, "annualRevenue"), new FieldKey(RecordKind.CONTACT, "birthDate"),
      new FieldKey(RecordKind.LEAD, "custom.region"), new FieldKey(RecordKind.ACCOUNT, "custom.score"));

  private static final List<FieldPermission> PERMISSIONS =
      List.of(FieldPermission.NONE, FieldPermission.READ, FieldPermission.READ_UPDATE);

  FieldSecurityProfileKind() {
    super("field security profiles");
  }

  @Override
  RecordStore<FieldSecurityProfileId, FieldSecurityProfile> store(StoreTransaction tx) {
    return tx.fieldSecurityProfiles();
  }

  @Override
  FieldSecurityProfileId id(UUID value) {
    return FieldSecurityProfileId.of(value);
  }

  @Override
  FieldSecurityProfile random(Random random, TenantId tenant) {
    return new FieldSecurityProfile(FieldSecurityProfileId.of(ValuePools.uuid(random)), tenant,
        pick(random, ValuePools.TEXTS), permissions(random), users(random), teams(random), ValuePools.revision(random));
  }

  @Override
  FieldSecurityProfile withTenant(FieldSecurityProfile p, TenantId tenant) {
    return new FieldSecurityProfile(p.id(), tenant, p.name(), p.permissions(), p.users(), p.teams(), p.revision());
  }

  @Override
  FieldSecurityProfile withId(FieldSecurityProfile p, FieldSecurityProfileId id) {
    return new FieldSecurityProfile(id, p.tenantId(), p.name(), p.permissions(), p.users(), p.teams(), p.revision());
  }

  @Override
  FieldSecurityProfile changed(FieldSecurityProfile p, Random random, long version) {
    return new FieldSecurityProfile(p.id(), p.tenantId(), pick(random, ValuePools.TEXTS), permissions(random),
        users(random), teams(random), ValuePools.revisionAt(p.revision(), version));
  }

  @Override
  List<FieldRef<FieldSecurityProfile, ?>> queryFields() {
    return FIELDS;
  }

  private static Map<FieldKey, FieldPermission> permissions(Random random) {
    Map<FieldKey, FieldPermission> permissions = new LinkedHashMap<>();
    some(random, SECURED, 3, k -> k).forEach(k -> permissions.put(k, pick(random, PERMISSIONS)));
    return permissions;
  }

  private static TreeSet<UserId> users(Random random) {
    TreeSet<UserId> users = AccessOrganisation.memberSet();
    users.addAll(some(random, ValuePools.USERS, 3, u -> u));
    return users;
  }

  private static TreeSet<TeamId> teams(Random random) {
    TreeSet<TeamId> teams = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    teams.addAll(some(random, ValuePools.TEAMS, 2, t -> t));
    return teams;
  }
}
