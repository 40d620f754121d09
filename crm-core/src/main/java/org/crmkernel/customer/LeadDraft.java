package org.crmkernel.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.jspecify.annotations.Nullable;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PostalAddress;

/**
 * What a caller says about a lead. The status may move between the open states and to
 * qualified or disqualified; {@code CONVERTED} is set only by conversion.
 */
public record LeadDraft(
    PersonName name,
    Optional<@Size(max = Lead.MAX_COMPANY) String> company,
    Optional<@Size(max = Contact.MAX_JOB_TITLE) String> jobTitle,
    @Size(max = 20) List<@NotBlank String> emails,
    @Size(max = 20) List<@NotBlank String> phones,
    Optional<PostalAddress> address,
    Optional<@Size(max = Account.MAX_INDUSTRY) String> industry,
    Optional<@PositiveOrZero @Max(10_000_000) Integer> employeeCount,
    Optional<@Size(max = 2048) String> website,
    Optional<@Size(max = Lead.MAX_SOURCE) String> source,
    LeadStatus status,
    Optional<Owner> owner,
    Map<String, Object> custom) {

  /** Copies the collections. */
  public LeadDraft {
    Arguments.present(name, "name");
    Arguments.present(status, "status");
    emails = Arguments.list(emails, "emails");
    phones = Arguments.list(phones, "phones");
    Arguments.present(company, "company");
    Arguments.present(jobTitle, "jobTitle");
    Arguments.present(address, "address");
    Arguments.present(industry, "industry");
    Arguments.present(employeeCount, "employeeCount");
    Arguments.present(website, "website");
    Arguments.present(source, "source");
    Arguments.present(owner, "owner");
    custom = Arguments.customValues(custom);
  }

  /** A builder for a new lead called {@code name}. */
  public static Builder builder(PersonName name) {
    return new Builder(name);
  }

  /** A builder for a new lead called {@code firstName lastName}. */
  public static Builder builder(String firstName, String lastName) {
    return new Builder(PersonName.of(firstName, lastName));
  }

  /** A builder holding this draft's values. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.company = company;
    b.jobTitle = jobTitle;
    b.address = address;
    b.industry = industry;
    b.employeeCount = employeeCount;
    b.website = website;
    b.source = source;
    b.status = status;
    b.owner = owner;
    b.phones = new ArrayList<>(phones);
    b.emails = new ArrayList<>(emails);
    b.custom = new HashMap<>(custom);
    return b;
  }

  /** Builds a {@link LeadDraft}. */
  public static final class Builder extends CustomerDraftBuilder<Builder> {
    private PersonName name;
    private Optional<String> company = Optional.empty();
    private Optional<String> jobTitle = Optional.empty();
    private Optional<PostalAddress> address = Optional.empty();
    private Optional<String> industry = Optional.empty();
    private Optional<Integer> employeeCount = Optional.empty();
    private Optional<String> website = Optional.empty();
    private Optional<String> source = Optional.empty();
    private LeadStatus status = LeadStatus.NEW;

    private Builder(PersonName name) {
      this.name = Arguments.present(name, "name");
    }

    @Override
    Builder self() {
      return this;
    }

    /** The name. */
    public Builder name(PersonName name) {
      this.name = Arguments.present(name, "name");
      return this;
    }

    /** The company. */
    public Builder company(@Nullable String company) {
      return company(Optional.ofNullable(company));
    }

    /** The company, or none. */
    public Builder company(Optional<String> company) {
      this.company = Arguments.present(company, "company");
      return this;
    }

    /** The job title. */
    public Builder jobTitle(@Nullable String jobTitle) {
      return jobTitle(Optional.ofNullable(jobTitle));
    }

    /** The job title, or none. */
    public Builder jobTitle(Optional<String> jobTitle) {
      this.jobTitle = Arguments.present(jobTitle, "jobTitle");
      return this;
    }

    /** The address. */
    public Builder address(@Nullable PostalAddress address) {
      return address(Optional.ofNullable(address));
    }

    /** The address, or none. */
    public Builder address(Optional<PostalAddress> address) {
      this.address = Arguments.present(address, "address");
      return this;
    }

    /** The industry. */
    public Builder industry(@Nullable String industry) {
      return industry(Optional.ofNullable(industry));
    }

    /** The industry, or none. */
    public Builder industry(Optional<String> industry) {
      this.industry = Arguments.present(industry, "industry");
      return this;
    }

    /** The company's number of employees. */
    public Builder employeeCount(@Nullable int employeeCount) {
      return employeeCount(Optional.ofNullable(employeeCount));
    }

    /** The company's number of employees, or none. */
    public Builder employeeCount(Optional<Integer> employeeCount) {
      this.employeeCount = Arguments.present(employeeCount, "employeeCount");
      return this;
    }

    /** The company's website. */
    public Builder website(@Nullable String website) {
      return website(Optional.ofNullable(website));
    }

    /** The company's website, or none. */
    public Builder website(Optional<String> website) {
      this.website = Arguments.present(website, "website");
      return this;
    }

    /** Where the lead came from, such as {@code Web} or {@code Trade show}. */
    public Builder source(@Nullable String source) {
      return source(Optional.ofNullable(source));
    }

    /** Where the lead came from, or unknown. */
    public Builder source(Optional<String> source) {
      this.source = Arguments.present(source, "source");
      return this;
    }

    /** The status. */
    public Builder status(LeadStatus status) {
      this.status = Arguments.present(status, "status");
      return this;
    }

    /** The draft. */
    public LeadDraft build() {
      return new LeadDraft(name, company, jobTitle, emails, phones, address, industry, employeeCount, website,
          source, status, owner, custom);
    }
  }
}
