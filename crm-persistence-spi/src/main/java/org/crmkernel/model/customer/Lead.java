package org.crmkernel.model.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.Customizable;
import org.crmkernel.model.id.LeadId;
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

/**
 * An unqualified prospect: a person and, often, their company, not yet an account and contact.
 *
 * @param disqualificationReason why the lead was disqualified; only on a disqualified lead
 * @param conversion what the lead became; only on (and, through the kernel, always on) a
 *     converted lead
 */
public record Lead(
    LeadId id,
    TenantId tenantId,
    PersonName name,
    Optional<String> company,
    Optional<String> jobTitle,
    List<Email> emails,
    List<PhoneNumber> phones,
    Optional<PostalAddress> address,
    Optional<String> industry,
    Optional<Integer> employeeCount,
    Optional<String> website,
    Optional<String> source,
    LeadStatus status,
    Ownership ownership,
    RecordState state,
    CustomFields customFields,
    Optional<String> disqualificationReason,
    Optional<LeadConversion> conversion,
    Revision revision)
    implements OwnedRecord<LeadId>, Customizable {

  /** Limits in characters. */
  public static final int MAX_COMPANY = 255, MAX_SOURCE = 80, MAX_REASON = 255;

  /** A lead that was neither disqualified with a reason nor converted. */
  public Lead(LeadId id, TenantId tenantId, PersonName name, Optional<String> company, Optional<String> jobTitle,
      List<Email> emails, List<PhoneNumber> phones, Optional<PostalAddress> address, Optional<String> industry,
      Optional<Integer> employeeCount, Optional<String> website, Optional<String> source, LeadStatus status,
      Ownership ownership, RecordState state, CustomFields customFields, Revision revision) {
    this(id, tenantId, name, company, jobTitle, emails, phones, address, industry, employeeCount, website, source,
        status, ownership, state, customFields, Optional.empty(), Optional.empty(), revision);
  }

  /** Validates every field, listing all problems. */
  public Lead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(customFields, "customFields");
    Objects.requireNonNull(conversion, "conversion");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    company = Texts.optional(company, "company", MAX_COMPANY, v);
    jobTitle = Texts.optional(jobTitle, "jobTitle", Contact.MAX_JOB_TITLE, v);
    emails = CustomerChecks.items(emails, "emails", Email::matchKey, v);
    phones = CustomerChecks.items(phones, "phones", PhoneNumber::e164, v);
    industry = Texts.optional(industry, "industry", Account.MAX_INDUSTRY, v);
    CustomerChecks.employeeCount(employeeCount, v);
    website = CustomerChecks.website(website, v);
    source = Texts.optional(source, "source", MAX_SOURCE, v);
    disqualificationReason = Texts.optional(disqualificationReason, "disqualificationReason", MAX_REASON, v);
    v.check(disqualificationReason.isEmpty() || status == LeadStatus.DISQUALIFIED, "disqualificationReason",
        "not_disqualified", "only a disqualified lead has a disqualification reason");
    v.check(conversion.isEmpty() || status == LeadStatus.CONVERTED, "conversion", "not_converted",
        "only a converted lead has a conversion");
    v.throwIfAny();
  }

  /** This lead with another revision. */
  public Lead withRevision(Revision next) {
    return new Lead(id, tenantId, name, company, jobTitle, emails, phones, address, industry, employeeCount,
        website, source, status, ownership, state, customFields, disqualificationReason, conversion, next);
  }

  /** This lead with another owner. */
  public Lead withOwnership(Ownership next) {
    return new Lead(id, tenantId, name, company, jobTitle, emails, phones, address, industry, employeeCount,
        website, source, status, next, state, customFields, disqualificationReason, conversion, revision);
  }

  /** This lead in another lifecycle state. */
  public Lead withState(RecordState next) {
    return new Lead(id, tenantId, name, company, jobTitle, emails, phones, address, industry, employeeCount,
        website, source, status, ownership, next, customFields, disqualificationReason, conversion, revision);
  }

  /** This lead with other custom field values. */
  public Lead withCustomFields(CustomFields next) {
    return new Lead(id, tenantId, name, company, jobTitle, emails, phones, address, industry, employeeCount,
        website, source, status, ownership, state, next, disqualificationReason, conversion, revision);
  }

  /** This lead with another status, disqualification reason and conversion, as qualification and conversion set them. */
  public Lead withOutcome(LeadStatus nextStatus, Optional<String> reason, Optional<LeadConversion> converted) {
    return new Lead(id, tenantId, name, company, jobTitle, emails, phones, address, industry, employeeCount,
        website, source, nextStatus, ownership, state, customFields, reason, converted, revision);
  }
}
