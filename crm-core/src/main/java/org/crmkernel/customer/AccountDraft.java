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
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PostalAddress;

/**
 * What a caller says about an account. The kernel reads phone numbers with the tenant's default
 * region, adds {@code https://} to a website without a scheme, checks custom values against
 * their definitions, and reports every problem at once.
 */
public record AccountDraft(
    @NotBlank @Size(max = Account.MAX_NAME) String name,
    Optional<@Size(max = 2048) String> website,
    Optional<@Size(max = Account.MAX_INDUSTRY) String> industry,
    Optional<@PositiveOrZero @Max(10_000_000) Integer> employeeCount,
    Optional<Money> annualRevenue,
    @Size(max = 20) List<PostalAddress> addresses,
    @Size(max = 20) List<@NotBlank String> phones,
    @Size(max = 20) List<@NotBlank String> emails,
    Optional<AccountId> parentAccountId,
    Optional<Owner> owner,
    Map<String, Object> custom) {

  /** Copies the collections. */
  public AccountDraft {
    Arguments.present(name, "name");
    addresses = Arguments.list(addresses, "addresses");
    phones = Arguments.list(phones, "phones");
    emails = Arguments.list(emails, "emails");
    Arguments.present(website, "website");
    Arguments.present(industry, "industry");
    Arguments.present(employeeCount, "employeeCount");
    Arguments.present(annualRevenue, "annualRevenue");
    Arguments.present(parentAccountId, "parentAccountId");
    Arguments.present(owner, "owner");
    custom = Arguments.customValues(custom);
  }

  /** A builder for an account named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this draft's values. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.website = website;
    b.industry = industry;
    b.employeeCount = employeeCount;
    b.annualRevenue = annualRevenue;
    b.addresses = new ArrayList<>(addresses);
    b.parentAccountId = parentAccountId;
    b.owner = owner;
    b.phones = new ArrayList<>(phones);
    b.emails = new ArrayList<>(emails);
    b.custom = new HashMap<>(custom);
    return b;
  }

  /** Builds an {@link AccountDraft}. */
  public static final class Builder extends CustomerDraftBuilder<Builder> {
    private String name;
    private Optional<String> website = Optional.empty();
    private Optional<String> industry = Optional.empty();
    private Optional<Integer> employeeCount = Optional.empty();
    private Optional<Money> annualRevenue = Optional.empty();
    private List<PostalAddress> addresses = new ArrayList<>();
    private Optional<AccountId> parentAccountId = Optional.empty();

    private Builder(String name) {
      this.name = Arguments.present(name, "name");
    }

    @Override
    Builder self() {
      return this;
    }

    /** The name. */
    public Builder name(String name) {
      this.name = Arguments.present(name, "name");
      return this;
    }

    /** The website, such as {@code acme.example} or {@code https://acme.example}. */
    public Builder website(@Nullable String website) {
      return website(Optional.ofNullable(website));
    }

    /** The website, or none. */
    public Builder website(Optional<String> website) {
      this.website = Arguments.present(website, "website");
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

    /** The number of employees. */
    public Builder employeeCount(@Nullable int employeeCount) {
      return employeeCount(Optional.ofNullable(employeeCount));
    }

    /** The number of employees, or none. */
    public Builder employeeCount(Optional<Integer> employeeCount) {
      this.employeeCount = Arguments.present(employeeCount, "employeeCount");
      return this;
    }

    /** The annual revenue. */
    public Builder annualRevenue(@Nullable Money annualRevenue) {
      return annualRevenue(Optional.ofNullable(annualRevenue));
    }

    /** The annual revenue, or none. */
    public Builder annualRevenue(Optional<Money> annualRevenue) {
      this.annualRevenue = Arguments.present(annualRevenue, "annualRevenue");
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

    /** The parent account. */
    public Builder parentAccount(@Nullable AccountId parent) {
      return parentAccount(Optional.ofNullable(parent));
    }

    /** The parent account, or none. */
    public Builder parentAccount(Optional<AccountId> parent) {
      this.parentAccountId = Arguments.present(parent, "parent");
      return this;
    }

    /** The draft. */
    public AccountDraft build() {
      return new AccountDraft(name, website, industry, employeeCount, annualRevenue, addresses, phones, emails,
          parentAccountId, owner, custom);
    }
  }
}
