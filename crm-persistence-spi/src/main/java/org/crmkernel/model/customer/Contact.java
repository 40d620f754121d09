package org.crmkernel.model.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.Customizable;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.model.value.Texts;

/** A person the tenant does business with, optionally working for an account. */
public record Contact(
    ContactId id,
    TenantId tenantId,
    PersonName name,
    Optional<String> jobTitle,
    List<Email> emails,
    List<PhoneNumber> phones,
    List<PostalAddress> addresses,
    Optional<LocalDate> birthDate,
    Optional<AccountId> accountId,
    Ownership ownership,
    RecordState state,
    CustomFields customFields,
    Revision revision)
    implements OwnedRecord<ContactId>, Customizable {

  /** Limits in characters. */
  public static final int MAX_JOB_TITLE = 128;

  /** The earliest birth date accepted. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** Validates every field, listing all problems. */
  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    jobTitle = Texts.optional(jobTitle, "jobTitle", MAX_JOB_TITLE, v);
    emails = CustomerChecks.items(emails, "emails", Email::matchKey, v);
    phones = CustomerChecks.items(phones, "phones", PhoneNumber::e164, v);
    addresses = CustomerChecks.items(addresses, "addresses", a -> a, v);
    birthDate.ifPresent(d -> v.check(!d.isBefore(EARLIEST_BIRTH_DATE), "birthDate", "out_of_range",
        "must not be before " + EARLIEST_BIRTH_DATE));
    v.throwIfAny();
  }

  /** This contact with another revision. */
  public Contact withRevision(Revision next) {
    return new Contact(id, tenantId, name, jobTitle, emails, phones, addresses, birthDate, accountId, ownership,
        state, customFields, next);
  }

  /** This contact with another owner. */
  public Contact withOwnership(Ownership next) {
    return new Contact(id, tenantId, name, jobTitle, emails, phones, addresses, birthDate, accountId, next,
        state, customFields, revision);
  }

  /** This contact in another lifecycle state. */
  public Contact withState(RecordState next) {
    return new Contact(id, tenantId, name, jobTitle, emails, phones, addresses, birthDate, accountId, ownership,
        next, customFields, revision);
  }

  /** This contact linked to another account, or to none. */
  public Contact withAccount(Optional<AccountId> next) {
    return new Contact(id, tenantId, name, jobTitle, emails, phones, addresses, birthDate, next, ownership,
        state, customFields, revision);
  }

  /** This contact with other custom field values. */
  public Contact withCustomFields(CustomFields next) {
    return new Contact(id, tenantId, name, jobTitle, emails, phones, addresses, birthDate, accountId, ownership,
        state, next, revision);
  }
}
