package org.crmkernel.dedup.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * Street-line and postal-code normalisers. A street line is read once into house number, unit
 * and street name: "unit 5, 12 main street", "5/12 Main St" and "12 main st apt 5" all have
 * number "12", unit "5" and street "main st". Street types come from {@code street-types.txt},
 * compass directions from {@code directions.txt}.
 */
public final class Addresses {

  private static final ImmutableMap<String, String> STREET_TYPES = Phrases.canonicalTable("street-types.txt");
  private static final ImmutableMap<String, String> DIRECTIONS = Phrases.canonicalTable("directions.txt");

  /** Designators whose value is the unit (flat, apartment, suite) of a street line. */
  private static final ImmutableSet<String> UNIT_WORDS =
      ImmutableSet.of("unit", "u", "apt", "apartment", "suite", "ste", "flat", "room", "rm", "shop");

  /** Designators whose value is removed from the street name but is not the unit. */
  private static final ImmutableSet<String> LEVEL_WORDS = ImmutableSet.of("level", "lvl", "floor", "fl");

  private Addresses() {}

  /** The parts of one street line. */
  private record Street(String number, String unit, String name) {}

  /**
   * The street name of a street line: folded, house number and unit or level designators
   * removed, street types in one short form ("road" is "rd") and directions abbreviated
   * ("north" is "n"). "Unit 5, 12 Main Street North" gives "main st n".
   */
  public static String streetName(String streetLine) {
    return parse(streetLine).name();
  }

  /** The house number of a street line ("12", "12a", "12-14"), or "". "5/12 main st" gives "12". */
  public static String streetNumber(String streetLine) {
    return parse(streetLine).number();
  }

  /** The unit of a street line ("5" for "unit 5", "apt 5", "flat 5", "#5", "5/12 ..."), or "". */
  public static String unit(String streetLine) {
    return parse(streetLine).unit();
  }

  /**
   * A postal code: letters and digits only, upper case; a US ZIP+4 ("60601-1234", "606011234")
   * gives its five-digit ZIP. "sw1a 1aa" gives "SW1A1AA". Idempotent.
   */
  public static String postalCode(String code) {
    int n = code.length();
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; ) {
      int cp = code.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toUpperCase(cp));
      }
    }
    if (out.length() == 9) {
      boolean digits = true;
      for (int i = 0; i < 9 && digits; i++) {
        char c = out.charAt(i);
        digits = c >= '0' && c <= '9';
      }
      if (digits) {
        return out.substring(0, 5);
      }
    }
    return out.toString();
  }

  private static Street parse(String line) {
    String[] tokens = Fold.tokens(Fold.fold(line, "/#-"));
    String number = "";
    String unit = "";
    StringBuilder name = new StringBuilder();
    int n = tokens.length;
    for (int i = 0; i < n; i++) {
      String t = tokens[i];
      if (UNIT_WORDS.contains(t) || LEVEL_WORDS.contains(t)) {
        int v = i + 1;
        if (v < n && tokens[v].equals("#")) {
          v++;
        }
        if (v < n && isDesignatorValue(tokens[v])) {
          if (unit.isEmpty() && UNIT_WORDS.contains(t)) {
            unit = stripHash(tokens[v]);
          }
          i = v;
          continue;
        }
      }
      if (t.charAt(0) == '#') {
        String value = stripHash(t);
        if (value.isEmpty() && i + 1 < n && isDesignatorValue(tokens[i + 1])) {
          value = tokens[++i];
        }
        if (!value.isEmpty()) {
          if (unit.isEmpty()) {
            unit = value;
          }
          continue;
        }
        appendWords(name, t);
        continue;
      }
      int slash = t.indexOf('/');
      if (slash > 0 && number.isEmpty() && isHouseNumber(t.substring(slash + 1)) && isDesignatorValue(t.substring(0, slash))) {
        if (unit.isEmpty()) {
          unit = t.substring(0, slash);
        }
        number = t.substring(slash + 1);
        continue;
      }
      if (number.isEmpty() && isHouseNumber(t)) {
        number = t;
        continue;
      }
      appendWords(name, t);
    }
    return new Street(number, unit, name.toString());
  }

  /** Appends a token's words (split at the kept '/', '#', '-'), street types and directions mapped. */
  private static void appendWords(StringBuilder name, String token) {
    int start = 0;
    int len = token.length();
    for (int i = 0; i <= len; i++) {
      if (i == len || token.charAt(i) == '/' || token.charAt(i) == '#' || token.charAt(i) == '-') {
        if (i > start) {
          String word = token.substring(start, i);
          String mapped = STREET_TYPES.get(word);
          if (mapped == null) {
            mapped = DIRECTIONS.getOrDefault(word, word);
          }
          if (name.length() > 0) {
            name.append(' ');
          }
          name.append(mapped);
        }
        start = i + 1;
      }
    }
  }

  private static String stripHash(String t) {
    int i = 0;
    while (i < t.length() && t.charAt(i) == '#') {
      i++;
    }
    return t.substring(i);
  }

  /** A unit or level value: digits with at most two letters ("3b", "12"), or one letter ("b"). */
  private static boolean isDesignatorValue(String raw) {
    String t = stripHash(raw);
    if (t.isEmpty()) {
      return false;
    }
    if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
      return true;
    }
    int digits = 0;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c >= 'a' && c <= 'z') {
        letters++;
      } else {
        return false;
      }
    }
    return digits > 0 && letters <= 2 && t.length() <= 8;
  }

  /**
   * A house number: digits with at most one trailing letter, or a range of two such ("12",
   * "12a", "12-14"). Ordinals ("1st", "42nd") are street names.
   */
  private static boolean isHouseNumber(String t) {
    int dash = t.indexOf('-');
    if (dash < 0) {
      return isSingleNumber(t);
    }
    return dash > 0 && t.indexOf('-', dash + 1) < 0 && isSingleNumber(t.substring(0, dash)) && isSingleNumber(t.substring(dash + 1));
  }

  private static boolean isSingleNumber(String t) {
    int len = t.length();
    if (len == 0 || len > 7) {
      return false;
    }
    int i = 0;
    while (i < len && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    if (i == 0) {
      return false;
    }
    return i == len || i == len - 1 && t.charAt(i) >= 'a' && t.charAt(i) <= 'z';
  }
}
