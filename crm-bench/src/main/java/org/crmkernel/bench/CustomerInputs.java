package org.crmkernel.bench;

import java.time.LocalDate;
import java.util.Optional;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.PostalAddress;

/**
 * A fixed pool of varied customer data, both as a host types it (for the kernel, which parses
 * it) and already parsed (for a bare store caller). Benchmarks cycle through the pool so that
 * no single value is constant-folded, while building the pool stays outside the measurement.
 */
final class CustomerInputs {

  /** How many distinct inputs there are; a power of two, so an index is a mask away. */
  static final int SIZE = 1024;

  private static final String[] CITIES = {"San Francisco", "Austin", "Boston", "Denver", "Seattle", "Chicago"};
  private static final String[] INDUSTRIES = {"Software", "Hardware", "Retail", "Logistics", "Insurance"};
  private static final String[] TIERS = {"gold", "silver", "bronze"};
  private static final String[] FIRST_NAMES = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald"};
  private static final String[] LAST_NAMES = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth"};

  /** The tier picklist's values. */
  static final String[] TIER_CHOICES = TIERS.clone();

  private final String[] names = new String[SIZE];
  private final String[] typedEmails = new String[SIZE];
  private final Email[] emails = new Email[SIZE];
  private final String[] typedPhones = new String[SIZE];
  private final PhoneNumber[] phones = new PhoneNumber[SIZE];
  private final String[] typedWebsites = new String[SIZE];
  private final String[] websites = new String[SIZE];
  private final PostalAddress[] addresses = new PostalAddress[SIZE];
  private final LocalDate[] renewals = new LocalDate[SIZE];

  CustomerInputs() {
    for (int i = 0; i < SIZE; i++) {
      String company = "acme%04d".formatted(i);
      names[i] = "Acme %04d Inc.".formatted(i);
      typedEmails[i] = "Sales@" + company + ".example";
      emails[i] = Email.parse(typedEmails[i]);
      // US national format, read with the tenant's default region; 555-01xx is reserved for fiction.
      typedPhones[i] = "(415) 555-%04d".formatted(100 + i % 100);
      phones[i] = PhoneNumber.parse(typedPhones[i], "US");
      typedWebsites[i] = company + ".example";
      websites[i] = "https://" + typedWebsites[i];
      addresses[i] = PostalAddress.of((i + 1) + " Market Street", CITIES[i % CITIES.length],
          "%05d".formatted(94_000 + i), "US");
      renewals[i] = LocalDate.of(2027, 1, 1).plusDays(i);
    }
  }

  /** An index into the pool for the {@code n}-th operation. */
  static int index(long n) {
    return (int) (n & (SIZE - 1));
  }

  String name(int i) {
    return names[i];
  }

  String typedEmail(int i) {
    return typedEmails[i];
  }

  Email email(int i) {
    return emails[i];
  }

  String typedPhone(int i) {
    return typedPhones[i];
  }

  PhoneNumber phone(int i) {
    return phones[i];
  }

  String typedWebsite(int i) {
    return typedWebsites[i];
  }

  Optional<String> website(int i) {
    return Optional.of(websites[i]);
  }

  String industry(int i) {
    return INDUSTRIES[i % INDUSTRIES.length];
  }

  PostalAddress address(int i) {
    return addresses[i];
  }

  String tier(int i) {
    return TIERS[i % TIERS.length];
  }

  LocalDate renewal(int i) {
    return renewals[i];
  }

  String firstName(int i) {
    return FIRST_NAMES[i % FIRST_NAMES.length];
  }

  String lastName(int i) {
    return LAST_NAMES[(i / FIRST_NAMES.length) % LAST_NAMES.length];
  }

  String jobTitle(int i) {
    return i % 2 == 0 ? "Buyer" : "Head of Operations";
  }
}
