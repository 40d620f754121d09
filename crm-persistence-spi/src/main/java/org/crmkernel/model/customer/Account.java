package org.crmkernel.model.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.Customizable;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.model.value.Texts;

/**
 * An organisation the tenant does business with. May belong to a parent account (a
 * subsidiary); refers to it, to its owner and to its unit by id only.
 */
public record Account(
    AccountId id,
    TenantId tenantId,
    String name,
    Optional<String> website,
    Optional<String> industry,
    Optional<Integer> employeeCount,
    Optional<Money> annualRevenue,
    List<PostalAddress> addresses,
    List<PhoneNumber> phones,
    List<Email> emails,
    Optional<AccountId> parentAccountId,
    Ownership ownership,
    RecordState state,
    CustomFields customFields,
    Revision revision)
    implements OwnedRecord<AccountId>, Customizable {

  /** Limits in characters. */
  public static final int MAX_NAME = 255, MAX_INDUSTRY = 80;

  /** Validates every field, listing all problems. */
  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(parentAccountId, "parentAccountId");
    Violations v = new Violations();
    String cleanName = Texts.required(name, "name", MAX_NAME, v);
    website = CustomerChecks.website(website, v);
    industry = Texts.optional(industry, "industry", MAX_INDUSTRY, v);
    CustomerChecks.employeeCount(employeeCount, v);
    annualRevenue.ifPresent(r -> v.check(!r.isNegative(), "annualRevenue", "negative", "must not be negative"));
    addresses = CustomerChecks.items(addresses, "addresses", a -> a, v);
    phones = CustomerChecks.items(phones, "phones", PhoneNumber::e164, v);
    emails = CustomerChecks.items(emails, "emails", Email::matchKey, v);
    v.check(!parentAccountId.equals(Optional.of(id)), "parentAccountId", "self_reference", "an account cannot be its own parent");
    v.throwIfAny();
    name = Objects.requireNonNull(cleanName);
  }

  /** This account with another revision. */
  public Account withRevision(Revision next) {
    return new Account(id, tenantId, name, website, industry, employeeCount, annualRevenue, addresses, phones,
        emails, parentAccountId, ownership, state, customFields, next);
  }

  /** This account with another owner. */
  public Account withOwnership(Ownership next) {
    return new Account(id, tenantId, name, website, industry, employeeCount, annualRevenue, addresses, phones,
        emails, parentAccountId, next, state, customFields, revision);
  }

  /** This account in another lifecycle state. */
  public Account withState(RecordState next) {
    return new Account(id, tenantId, name, website, industry, employeeCount, annualRevenue, addresses, phones,
        emails, parentAccountId, ownership, next, customFields, revision);
  }

  /** This account with other custom field values. */
  public Account withCustomFields(CustomFields next) {
    return new Account(id, tenantId, name, website, industry, employeeCount, annualRevenue, addresses, phones,
        emails, parentAccountId, ownership, state, next, revision);
  }
}
