package org.crmkernel.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The rules crmkernel ships for contacts, leads and accounts: fields, comparators, levels,
 * probabilities, thresholds and blocking keys that work without tuning on typical customer
 * data. Each is a JSON resource next to this class, so it doubles as an example to copy.
 */
public final class DefaultMatchRules {

  private static final MatchRules CONTACTS = load("contacts-rules.json");
  private static final MatchRules LEADS = load("leads-rules.json");
  private static final MatchRules ACCOUNTS = load("accounts-rules.json");

  private DefaultMatchRules() {}

  /** Rules for contacts: names (swaps, nicknames), birth date, e-mail, phone and address. */
  public static MatchRules contacts() {
    return CONTACTS;
  }

  /** Rules for leads: as contacts, with the company name and without a birth date. */
  public static MatchRules leads() {
    return LEADS;
  }

  /** Rules for accounts: organisation name, address, phone, e-mail and website. */
  public static MatchRules accounts() {
    return ACCOUNTS;
  }

  /** The rules for {@code kind} (contacts, leads or accounts). */
  public static java.util.Optional<MatchRules> forKind(String kind) {
    return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
      case "contacts", "contact" -> java.util.Optional.of(CONTACTS);
      case "leads", "lead" -> java.util.Optional.of(LEADS);
      case "accounts", "account" -> java.util.Optional.of(ACCOUNTS);
      default -> java.util.Optional.empty();
    };
  }

  private static MatchRules load(String name) {
    try (InputStream in = DefaultMatchRules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return MatchRulesJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
