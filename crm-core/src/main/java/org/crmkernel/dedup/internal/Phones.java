package org.crmkernel.dedup.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;

/** Phone number normaliser for matching: E.164 where libphonenumber can tell, digits otherwise. */
public final class Phones {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** Fewer digits than this cannot be a possible number anywhere; skip the parser. */
  private static final int MIN_DIGITS = 5;

  /** libphonenumber refuses longer input; skip the parser. */
  private static final int MAX_PARSE_LENGTH = 250;

  /** E.164 numbers have 8 (with the country code) to 15 digits. */
  private static final int MIN_E164_DIGITS = 8;

  private static final int MAX_E164_DIGITS = 15;

  private Phones() {}

  /**
   * The number in E.164 ("+61759659513" for "07 59659513" in region "AU") when it parses in
   * {@code defaultRegion} (an ISO 3166 code; a leading '+' overrides it) and is a possible
   * number; otherwise its digits, with a leading '+' when the input had one before the first
   * digit; "" when it has no digits.
   */
  public static String normalize(String raw, String defaultRegion) {
    StringBuilder digits = new StringBuilder(20);
    boolean plus = false;
    int n = raw.length();
    for (int i = 0; i < n; ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      int d = Character.digit(cp, 10);
      if (d >= 0) {
        digits.append((char) ('0' + d));
      } else if ((cp == '+' || cp == 0xFF0B) && digits.length() == 0) {
        plus = true;
      }
    }
    if (digits.length() == 0) {
      return "";
    }
    if (plus && digits.length() >= MIN_E164_DIGITS && digits.length() <= MAX_E164_DIGITS && plainInternational(raw)
        && noTrunkZero(digits)) {
      // "+61 412 345 678": with the country code written and nothing to strip, E.164 is the plus and the
      // digits, whether or not libphonenumber finds the number possible (it falls back to the same text).
      return "+" + digits;
    }
    if (digits.length() >= MIN_DIGITS && n <= MAX_PARSE_LENGTH) {
      try {
        // Without letters (no "ext"), the digits alone parse the same and about twice as fast as the raw text.
        String text = hasLetter(raw) ? raw : plus ? "+" + digits : digits.toString();
        PhoneNumber number = UTIL.parse(text, defaultRegion.strip().toUpperCase(Locale.ROOT));
        if (UTIL.isPossibleNumber(number)) {
          return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        }
      } catch (NumberParseException e) {
        // Not a number in that region: the digits below are the best key left.
      }
    }
    return plus ? "+" + digits : digits.toString();
  }

  /**
   * Whether libphonenumber would keep every digit after the country code (country codes are
   * prefix-free, 1 to 3 digits): it drops a trunk 0 ("+31 0 20 ...") and a national prefix that
   * follows the country code ("+1 1 212 ..."), which plain digits would keep. Checked against
   * the parser by a property test over many regions.
   */
  private static boolean noTrunkZero(CharSequence digits) {
    if (digits.charAt(0) == '0') {
      // "+00 ...": an international call prefix written after the plus; the parser knows what to do.
      return false;
    }
    for (int length = 1; length <= 3 && length < digits.length(); length++) {
      int code = Integer.parseInt(digits, 0, length, 10);
      String region = UTIL.getRegionCodeForCountryCode(code);
      if ("ZZ".equals(region)) {
        continue;
      }
      if (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) || digits.charAt(length) == '0') {
        return false;
      }
      String prefix = UTIL.getNddPrefixForRegion(region, true);
      if (prefix == null) {
        prefix = "";
      }
      return prefix.isEmpty() || !digits.subSequence(length, digits.length()).toString().startsWith(prefix);
    }
    return false;
  }

  /** Only a leading plus, digits, spaces, dots, hyphens and slashes: no "(0)" trunk prefix, no extension. */
  private static boolean plainInternational(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean plain = (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '.' || c == '/' || c == '+';
      if (!plain) {
        return false;
      }
    }
    return raw.strip().startsWith("+") && raw.indexOf('+', raw.indexOf('+') + 1) < 0;
  }

  private static boolean hasLetter(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isLetter(raw.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
