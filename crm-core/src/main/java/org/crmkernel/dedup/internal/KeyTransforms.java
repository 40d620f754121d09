package org.crmkernel.dedup.internal;

import org.crmkernel.dedup.KeyTransform;

/** What each {@link KeyTransform} makes of a normalised value. */
public final class KeyTransforms {

  private KeyTransforms() {}

  /** The key part of a normalised value; "" when there is none. */
  public static String apply(KeyTransform transform, String normalized, int length) {
    if (normalized.isEmpty()) {
      return normalized;
    }
    return switch (transform) {
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
