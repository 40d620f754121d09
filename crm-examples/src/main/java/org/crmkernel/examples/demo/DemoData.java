package org.crmkernel.examples.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.examples.demo.Country.City;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PostalAddress;

/**
 * Plans the demo's customers from a seed: accounts with addresses, phones typed the way people in
 * the tenant's home country type them, e-mails, industries and custom values, some of them
 * subsidiaries; contacts working for those accounts; leads with sources and statuses. The first
 * account is the one the demo later changes: German, on the legacy tier, with two contacts.
 */
final class DemoData {

  /** An account to create; {@code parent} is the index of its parent account, if any. */
  record PlannedAccount(AccountDraft draft, Optional<Integer> parent, String baseName, Country country, City city,
      String domain) {}

  /** A contact to create, working for the account at index {@code account}. */
  record PlannedContact(ContactDraft draft, int account) {}

  /** Everything to create, in order. */
  record Plan(List<PlannedAccount> accounts, List<PlannedContact> contacts, List<LeadDraft> leads) {}

  private static final double SUBSIDIARY_SHARE = 0.1;

  private final Dice dice;
  private final DemoOrganisation organisation;
  private final Set<String> baseNames = new HashSet<>();

  DemoData(long seed, DemoOrganisation organisation) {
    this.dice = new Dice(seed);
    this.organisation = organisation;
  }

  /** About {@code customers} records: two fifths accounts, two fifths contacts, the rest leads. */
  Plan plan(int customers) {
    int accountCount = customers * 2 / 5;
    int contactCount = customers * 2 / 5;
    int topLevel = accountCount - (int) Math.round(accountCount * SUBSIDIARY_SHARE);
    List<PlannedAccount> accounts = new ArrayList<>(accountCount);
    for (int i = 0; i < accountCount; i++) {
      accounts.add(i == 0 ? featuredAccount()
          : i < topLevel ? account(country(), Optional.empty())
          : subsidiary(dice.between(0, topLevel - 1), accounts));
    }
    List<PlannedContact> contacts = new ArrayList<>(contactCount);
    for (int i = 0; i < contactCount; i++) {
      int account = i < 2 ? 0 : dice.between(0, accountCount - 1);
      contacts.add(new PlannedContact(contact(accounts.get(account)), account));
    }
    List<LeadDraft> leads = new ArrayList<>();
    for (int i = accountCount + contactCount; i < customers; i++) {
      leads.add(lead());
    }
    return new Plan(accounts, contacts, leads);
  }

  private PlannedAccount featuredAccount() {
    Country germany = Countries.GERMANY;
    PlannedAccount planned = account(germany, Optional.empty());
    AccountDraft draft = planned.draft().toBuilder()
        .owner(organisation.firstRepFor(SalesRegion.EMEA))
        .custom(DemoFields.TIER, DemoFields.LEGACY_TIER)
        .custom(DemoFields.SEATS, 250)
        .custom(DemoFields.CONTRACT_VALUE, Money.of("120000", "EUR"))
        .custom(DemoFields.TAX_ID, dice.fill(germany.taxIdPattern()))
        .custom(DemoFields.CUSTOMER_SINCE, LocalDate.of(2016, 4, 1))
        .custom(DemoFields.LEGACY_ERP_ID, "ERP-" + dice.fill("######"))
        .build();
    return new PlannedAccount(draft, Optional.empty(), planned.baseName(), germany, planned.city(), planned.domain());
  }

  /** A subsidiary of the account at {@code parentIndex}, in its region; a top-level account if the name is taken. */
  private PlannedAccount subsidiary(int parentIndex, List<PlannedAccount> accounts) {
    PlannedAccount parent = accounts.get(parentIndex);
    List<Country> sameRegion = Countries.ALL.stream().filter(c -> c.region() == parent.country().region()).toList();
    Country country = dice.pick(sameRegion);
    City city = dice.pick(country.cities());
    String place = country.equals(parent.country()) ? city.name()
        : new Locale("", country.code()).getDisplayCountry(Locale.ENGLISH);
    String baseName = parent.baseName() + " " + place;
    if (!baseNames.add(baseName)) {
      return account(country(), Optional.empty());
    }
    String domain = Slugs.of(parent.baseName()) + "-" + Slugs.of(place) + ".example";
    return account(country, city, baseName, domain, Optional.of(parentIndex));
  }

  private PlannedAccount account(Country country, Optional<Integer> parent) {
    String baseName = companyName(country);
    return account(country, dice.pick(country.cities()), baseName, Slugs.of(baseName) + ".example", parent);
  }

