package org.crmkernel.dedup.internal;

/**
 * Relative closeness of two decimal numbers written as text ({@code "-12.50"}, {@code "1999"}),
 * parsed without allocating.
 */
public final class Numbers {

  /** Significant digits kept in the mantissa; more cannot change a double meaningfully. */
  private static final int MAX_DIGITS = 18;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private Numbers() {}

  /**
   * {@code 1 - |x - y| / max(|x|, |y|)} clamped to [0, 1], 1.0 when both are zero. When either
   * string is not a decimal (optional sign, digits, at most one '.', nothing else): 1.0 for equal
   * strings, else 0.0.
   */
  public static double similarity(CharSequence a, CharSequence b) {
    double x = parse(a);
    double y = parse(b);
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return CharSequence.compare(a, b) == 0 ? 1d : 0d;
    }
    double largest = Math.max(Math.abs(x), Math.abs(y));
    if (largest == 0d) {
      return 1d;
    }
    double similarity = 1d - Math.abs(x - y) / largest;
    return Math.max(0d, Math.min(1d, similarity));
  }

  /** The value of a decimal, or NaN when the text is not one (NaN signals without allocating). */
  static double parse(CharSequence s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    boolean digits = false;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (point) {
          return Double.NaN;
        }
        point = true;
      } else if (c >= '0' && c <= '9') {
        digits = true;
        if (significant < MAX_DIGITS) {
          if (mantissa != 0 || c != '0') {
            significant++;
          }
          mantissa = mantissa * 10 + (c - '0');
          if (point) {
            exponent--;
          }
        } else if (!point) {
          exponent++;
        }
      } else {
        return Double.NaN;
      }
    }
    if (!digits) {
      return Double.NaN;
    }
    double value = scale(mantissa, exponent);
    if (Double.isInfinite(value)) {
      // Beyond the double range no difference can be measured; such text compares as text.
      return Double.NaN;
    }
    return negative ? -value : value;
  }

  private static double scale(long mantissa, int exponent) {
    if (exponent == 0 || mantissa == 0) {
      return mantissa;
    }
    if (exponent > 0) {
      return exponent < POWERS_OF_TEN.length
          ? mantissa * POWERS_OF_TEN[exponent]
          : mantissa * Math.pow(10, exponent);
    }
    return -exponent < POWERS_OF_TEN.length
        ? mantissa / POWERS_OF_TEN[-exponent]
        : mantissa / Math.pow(10, -exponent);
  }

}
