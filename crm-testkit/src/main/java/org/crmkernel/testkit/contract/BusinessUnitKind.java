package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/** Business units for the contract suite. */
final class BusinessUnitKind extends StoredKind<BusinessUnitId, BusinessUnit> {

  private static final List<FieldRef<BusinessUnit, ?>> FIELDS = List.copyOf(DirectoryFields.UNIT_FIELDS);

  BusinessUnitKind() {
    super("business units");
  }

  @Override
  RecordStore<BusinessUnitId, BusinessUnit> store(StoreTransaction tx) {
    return tx.businessUnits();
  }

  @Override
  BusinessUnitId id(UUID value) {
    return BusinessUnitId.of(value);
  }

  @Override
  BusinessUnit random(Random random, TenantId tenant) {
    return new BusinessUnit(BusinessUnitId.of(ValuePools.uuid(random)), tenant, pick(random, ValuePools.TEXTS),
        maybe(random, 0.7, () -> pick(random, ValuePools.UNITS)), random.nextInt(4) != 0, ValuePools.revision(random));
  }

  @Override
  BusinessUnit withTenant(BusinessUnit u, TenantId tenant) {
    return new BusinessUnit(u.id(), tenant, u.name(), u.parentId(), u.active(), u.revision());
  }

  @Override
  BusinessUnit withId(BusinessUnit u, BusinessUnitId id) {
    return new BusinessUnit(id, u.tenantId(), u.name(), u.parentId().filter(p -> !p.equals(id)), u.active(),
        u.revision());
  }

  @Override
  BusinessUnit changed(BusinessUnit u, Random random, long version) {
    return new BusinessUnit(u.id(), u.tenantId(), pick(random, ValuePools.TEXTS), u.parentId(), random.nextBoolean(),
        ValuePools.revisionAt(u.revision(), version));
  }

  @Override
  List<FieldRef<BusinessUnit, ?>> queryFields() {
    return FIELDS;
  }
}
