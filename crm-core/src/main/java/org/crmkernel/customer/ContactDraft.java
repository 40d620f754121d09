package org.crmkernel.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.internal.Arguments;
import org.jspecify.annotations.Nullable;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PostalAddress;

/** What a caller says about a contact. */
public record ContactDraft(
    PersonName name,
    Optional<@Size(max = Contact.MAX_JOB_TITLE) String> jobTitle,
    @Size(max = 20) List<@NotBlank String> emails,
    @Size(max = 20) List<@NotBlank String> phones,
    @Size(max = 20) List<PostalAddress> addresses,
    Optional<LocalDate> birthDate,
    Optional<AccountId> accountId,
    Optional<Owner> owner,
    Map<String, Object> custom) {

  /** Copies the collections. */
  public ContactDraft {
    Arguments.present(name, "name");
    emails = Arguments.list(emails, "emails");
    phones = Arguments.list(phones, "phones");
    addresses = Arguments.list(addresses, "addresses");
    Arguments.present(jobTitle, "jobTitle");
    Arguments.present(birthDate, "birthDate");
    Arguments.present(accountId, "accountId");
    Arguments.present(owner, "owner");
    custom = Arguments.customValues(custom);
  }

  /** A builder for a contact called {@code name}. */
  public static Builder builder(PersonName name) {
    return new Builder(name);
  }

  /** A builder for a contact called {@code firstName lastName}. */
  public static Builder builder(String firstName, String lastName) {
    return new Builder(PersonName.of(firstName, lastName));
  }

  /** A builder holding this draft's values. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.jobTitle = jobTitle;
    b.addresses = new ArrayList<>(addresses);
    b.birthDate = birthDate;
    b.accountId = accountId;
    b.owner = owner;
    b.phones = new ArrayList<>(phones);
    b.emails = new ArrayList<>(emails);
    b.custom = new HashMap<>(custom);
    return b;
  }

  /** Builds a {@link ContactDraft}. */
  public static final class Builder extends CustomerDraftBuilder<Builder> {
    private PersonName name;
    private Optional<String> jobTitle = Optional.empty();
    private List<PostalAddress> addresses = new ArrayList<>();
    private Optional<LocalDate> birthDate = Optional.empty();
    private Optional<AccountId> accountId = Optional.empty();

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

    /** The job title. */
    public Builder jobTitle(@Nullable String jobTitle) {
      return jobTitle(Optional.ofNullable(jobTitle));
    }

    /** The job title, or none. */
    public Builder jobTitle(Optional<String> jobTitle) {
      this.jobTitle = Arguments.present(jobTitle, "jobTitle");
      return this;
    }

    /** Adds an address. */
    public Builder address(PostalAddress address) {
      addresses.add(Arguments.present(address, "addresses"));
      return this;
    }

    /** Replaces the addresses. */
    public Builder addresses(List<PostalAddress> addresses) {
      this.addresses = new ArrayList<>(Arguments.list(addresses, "addresses"));
      return this;
    }

    /** The birth date. */
    public Builder birthDate(@Nullable LocalDate birthDate) {
      return birthDate(Optional.ofNullable(birthDate));
    }

    /** The birth date, or none. */
    public Builder birthDate(Optional<LocalDate> birthDate) {
      this.birthDate = Arguments.present(birthDate, "birthDate");
      return this;
    }

    /** The account the contact works for. */
    public Builder account(@Nullable AccountId account) {
      return account(Optional.ofNullable(account));
    }

    /** The account the contact works for, or none. */
    public Builder account(Optional<AccountId> account) {
      this.accountId = Arguments.present(account, "account");
      return this;
    }

    /** The draft. */
    public ContactDraft build() {
      return new ContactDraft(name, jobTitle, emails, phones, addresses, birthDate, accountId, owner, custom);
    }
  }
}
