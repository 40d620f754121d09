package org.crmkernel.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;

/** Reads the e-mail addresses, phone numbers and websites callers type. */
final class ContactPoints {

  private ContactPoints() {}

  /** Every address parsed, problems recorded under {@code emails[i]}. */
  static List<Email> emails(List<String> raw, Violations violations) {
    List<Email> parsed = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      Email email = violations.attempt("emails[" + i + "]", () -> Email.parse(text));
      if (email != null) {
        parsed.add(email);
      }
    }
    return parsed;
  }

  /** Every number parsed with {@code region}, problems recorded under {@code phones[i]}. */
  static List<PhoneNumber> phones(List<String> raw, String region, Violations violations) {
    List<PhoneNumber> parsed = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      PhoneNumber phone = violations.attempt("phones[" + i + "]", () -> PhoneNumber.parse(text, region));
      if (phone != null) {
        parsed.add(phone);
      }
    }
    return parsed;
  }

  /** The website with {@code https://} added when the caller gave none; blank means none. */
  static Optional<String> website(Optional<String> raw) {
    return raw.map(String::strip).filter(w -> !w.isEmpty())
        .map(w -> w.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*") ? w : "https://" + w);
  }

  /** The typed form of stored numbers, for editing. */
  static List<String> phoneTexts(List<PhoneNumber> phones) {
    return phones.stream().map(PhoneNumber::international).toList();
  }

  /** The typed form of stored addresses, for editing. */
  static List<String> emailTexts(List<Email> emails) {
    return emails.stream().map(Email::address).toList();
  }
}
