package org.crmkernel.dedup;

import org.crmkernel.dedup.internal.Addresses;
import org.crmkernel.dedup.internal.DateValues;
import org.crmkernel.dedup.internal.Emails;
import org.crmkernel.dedup.internal.OrganisationNames;
import org.crmkernel.dedup.internal.PersonNames;
import org.crmkernel.dedup.internal.Phones;

/**
 * How a raw field value becomes the value that is compared: folded, stripped of what does not
 * tell records apart, and written one way. Every normalisation accepts any text and returns ""
 * when nothing usable remains, which the matcher treats as a missing value.
 */
public enum Normalization {
  /** The value as it is, trimmed. */
  NONE("none"),
  /** Unicode folding: width, accents, case and punctuation. */
  TEXT("text"),
  /** A given name: folded, honorifics dropped, nicknames mapped to their name (Bob = Robert). */
  GIVEN_NAME("givenName"),
  /** A family name: folded, suffixes such as Jr or PhD dropped. */
  SURNAME("surname"),
  /** A whole person's name in one field: folded, honorifics and suffixes dropped. */
  PERSON_NAME("personName"),
  /** An organisation's name: folded, legal forms, a leading "the" and "&"/"and" evened out. */
  ORGANISATION_NAME("organisationName"),
  /** An e-mail address: case, plus-tags and the dots that Gmail ignores. */
  EMAIL("email"),
  /** A phone number in E.164 through libphonenumber; an unparsable one keeps its digits. */
  PHONE("phone"),
  /** The street name of a street line, with street types abbreviated one way (Street = St). */
  STREET_NAME("streetName"),
  /** The house number of a street line. */
  STREET_NUMBER("streetNumber"),
  /** The unit (apartment, suite, flat) of a street line. */
  UNIT("unit"),
  /** A postal code: upper case, without spaces and hyphens; ZIP+4 cut to five digits. */
  POSTAL_CODE("postalCode"),
  /** A date as ISO {@code yyyy-MM-dd}; a value that does not parse is kept as folded text. */
  DATE("date"),
  /** The digits of the value only. */
  DIGITS("digits");

  private final String jsonName;

  Normalization(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in rules JSON. */
  public String jsonName() {
    return jsonName;
  }

  /** The normalisation named {@code name} in rules JSON, ignoring case. */
  public static java.util.Optional<Normalization> byJsonName(String name) {
    for (Normalization n : values()) {
      if (n.jsonName.equalsIgnoreCase(name) || n.name().equalsIgnoreCase(name)) {
        return java.util.Optional.of(n);
      }
    }
    return java.util.Optional.empty();
  }

  /** Normalises {@code raw}; "" when nothing usable remains. */
  public String apply(String raw, MatchContext context) {
    return switch (this) {
      case NONE -> raw.strip();
      case TEXT -> PersonNames.fold(raw);
      case GIVEN_NAME -> PersonNames.givenName(raw);
      case SURNAME -> PersonNames.surname(raw);
      case PERSON_NAME -> PersonNames.fullName(raw);
      case ORGANISATION_NAME -> OrganisationNames.normalize(raw);
      case EMAIL -> Emails.normalize(raw);
      case PHONE -> Phones.normalize(raw, context.defaultRegion());
      case STREET_NAME -> Addresses.streetName(raw);
      case STREET_NUMBER -> Addresses.streetNumber(raw);
      case UNIT -> Addresses.unit(raw);
      case POSTAL_CODE -> Addresses.postalCode(raw);
      case DATE -> DateValues.parse(raw, context.dayFirst()).value();
      case DIGITS -> digits(raw);
    };
  }

  /**
   * Whether {@code raw} is usable as this kind of value: false for a date that does not parse
   * or a phone number that libphonenumber cannot read. Such values are still matched as text
   * and counted in the statistics.
   */
  public boolean isWellFormed(String raw, MatchContext context) {
    return switch (this) {
      case DATE -> DateValues.parse(raw, context.dayFirst()).parsed();
      case PHONE -> Phones.normalize(raw, context.defaultRegion()).startsWith("+");
      default -> true;
    };
  }

  private static String digits(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
