package org.crmkernel.dedup.internal;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;
import org.apache.commons.codec.language.Soundex;

/**
 * Phonetic codes of names (commons-codec) and the comparison of two Double Metaphone codes. The
 * encoders run once per record and may allocate; {@link #codeSimilarity} runs per candidate pair
 * and does not.
 */
public final class Phonetics {

  /** The longest Double Metaphone code kept. */
  public static final int DOUBLE_METAPHONE_LENGTH = 8;

  /** Configured once; the encoder keeps no per-call state, so threads share it. */
  private static final DoubleMetaphone DOUBLE_METAPHONE = doubleMetaphoneEncoder();

  private static final Nysiis NYSIIS = new Nysiis();

  private Phonetics() {}

  /**
   * The Double Metaphone code of the letters of {@code s} (other chars dropped first) as {@code
   * "PRIMARY"}, or {@code "PRIMARY|ALTERNATE"} when the alternate differs; "" when there are no
   * letters.
   */
  public static String doubleMetaphone(String s) {
    String letters = letters(s);
    if (letters.isEmpty()) {
      return "";
    }
    String primary = nonNull(DOUBLE_METAPHONE.doubleMetaphone(letters, false));
    String alternate = nonNull(DOUBLE_METAPHONE.doubleMetaphone(letters, true));
    return alternate.equals(primary) ? primary : primary + "|" + alternate;
  }

  /**
   * The American Soundex code (commons-codec {@code Soundex.US_ENGLISH}) of the letters A to Z of
   * {@code s}; "" when there are none. Other letters are dropped first because the encoder refuses
   * them.
   */
  public static String soundex(String s) {
    StringBuilder ascii = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char upper = Character.toUpperCase(s.charAt(i));
      if (upper >= 'A' && upper <= 'Z') {
        ascii.append(upper);
      }
    }
    return ascii.length() == 0 ? "" : nonNull(Soundex.US_ENGLISH.soundex(ascii.toString()));
  }

  /** The NYSIIS code (commons-codec {@code Nysiis}, strict: at most 6 chars) of {@code s}. */
  public static String nysiis(String s) {
    return nonNull(NYSIIS.nysiis(s));
  }

  /**
   * Compares two codes of the form {@code "PRIMARY"} or {@code "PRIMARY|ALTERNATE"} (a missing
   * alternate equals the primary): 1.0 when the primaries are equal (also both ""), 0.9 when one
   * side's primary equals the other's alternate or both alternates are equal, else 0.0.
   */
  public static double codeSimilarity(CharSequence x, CharSequence y) {
    int xl = x.length();
    int yl = y.length();
    if (xl == 0 || yl == 0) {
      return xl == yl ? 1d : 0d;
    }
    int xBar = bar(x);
    int yBar = bar(y);
    // [from, to) of each part; the alternate is the primary when there is no bar.
    int xpEnd = xBar < 0 ? xl : xBar;
    int ypEnd = yBar < 0 ? yl : yBar;
    int xaFrom = xBar < 0 ? 0 : xBar + 1;
    int yaFrom = yBar < 0 ? 0 : yBar + 1;
    if (regionEquals(x, 0, xpEnd, y, 0, ypEnd)) {
      return 1d;
    }
    if (regionEquals(x, 0, xpEnd, y, yaFrom, yl)
        || regionEquals(x, xaFrom, xl, y, 0, ypEnd)
        || regionEquals(x, xaFrom, xl, y, yaFrom, yl)) {
      return 0.9d;
    }
    return 0d;
  }

  private static int bar(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '|') {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionEquals(
      CharSequence x, int xFrom, int xTo, CharSequence y, int yFrom, int yTo) {
    int n = xTo - xFrom;
    if (n != yTo - yFrom) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (x.charAt(xFrom + i) != y.charAt(yFrom + i)) {
        return false;
      }
    }
    return true;
  }

  private static String letters(String s) {
    StringBuilder letters = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  private static String nonNull(String code) {
    return code == null ? "" : code;
  }

  private static DoubleMetaphone doubleMetaphoneEncoder() {
    DoubleMetaphone encoder = new DoubleMetaphone();
    encoder.setMaxCodeLen(DOUBLE_METAPHONE_LENGTH);
    return encoder;
  }
}
