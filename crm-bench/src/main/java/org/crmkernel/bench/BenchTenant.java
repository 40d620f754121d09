package org.crmkernel.bench;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.testkit.memory.InMemoryCrmStore;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A kernel on a fresh in-memory store with one tenant set up as a host would: a root business
 * unit, a user who owns the records, two custom fields on accounts (a required picklist and a
 * date, so every write checks custom values), some accounts created through the kernel and one
 * contact.
 */
final class BenchTenant implements AutoCloseable {

  /** The required picklist custom field on accounts. */
  static final String TIER = "tier";

  /** The optional date custom field on accounts. */
  static final String RENEWAL = "renewal_date";

  /**
   * One validator for every kernel of this JVM, configured as the kernel's default (Hibernate
   * Validator, messages from parameters only). A host builds one kernel for its lifetime; the
   * benchmarks build one per iteration, and should not pay a validator bootstrap each time.
   */
  static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  final Clock clock = Clock.systemUTC();
  final InMemoryCrmStore store = InMemoryCrmStore.create();
  final Crm crm = Crm.builder().store(store).clock(clock).validator(VALIDATOR).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession session = crm.tenant(tenant).system();
  final Owner owner;
  final Ownership ownership;
  final List<Account> accounts;

  private BenchTenant(CustomerInputs inputs, int accountCount) {
    var root = session.directory().createRootUnit("Benchmark Corp");
    User user = session.directory().createUser("Bench Owner", "owner@bench.example", root.id(), Optional.empty());
    owner = Owner.user(user.id());
    ownership = new Ownership(owner, user.businessUnitId());
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, TIER, FieldType.PICKLIST)
        .label("Tier").required(true).picklistValues(CustomerInputs.TIER_CHOICES).build());
    session.fields().define(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, RENEWAL, FieldType.DATE)
        .label("Renewal date").build());
    List<AccountDraft> drafts = new ArrayList<>(accountCount);
    for (int n = 0; n < accountCount; n++) {
      drafts.add(accountDraft(inputs, CustomerInputs.index(n)));
    }
    accounts = drafts.isEmpty() ? List.of() : session.accounts().createAll(drafts);
    // The validator reads a draft type's constraints on first use; do that here, not in a measurement.
    if (!accounts.isEmpty()) {
      session.contacts().create(contactDraft(inputs, 0, accounts.get(0).id()));
    }
  }

  /** A tenant with {@code accountCount} accounts made from {@code inputs}. */
  static BenchTenant create(CustomerInputs inputs, int accountCount) {
    return new BenchTenant(inputs, accountCount);
  }

  /**
   * The draft a host fills in from what a person typed: name, e-mail, phone in national format,
   * website without scheme, industry, one address and both custom values.
   */
  AccountDraft accountDraft(CustomerInputs in, int i) {
    return AccountDraft.builder(in.name(i))
        .email(in.typedEmail(i))
        .phone(in.typedPhone(i))
        .website(in.typedWebsite(i))
        .industry(in.industry(i))
        .address(in.address(i))
        .owner(owner)
        .custom(TIER, in.tier(i))
        .custom(RENEWAL, in.renewal(i))
        .build();
  }

  /** A contact a host fills in: name, job title, e-mail, phone in national format, linked to {@code account}. */
  ContactDraft contactDraft(CustomerInputs in, int i, AccountId account) {
    return ContactDraft.builder(in.firstName(i), in.lastName(i))
        .jobTitle(in.jobTitle(i))
        .email(in.typedEmail(i))
        .phone(in.typedPhone(i))
        .account(account)
        .owner(owner)
        .build();
  }

  @Override
  public void close() {
    crm.close();
  }
}
