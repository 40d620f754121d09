package org.crmkernel.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    Objects.requireNonNull(name, "name");
    addresses = List.copyOf(addresses);
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    custom = Map.copyOf(custom);
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
      this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    Builder self() {
      return this;
    }

    /** The name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The website, such as {@code acme.example} or {@code https://acme.example}. */
    public Builder website(String website) {
      return website(Optional.of(website));
    }

    /** The website, or none. */
    public Builder website(Optional<String> website) {
      this.website = Objects.requireNonNull(website, "website");
      return this;
    }

    /** The industry. */
    public Builder industry(String industry) {
      return industry(Optional.of(industry));
    }

    /** The industry, or none. */
    public Builder industry(Optional<String> industry) {
      this.industry = Objects.requireNonNull(industry, "industry");
      return this;
    }

    /** The number of employees. */
    public Builder employeeCount(int employeeCount) {
      return employeeCount(Optional.of(employeeCount));
    }

    /** The number of employees, or none. */
    public Builder employeeCount(Optional<Integer> employeeCount) {
      this.employeeCount = Objects.requireNonNull(employeeCount, "employeeCount");
      return this;
    }

    /** The annual revenue. */
    public Builder annualRevenue(Money annualRevenue) {
      return annualRevenue(Optional.of(annualRevenue));
    }

    /** The annual revenue, or none. */
    public Builder annualRevenue(Optional<Money> annualRevenue) {
      this.annualRevenue = Objects.requireNonNull(annualRevenue, "annualRevenue");
      return this;
    }

    /** Adds an address. */
    public Builder address(PostalAddress address) {
      addresses.add(Objects.requireNonNull(address, "address"));
      return this;
    }

    /** Replaces the addresses. */
    public Builder addresses(List<PostalAddress> addresses) {
      this.addresses = new ArrayList<>(addresses);
      return this;
    }

    /** The parent account. */
    public Builder parentAccount(AccountId parent) {
      return parentAccount(Optional.of(parent));
    }

    /** The parent account, or none. */
    public Builder parentAccount(Optional<AccountId> parent) {
      this.parentAccountId = Objects.requireNonNull(parent, "parent");
      return this;
    }

    /** The draft. */
    public AccountDraft build() {
      return new AccountDraft(name, website, industry, employeeCount, annualRevenue, addresses, phones, emails,
          parentAccountId, owner, custom);
    }
  }
}
