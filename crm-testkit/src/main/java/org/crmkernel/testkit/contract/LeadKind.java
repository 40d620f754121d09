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
import org.crmkernel.model.customer.LeadConversion;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Leads for the contract suite, in every status; disqualified leads sometimes carry a reason
 * (now and then of the longest length) and converted ones mostly what they became.
 */
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
    LeadId id = LeadId.of(ValuePools.uuid(random));
    PersonName name = new PersonName(Optional.empty(), maybe(random, 0.7, () -> pick(random, ValuePools.TEXTS)),
        Optional.empty(), pick(random, ValuePools.TEXTS), Optional.empty());
    Optional<String> company = maybe(random, 0.6, () -> pick(random, ValuePools.TEXTS));
    Optional<String> jobTitle = maybe(random, 0.4, () -> pick(random, ValuePools.TEXTS));
    List<Email> emails = some(random, ValuePools.EMAILS, 2, Email::matchKey);
    List<PhoneNumber> phones = some(random, ValuePools.PHONES, 2, PhoneNumber::e164);
    Optional<PostalAddress> address = maybe(random, 0.5, () -> ValuePools.address(random));
    Optional<String> industry = maybe(random, 0.5, () -> pick(random, ValuePools.TEXTS));
    Optional<Integer> employees = maybe(random, 0.5, () -> pick(random, ValuePools.COUNTS));
    Optional<String> website = maybe(random, 0.3, () -> pick(random, ValuePools.WEBSITES));
    Optional<String> source = maybe(random, 0.5, () -> pick(random, ValuePools.TEXTS));
    Outcome outcome = Outcome.random(random);
    return new Lead(id, tenant, name, company, jobTitle, emails, phones, address, industry, employees, website, source,
        outcome.status(), ValuePools.ownership(random),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE, ValuePools.customFields(random),
        outcome.reason(), outcome.conversion(), ValuePools.revision(random));
  }

  @Override
  Lead withTenant(Lead l, TenantId tenant) {
    return new Lead(l.id(), tenant, l.name(), l.company(), l.jobTitle(), l.emails(), l.phones(), l.address(),
        l.industry(), l.employeeCount(), l.website(), l.source(), l.status(), l.ownership(), l.state(),
        l.customFields(), l.disqualificationReason(), l.conversion(), l.revision());
  }

  @Override
  Lead withId(Lead l, LeadId id) {
    return new Lead(id, l.tenantId(), l.name(), l.company(), l.jobTitle(), l.emails(), l.phones(), l.address(),
        l.industry(), l.employeeCount(), l.website(), l.source(), l.status(), l.ownership(), l.state(),
        l.customFields(), l.disqualificationReason(), l.conversion(), l.revision());
  }

  /** Another company, size, status (with the outcome it allows) and custom fields. */
  @Override
  Lead changed(Lead l, Random random, long version) {
    Optional<String> company = maybe(random, 0.6, () -> pick(random, ValuePools.TEXTS));
    Optional<Integer> employees = maybe(random, 0.5, () -> pick(random, ValuePools.COUNTS));
    Outcome outcome = Outcome.random(random);
    return new Lead(l.id(), l.tenantId(), l.name(), company, l.jobTitle(), l.emails(), l.phones(), l.address(),
        l.industry(), employees, l.website(), l.source(), outcome.status(), l.ownership(), l.state(),
        ValuePools.customFields(random), outcome.reason(), outcome.conversion(),
        ValuePools.revisionAt(l.revision(), version));
  }

  @Override
  List<FieldRef<Lead, ?>> queryFields() {
    return FIELDS;
  }

  /**
   * A status and what it allows: a disqualified lead sometimes says why (now and then at the
   * longest length), a converted one mostly says what it became.
   */
  private record Outcome(LeadStatus status, Optional<String> reason, Optional<LeadConversion> conversion) {

    static Outcome random(Random random) {
      LeadStatus status = pick(random, List.of(LeadStatus.values()));
      Optional<String> reason = status == LeadStatus.DISQUALIFIED
          ? maybe(random, 0.6, () -> ValuePools.text(random, Lead.MAX_REASON)) : Optional.empty();
      Optional<LeadConversion> conversion = status == LeadStatus.CONVERTED
          ? maybe(random, 0.8, () -> new LeadConversion(AccountId.of(pick(random, ValuePools.REFERENCES)),
              ContactId.of(pick(random, ValuePools.REFERENCES)),
              maybe(random, 0.5, () -> DealId.of(pick(random, ValuePools.REFERENCES))),
              pick(random, ValuePools.INSTANTS)))
          : Optional.empty();
      return new Outcome(status, reason, conversion);
    }
  }

  private static List<FieldRef<Lead, ?>> fields() {
    List<FieldRef<Lead, ?>> fields = new ArrayList<>(LeadFields.ALL);
    fields.addAll(ValuePools.customFieldRefs(RecordKind.LEAD));
    return List.copyOf(fields);
  }
}
