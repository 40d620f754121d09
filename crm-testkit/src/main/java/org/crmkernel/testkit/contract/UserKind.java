package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/** Users for the contract suite. */
final class UserKind extends StoredKind<UserId, User> {

  private static final List<FieldRef<User, ?>> FIELDS = List.copyOf(DirectoryFields.USER_FIELDS);

  UserKind() {
    super("users");
  }

  @Override
  RecordStore<UserId, User> store(StoreTransaction tx) {
    return tx.users();
  }

  @Override
  UserId id(UUID value) {
    return UserId.of(value);
  }

  @Override
  User random(Random random, TenantId tenant) {
    return new User(UserId.of(ValuePools.uuid(random)), tenant, pick(random, ValuePools.TEXTS),
        pick(random, ValuePools.EMAILS), pick(random, ValuePools.UNITS),
        maybe(random, 0.5, () -> pick(random, ValuePools.USERS)), random.nextInt(4) != 0,
        SecurityRoleKind.someRoles(random, 3), ValuePools.revision(random));
  }

  @Override
  User withTenant(User u, TenantId tenant) {
    return new User(u.id(), tenant, u.fullName(), u.email(), u.businessUnitId(), u.managerId(), u.active(), u.roleIds(),
        u.revision());
  }

  @Override
  User withId(User u, UserId id) {
    return new User(id, u.tenantId(), u.fullName(), u.email(), u.businessUnitId(),
        u.managerId().filter(m -> !m.equals(id)), u.active(), u.roleIds(), u.revision());
  }

  @Override
  User changed(User u, Random random, long version) {
    return new User(u.id(), u.tenantId(), pick(random, ValuePools.TEXTS), pick(random, ValuePools.EMAILS),
        pick(random, ValuePools.UNITS), u.managerId(), random.nextBoolean(), SecurityRoleKind.someRoles(random, 3),
        ValuePools.revisionAt(u.revision(), version));
  }

  @Override
  List<FieldRef<User, ?>> queryFields() {
    return FIELDS;
  }
}
