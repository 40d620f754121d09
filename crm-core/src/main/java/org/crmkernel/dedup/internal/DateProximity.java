package org.crmkernel.dedup.internal;

/**
 * Closeness of two ISO dates ({@code yyyy-MM-dd}) as a birth-date comparator sees it: typos in one
 * part and day-month swaps are likelier than dates a few months apart. Parsed without allocating.
 */
public final class DateProximity {

  /** Dates further apart than this many days score 0. */
  private static final int WINDOW_DAYS = 365;

  private DateProximity() {}

  /**
   * 1.0 for the same date; 0.9 for the same year with day and month swapped; 0.8 when exactly two
   * of year, month and day agree; otherwise {@code 0.5 * (1 - days apart / 365)} within 365 days,
   * else 0.0. When either is not a valid calendar date of exactly 10 chars: 1.0 for equal strings,
   * else 0.0.
   */
  public static double similarity(CharSequence a, CharSequence b) {
    int x = parse(a);
    int y = parse(b);
    if (x < 0 || y < 0) {
      return CharSequence.compare(a, b) == 0 ? 1d : 0d;
    }
    if (x == y) {
      return 1d;
    }
    int xYear = x / 10_000;
    int xMonth = x / 100 % 100;
    int xDay = x % 100;
    int yYear = y / 10_000;
    int yMonth = y / 100 % 100;
    int yDay = y % 100;
    if (xYear == yYear && xDay == yMonth && xMonth == yDay && xDay != xMonth) {
      return 0.9d;
    }
    int agreeing = (xYear == yYear ? 1 : 0) + (xMonth == yMonth ? 1 : 0) + (xDay == yDay ? 1 : 0);
    if (agreeing == 2) {
      return 0.8d;
    }
    long apart = Math.abs(epochDay(xYear, xMonth, xDay) - epochDay(yYear, yMonth, yDay));
    return apart <= WINDOW_DAYS ? 0.5d * (1d - (double) apart / WINDOW_DAYS) : 0d;
  }

  /** The date as {@code yyyymmdd}, or -1 when the text is not a valid ISO calendar date. */
  static int parse(CharSequence s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return -1;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return -1;
    }
    return year * 10_000 + month * 100 + day;
  }

  private static int digits(CharSequence s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days since 1970-01-01 in the proleptic Gregorian calendar (as {@code LocalDate} counts). */
  static long epochDay(int year, int month, int day) {
    // Days from civil (H. Hinnant): March-based years put the leap day at the end.
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

}
