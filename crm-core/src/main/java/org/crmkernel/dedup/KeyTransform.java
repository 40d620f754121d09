package org.crmkernel.dedup;

import java.util.Optional;

/** How a normalised value becomes part of a blocking key. */
public enum KeyTransform implements JsonNamed {
  /** The normalised value. */
  VALUE("value"),
  /** The first {@code length} characters. */
  PREFIX("prefix"),
  /** The last {@code length} characters (the subscriber part of a phone number). */
  SUFFIX("suffix"),
  /** The first word. */
  FIRST_TOKEN("firstToken"),
  /** The words sorted, so word order does not matter. */
  SORTED_TOKENS("sortedTokens"),
  /** The primary Double Metaphone code. */
  DOUBLE_METAPHONE("doubleMetaphone"),
  /** The Soundex code. */
  SOUNDEX("soundex"),
  /** The year of an ISO date. */
  YEAR("year"),
  /** The part of an e-mail address before the @. */
  LOCAL_PART("localPart");

  private final String jsonName;

  KeyTransform(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }

  /** The transform named {@code name} in rules JSON, ignoring case. */
  public static Optional<KeyTransform> byJsonName(String name) {
    return JsonNamed.find(values(), name);
  }
}