  private PlannedAccount account(Country country, City city, String baseName, String domain, Optional<Integer> parent) {
    int employees = dice.employees();
    String tier = DemoFields.TIERS.get(dice.weighted(10, 25, 60, 5));
    Owner owner = tier.equals("Strategic") && country.region() == SalesRegion.EMEA
        ? organisation.keyAccountsTeam() : organisation.repFor(country.region(), dice);
    AccountDraft.Builder draft = AccountDraft.builder(baseName + " " + dice.pick(country.legalForms()))
        .website(domain)
        .industry(dice.pick(Vocabulary.INDUSTRIES))
        .employeeCount(employees)
        .annualRevenue(Money.of(BigDecimal.valueOf((long) employees * dice.between(60, 400) * 1000L),
            Money.currency(country.currency())))
        .address(address(country, city))
        .phone(dice.fill(city.phonePattern()))
        .email("info@" + domain)
        .owner(owner)
        .custom(DemoFields.REGION, country.region().label())
        .custom(DemoFields.TIER, tier);
    if (dice.chance(0.3)) {
      draft.email("sales@" + domain);
    }
    if (dice.chance(0.8)) {
      int seats = Math.max(1, Math.min(100_000, employees / dice.between(2, 10)));
      draft.custom(DemoFields.SEATS, seats)
          .custom(DemoFields.CONTRACT_VALUE, Money.of(BigDecimal.valueOf((long) seats * dice.between(30, 90) * 10L),
              Money.currency("EUR")));
    }
    if (dice.chance(0.7)) {
      draft.custom(DemoFields.TAX_ID, dice.fill(country.taxIdPattern()));
    }
    if (dice.chance(0.75)) {
      draft.custom(DemoFields.CUSTOMER_SINCE, LocalDate.of(dice.between(2012, 2024), dice.between(1, 12), 1));
    }
    if (dice.chance(0.3)) {
      draft.custom(DemoFields.LEGACY_ERP_ID, "ERP-" + dice.fill("######"));
    }
    return new PlannedAccount(draft.build(), parent, baseName, country, city, domain);
  }

  private ContactDraft contact(PlannedAccount account) {
    Country country = account.country();
    String first = dice.pick(Vocabulary.FIRST_NAMES.get(country.language()));
    String last = dice.pick(Vocabulary.LAST_NAMES.get(country.language()));
    ContactDraft.Builder draft = ContactDraft.builder(first, last)
        .jobTitle(dice.pick(Vocabulary.JOB_TITLES))
        .email(Slugs.person(first, last) + "@" + account.domain())
        .owner(account.draft().owner().orElseThrow())
        .custom(DemoFields.PREFERRED_LANGUAGE, country.language());
    if (dice.chance(0.7)) {
      draft.phone(dice.fill(account.city().phonePattern()));
    }
    if (dice.chance(0.25)) {
      draft.birthDate(LocalDate.of(dice.between(1960, 1999), dice.between(1, 12), dice.between(1, 28)));
    }
    if (dice.chance(0.4)) {
      draft.custom(DemoFields.NEWSLETTER, Boolean.TRUE);
    }
    return draft.build();
  }

  private LeadDraft lead() {
    Country country = country();
    City city = dice.pick(country.cities());
    String first = dice.pick(Vocabulary.FIRST_NAMES.get(country.language()));
    String last = dice.pick(Vocabulary.LAST_NAMES.get(country.language()));
    String company = companyName(country);
    String domain = Slugs.of(company) + ".example";
    LeadDraft.Builder draft = LeadDraft.builder(first, last)
        .company(company + " " + dice.pick(country.legalForms()))
        .jobTitle(dice.pick(Vocabulary.JOB_TITLES))
        .email(Slugs.person(first, last) + "@" + domain)
        .address(new PostalAddress(Optional.empty(), Optional.of(city.name()), city.state(),
            Optional.of(dice.fill(city.postalPattern())), Optional.of(country.code())))
        .industry(dice.pick(Vocabulary.INDUSTRIES))
        .employeeCount(dice.employees())
        .website(domain)
        .source(dice.pick(Vocabulary.LEAD_SOURCES))
        .status(List.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING, LeadStatus.QUALIFIED,
            LeadStatus.DISQUALIFIED).get(dice.weighted(30, 25, 20, 15, 10)))
        .owner(organisation.repFor(country.region(), dice))
        .custom(DemoFields.LEAD_SCORE, dice.between(0, 100))
        .custom(DemoFields.INTERESTS, interests());
    if (dice.chance(0.8)) {
      draft.phone(dice.fill(city.phonePattern()));
    }
    if (dice.chance(0.5)) {
      draft.custom(DemoFields.BUDGET, Money.of(BigDecimal.valueOf(dice.between(5, 200) * 1000L), Money.currency("EUR")));
    }
    return draft.build();
  }

  private List<String> interests() {
    Set<String> chosen = new TreeSet<>();
    int count = dice.between(1, 3);
    while (chosen.size() < count) {
      chosen.add(dice.pick(DemoFields.PRODUCTS));
    }
    return List.copyOf(chosen);
  }

  private Country country() {
    int[] weights = Countries.ALL.stream().mapToInt(Country::weight).toArray();
    return Countries.ALL.get(dice.weighted(weights));
  }

  private PostalAddress address(Country country, City city) {
    String street = dice.pick(country.streets());
    String number = Integer.toString(dice.between(1, 180));
    String line = country.numberFirst() ? number + " " + street : street + " " + number;
    return new PostalAddress(Optional.of(line), Optional.of(city.name()), city.state(),
        Optional.of(dice.fill(city.postalPattern())), Optional.of(country.code()));
  }

  /** A company name not used before, such as {@code Rheinwerk} or {@code Thames Logistics}. */
  private String companyName(Country country) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String prefix = dice.pick(country.namePrefixes());
      String suffix = dice.pick(country.nameSuffixes());
      String name = country.compoundNames() ? prefix + suffix : prefix + " " + suffix;
      if (baseNames.add(name)) {
        return name;
      }
    }
    String name = dice.pick(country.namePrefixes()) + " " + dice.pick(country.cities()).name() + " " + baseNames.size();
    baseNames.add(name);
    return name;
  }
}
