package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;
import static org.crmkernel.testkit.contract.ValuePools.some;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/** Contacts for the contract suite. */
final class ContactKind extends StoredKind<ContactId, Contact> {

  private static final List<FieldRef<Contact, ?>> FIELDS = fields();

  ContactKind() {
    super("contacts");
  }

  @Override
  RecordStore<ContactId, Contact> store(StoreTransaction tx) {
    return tx.contacts();
  }

  @Override
  ContactId id(UUID value) {
    return ContactId.of(value);
  }

  @Override
  Contact random(Random random, TenantId tenant) {
    return new Contact(ContactId.of(ValuePools.uuid(random)), tenant, name(random),
        maybe(random, 0.5, () -> pick(random, ValuePools.TEXTS)),
        some(random, ValuePools.EMAILS, 3, Email::matchKey),
        some(random, ValuePools.PHONES, 2, PhoneNumber::e164),
        ValuePools.addresses(random, 2),
        maybe(random, 0.5, () -> pick(random, ValuePools.DATES)),
        maybe(random, 0.4, () -> AccountId.of(pick(random, ValuePools.REFERENCES))),
        ValuePools.ownership(random),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE,
        ValuePools.customFields(random),
        ValuePools.revision(random));
  }

  @Override
  Contact withTenant(Contact c, TenantId tenant) {
    return new Contact(c.id(), tenant, c.name(), c.jobTitle(), c.emails(), c.phones(), c.addresses(), c.birthDate(),
        c.accountId(), c.ownership(), c.state(), c.customFields(), c.revision());
  }

  @Override
  Contact withId(Contact c, ContactId id) {
    return new Contact(id, c.tenantId(), c.name(), c.jobTitle(), c.emails(), c.phones(), c.addresses(), c.birthDate(),
        c.accountId(), c.ownership(), c.state(), c.customFields(), c.revision());
  }

  @Override
  Contact changed(Contact c, Random random, long version) {
    return new Contact(c.id(), c.tenantId(), name(random), maybe(random, 0.5, () -> pick(random, ValuePools.TEXTS)),
        c.emails(), some(random, ValuePools.PHONES, 2, PhoneNumber::e164), c.addresses(),
        maybe(random, 0.5, () -> pick(random, ValuePools.DATES)), c.accountId(), c.ownership(),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE, ValuePools.customFields(random),
        ValuePools.revisionAt(c.revision(), version));
  }

  @Override
  List<FieldRef<Contact, ?>> queryFields() {
    return FIELDS;
  }

  private static PersonName name(Random random) {
    return new PersonName(Optional.empty(), maybe(random, 0.7, () -> pick(random, ValuePools.TEXTS)),
        Optional.empty(), pick(random, ValuePools.TEXTS), Optional.empty());
  }

  private static List<FieldRef<Contact, ?>> fields() {
    List<FieldRef<Contact, ?>> fields = new ArrayList<>(ContactFields.ALL);
    fields.addAll(ValuePools.customFieldRefs(RecordKind.CONTACT));
    return List.copyOf(fields);
  }
}
