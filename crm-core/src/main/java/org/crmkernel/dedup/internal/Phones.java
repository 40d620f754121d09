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


  private Phones() {}

  /**
   * The number in E.164 ("+61759659513" for "07 59659513" in region "AU") when it parses in
   * {@code defaultRegion} (an ISO 3166 code; a leading '+' overrides it) and is a possible
   * number; otherwise its digits, with a leading '+' when the input had one before the first
   * digit; "" when it has no digits.
   */
  public static String normalize(String raw, String defaultRegion) {
    return parse(raw, defaultRegion).value();
  }

  /**
   * A phone number normalised as {@link #normalize} does, and whether it was read as a number:
   * in E.164 by libphonenumber (or written so already); false when only its digits were kept, or
   * when it had none.
   *
   * @param value the normalised number, "" when the text had no digits
   * @param parsed whether the value is a number libphonenumber could read
   */
  public record Parsed(String value, boolean parsed) {}

  /** The number normalised, and whether it could be read as one. */
  public static Parsed parse(String raw, String defaultRegion) {
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
      return new Parsed("", false);
    }
    if (digits.length() >= MIN_DIGITS && n <= MAX_PARSE_LENGTH) {
      try {
        // The raw text, not its digits: libphonenumber reads some numbers differently once their
        // grouping is gone (a property test found "+672 3 10000").
        PhoneNumber number = UTIL.parse(raw, defaultRegion.strip().toUpperCase(Locale.ROOT));
        if (UTIL.isPossibleNumber(number)) {
          return new Parsed(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), true);
        }
      } catch (NumberParseException e) {
        // Not a number in that region: the digits below are the best key left.
      }
    }
    return new Parsed(plus ? "+" + digits : digits.toString(), false);
  }





}
