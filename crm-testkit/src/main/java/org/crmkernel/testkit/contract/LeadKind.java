package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;
import static org.crmkernel.testkit.contract.ValuePools.some;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/** Leads for the contract suite. */
final class LeadKind extends StoredKind<LeadId, Lead> {

  private static final List<FieldRef<Lead, ?>> FIELDS = fields();

  LeadKind() {
    super("leads");
  }

  @Override
  RecordStore<LeadId, Lead> store(StoreTransaction tx) {
    return tx.leads();
  }

  @Override
  LeadId id(UUID value) {
    return LeadId.of(value);
  }

  @Override
  Lead random(Random random, TenantId tenant) {
    return new Lead(LeadId.of(ValuePools.uuid(random)), tenant,
        new PersonName(Optional.empty(), maybe(random, 0.7, () -> pick(random, ValuePools.TEXTS)), Optional.empty(),
            pick(random, ValuePools.TEXTS), Optional.empty()),
        maybe(random, 0.6, () -> pick(random, ValuePools.TEXTS)),
        maybe(random, 0.4, () -> pick(random, ValuePools.TEXTS)),
        some(random, ValuePools.EMAILS, 2, Email::matchKey),
        some(random, ValuePools.PHONES, 2, PhoneNumber::e164),
        maybe(random, 0.5, () -> ValuePools.address(random)),
        maybe(random, 0.5, () -> pick(random, ValuePools.TEXTS)),
        maybe(random, 0.5, () -> pick(random, ValuePools.COUNTS)),
        maybe(random, 0.3, () -> pick(random, ValuePools.WEBSITES)),
        maybe(random, 0.5, () -> pick(random, ValuePools.TEXTS)),
        pick(random, List.of(LeadStatus.values())),
        ValuePools.ownership(random),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE,
        ValuePools.customFields(random),
        ValuePools.revision(random));
  }

  @Override
  Lead withTenant(Lead l, TenantId tenant) {
    return new Lead(l.id(), tenant, l.name(), l.company(), l.jobTitle(), l.emails(), l.phones(), l.address(),
        l.industry(), l.employeeCount(), l.website(), l.source(), l.status(), l.ownership(), l.state(),
        l.customFields(), l.revision());
  }

  @Override
  Lead withId(Lead l, LeadId id) {
    return new Lead(id, l.tenantId(), l.name(), l.company(), l.jobTitle(), l.emails(), l.phones(), l.address(),
        l.industry(), l.employeeCount(), l.website(), l.source(), l.status(), l.ownership(), l.state(),
        l.customFields(), l.revision());
  }

  @Override
  Lead changed(Lead l, Random random, long version) {
    return new Lead(l.id(), l.tenantId(), l.name(), maybe(random, 0.6, () -> pick(random, ValuePools.TEXTS)),
        l.jobTitle(), l.emails(), l.phones(), l.address(), l.industry(),
        maybe(random, 0.5, () -> pick(random, ValuePools.COUNTS)), l.website(), l.source(),
        pick(random, List.of(LeadStatus.values())), l.ownership(), l.state(), ValuePools.customFields(random),
        ValuePools.revisionAt(l.revision(), version));
  }

  @Override
  List<FieldRef<Lead, ?>> queryFields() {
    return FIELDS;
  }

  private static List<FieldRef<Lead, ?>> fields() {
    List<FieldRef<Lead, ?>> fields = new ArrayList<>(LeadFields.ALL);
    fields.addAll(ValuePools.customFieldRefs(RecordKind.LEAD));
    return List.copyOf(fields);
  }
}
