package org.crmkernel.dedup;


/**
 * How a raw field value becomes the value that is compared: folded, stripped of what does not
 * tell records apart, and written one way. Every normalisation accepts any text and returns ""
 * when nothing usable remains, which the matcher treats as a missing value. The matcher applies
 * them; this enum only names them.
 */
public enum Normalization implements JsonNamed {
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

  @Override
  public String jsonName() {
    return jsonName;
  }

  /** The normalisation named {@code name} in rules JSON, ignoring case. */
  public static java.util.Optional<Normalization> byJsonName(String name) {
    return JsonNamed.find(values(), name);
  }
}
