package org.crmkernel.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.PhoneNumber;

/** Reads the e-mail addresses, phone numbers and websites callers type. */
final class ContactPoints {

  private static final java.util.regex.Pattern HAS_SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

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

  /**
   * Every number parsed with {@code region}, problems recorded under {@code phones[i]}. A text
   * equal to the editing form of one of {@code stored} is that number, without parsing again.
   */
  static List<PhoneNumber> phones(List<String> raw, String region, List<PhoneNumber> stored, Violations violations) {
    List<PhoneNumber> parsed = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      PhoneNumber known = stored.stream().filter(p -> phoneText(p).equals(text)).findFirst().orElse(null);
      if (known != null) {
        parsed.add(known);
        continue;
      }
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
        .map(w -> HAS_SCHEME.matcher(w).matches() ? w : "https://" + w);
  }

  /** The editing form of stored numbers: E.164 with the extension, which parses back to them. */
  static List<String> phoneTexts(List<PhoneNumber> phones) {
    return phones.stream().map(ContactPoints::phoneText).toList();
  }

  private static String phoneText(PhoneNumber phone) {
    return phone.extension().map(x -> phone.e164() + " ext. " + x).orElse(phone.e164());
  }

  /** The typed form of stored addresses, for editing. */
  static List<String> emailTexts(List<Email> emails) {
    return emails.stream().map(Email::address).toList();
  }
}
