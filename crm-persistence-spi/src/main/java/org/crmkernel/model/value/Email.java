package org.crmkernel.model.value;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;

/**
 * An e-mail address in normal form: trimmed, NFC, the domain lower-cased and in ASCII (IDNA),
 * the local part as given. {@link #parse} accepts user input; the constructor accepts only the
 * normal form.
 */
public record Email(String address) {

  /** RFC 5321 limits. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_LENGTH = 64;
  private static final Pattern LOCAL =
      Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern TOP_LABEL = Pattern.compile("([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

  /** Accepts only a normalised, valid address. */
  public Email {
    Violations violations = new Violations();
    String normal = normalise(address, violations);
    violations.throwIfAny();
    if (!address.equals(normal)) {
      throw CrmValidationException.of("", "not_normalised", "is not in normal form; use Email.parse");
    }
  }

  /** Parses user input, normalising it; fails listing what is wrong. */
  public static Email parse(String raw) {
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

  private static String normalise(String raw, Violations violations) {
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
    } else if (!LOCAL.matcher(local).matches()) {
      violations.add("", "invalid_email", "has a local part with characters that are not allowed");
    }
    String[] labels = domain.split("\\.", -1);
    boolean domainOk = labels.length >= 2 && TOP_LABEL.matcher(labels[labels.length - 1]).matches();
    for (String label : labels) {
      domainOk &= LABEL.matcher(label).matches();
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

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
