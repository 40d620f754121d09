package org.crmkernel.model.value;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail address in normal form: trimmed, NFC, the domain lower-cased and in ASCII (IDNA),
 * the local part as given. {@link #parse} accepts user input; the constructor accepts only the
 * normal form.
 */
public record Email(String address) {

  /** RFC 5321 limits. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_LENGTH = 64;
  private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

  /** Accepts only a normalised, valid address; null is a {@code required} violation. */
  public Email {
    Violations violations = new Violations();
    String normal = normalise(address, violations);
    violations.throwIfAny();
    if (!address.equals(normal)) {
      throw CrmValidationException.of("", "not_normalised", "is not in normal form; use Email.parse");
    }
  }

  /** Parses user input, normalising it; fails listing what is wrong (null is {@code required}). */
  public static Email parse(@Nullable String raw) {
    Violations violations = new Violations();
    String normal = normalise(raw, violations);
    violations.throwIfAny();
    return new Email(normal);
  }

  /** The domain part, lower-case ASCII. */
  public String domain() {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  /** The local part, as given. */
  public String localPart() {
    return address.substring(0, address.lastIndexOf('@'));
  }

  /** A case-insensitive key for equality checks between addresses. */
  public String matchKey() {
    return address.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return address;
  }

  private static String normalise(@Nullable String raw, Violations violations) {
    if (raw == null) {
      violations.add("", "required", "must be given");
      return "";
    }
    boolean ascii = isAscii(raw);
    // ASCII is already NFC, and its domain needs only lower-casing: skip the costly IDNA path.
    String value = (ascii ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC)).strip();
    if (value.isEmpty()) {
      violations.add("", "required", "must not be blank");
      return value;
    }
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
      violations.add("", "invalid_email", "must be one local part, one '@' and a domain");
      return value;
    }
    String local = value.substring(0, at);
    String domain;
    try {
      String given = value.substring(at + 1);
      domain = (ascii ? given : IDN.toASCII(given, IDN.USE_STD3_ASCII_RULES)).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      violations.add("", "invalid_email", "has a domain that is not a valid host name");
      return value;
    }
    if (local.length() > MAX_LOCAL_LENGTH) {
      violations.add("", "too_long", "has a local part longer than " + MAX_LOCAL_LENGTH + " characters");
    } else if (!isDotAtom(local)) {
      violations.add("", "invalid_email", "has a local part with characters that are not allowed");
    }
    String[] labels = domain.split("\\.", -1);
    boolean domainOk = labels.length >= 2 && isTopLabel(labels[labels.length - 1]);
    for (String label : labels) {
      domainOk &= isLabel(label);
    }
    if (!domainOk) {
      violations.add("", "invalid_email", "has a domain that is not a valid host name");
    }
    String normal = local + "@" + domain;
    if (normal.length() > MAX_LENGTH) {
      violations.add("", "too_long", "is longer than " + MAX_LENGTH + " characters");
    }
    return normal;
  }

  // The three checks below are RFC 5322 dot-atoms (letters and digits of any script allowed, as
  // in RFC 6531) and RFC 1123 host labels, written as loops: as regular expressions with Unicode
  // classes they were the largest cost of creating a customer (crm-bench).

  /** Atoms of letters, digits and RFC 5322 symbols, joined by single dots. */
  private static boolean isDotAtom(String local) {
    boolean atomStart = true;
    for (int i = 0; i < local.length(); ) {
      int c = local.codePointAt(i);
      i += Character.charCount(c);
      if (c == '.') {
        if (atomStart) {
          return false;
        }
        atomStart = true;
      } else if (Character.isLetterOrDigit(c) || LOCAL_SYMBOLS.indexOf(c) >= 0) {
        atomStart = false;
      } else {
        return false;
      }
    }
    return !atomStart;
  }

  /** 1 to 63 lower-case letters, digits and inner hyphens. */
  private static boolean isLabel(String label) {
    int n = label.length();
    if (n == 0 || n > 63 || label.charAt(0) == '-' || label.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = label.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** A top-level domain: 2 to 63 letters, or an IDNA label ({@code xn--...}). */
  private static boolean isTopLabel(String label) {
    if (label.startsWith("xn--")) {
      return label.length() > 4 && isLabel(label);
    }
    if (label.length() < 2 || label.length() > 63) {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
