package org.crmkernel.dedup;

import java.util.Optional;
import org.crmkernel.dedup.internal.PhoneticCodes;

/** How a normalised value becomes part of a blocking key. */
public enum KeyTransform {
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

  /** The name used in rules JSON. */
  public String jsonName() {
    return jsonName;
  }

  /** The transform named {@code name} in rules JSON, ignoring case. */
  public static Optional<KeyTransform> byJsonName(String name) {
    for (KeyTransform t : values()) {
      if (t.jsonName.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The key part of a normalised value; "" when there is none. */
  public String apply(String normalized, int length) {
    if (normalized.isEmpty()) {
      return normalized;
    }
    return switch (this) {
      case VALUE -> normalized;
      case PREFIX -> normalized.length() <= length ? normalized : normalized.substring(0, length);
      case SUFFIX -> normalized.length() <= length ? normalized : normalized.substring(normalized.length() - length);
      case FIRST_TOKEN -> {
        int space = normalized.indexOf(' ');
        yield space < 0 ? normalized : normalized.substring(0, space);
      }
      case SORTED_TOKENS -> String.join(" ", new java.util.TreeSet<>(java.util.Arrays.asList(normalized.split(" "))));
      case DOUBLE_METAPHONE -> {
        String code = PhoneticCodes.doubleMetaphone(normalized);
        int bar = code.indexOf('|');
        yield bar < 0 ? code : code.substring(0, bar);
      }
      case SOUNDEX -> PhoneticCodes.soundex(normalized);
      case YEAR -> normalized.length() == 10 && normalized.charAt(4) == '-' ? normalized.substring(0, 4) : "";
      case LOCAL_PART -> {
        int at = normalized.indexOf('@');
        yield at <= 0 ? "" : normalized.substring(0, at);
      }
    };
  }
}
