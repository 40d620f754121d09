package org.crmkernel.dedup.internal;

import com.google.common.collect.ImmutableMap;

/** Date-field normaliser: reads the usual written forms of a calendar date by hand. */
public final class DateValues {

  private static final ImmutableMap<String, Integer> MONTHS =
      ImmutableMap.<String, Integer>builder()
          .put("jan", 1).put("january", 1)
          .put("feb", 2).put("february", 2)
          .put("mar", 3).put("march", 3)
          .put("apr", 4).put("april", 4)
          .put("may", 5)
          .put("jun", 6).put("june", 6)
          .put("jul", 7).put("july", 7)
          .put("aug", 8).put("august", 8)
          .put("sep", 9).put("sept", 9).put("september", 9)
          .put("oct", 10).put("october", 10)
          .put("nov", 11).put("november", 11)
          .put("dec", 12).put("december", 12)
          .build();

  private DateValues() {}

  /**
   * Reads a date: {@code yyyy-MM-dd}, {@code yyyyMMdd}, {@code yyyy/MM/dd}, day-month-year with
   * '/', '.', '-' or spaces ({@code dd/MM/yyyy}, {@code d/M/yyyy}, {@code dd.MM.yyyy}), or
   * month-day-year when {@code dayFirst} is false (a first number above 12 is the day
   * whichever way, and a second above 12 is the day too), and English month names ("12 March
   * 1980", "March 12th, 1980", "12-Mar-1980"). A parsed date is ISO {@code yyyy-MM-dd}; invalid
   * dates (1980-02-30) and other text are returned folded with {@code parsed} false.
   */
  public static ParsedDate parse(String raw, boolean dayFirst) {
    String folded = PersonNames.fold(raw);
    String[] tokens = Fold.tokens(folded);
    String iso = read(tokens, dayFirst);
    return iso == null ? new ParsedDate(folded, false) : new ParsedDate(iso, true);
  }

  private static String read(String[] tokens, boolean dayFirst) {
    if (tokens.length == 1) {
      String t = tokens[0];
      if (t.length() == 8 && isDigits(t)) {
        return iso(number(t, 0, 4), number(t, 4, 6), number(t, 6, 8));
      }
      return null;
    }
    int[] numbers = new int[3];
    int[] widths = new int[3];
    int count = 0;
    int month = 0;
    int monthAt = -1;
    for (String t : tokens) {
      Integer m = MONTHS.get(t);
      if (m != null) {
        if (month != 0) {
          return null;
        }
        month = m;
        monthAt = count;
        continue;
      }
      int digits = leadingDigits(t);
      if (digits == 0 || digits > 4 || count == 3) {
        return null;
      }
      if (digits < t.length() && !isOrdinal(t.substring(digits))) {
        return null;
      }
      numbers[count] = number(t, 0, digits);
      widths[count] = digits;
      count++;
    }
    if (month != 0) {
      // "12 March 1980", "March 12 1980": the day is the short number, the year the 4-digit one.
      if (count != 2 || widths[1] != 4 || widths[0] > 2 || monthAt == 2) {
        return null;
      }
      return iso(numbers[1], month, numbers[0]);
    }
    if (count != 3) {
      return null;
    }
    if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2) {
      return iso(numbers[0], numbers[1], numbers[2]);
    }
    if (widths[2] != 4 || widths[0] > 2 || widths[1] > 2) {
      return null;
    }
    int a = numbers[0];
    int b = numbers[1];
    boolean dayIsFirst = a > 12 || (b <= 12 && dayFirst);
    return dayIsFirst ? iso(numbers[2], b, a) : iso(numbers[2], a, b);
  }

  private static boolean isOrdinal(String suffix) {
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  private static int leadingDigits(String t) {
    int i = 0;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static boolean isDigits(String t) {
    return leadingDigits(t) == t.length();
  }

  private static int number(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (t.charAt(i) - '0');
    }
    return v;
  }

  /** The ISO text of a valid date, or null. Years 1 to 9999 (proleptic Gregorian). */
  private static String iso(int year, int month, int day) {
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return null;
    }
    char[] c = new char[10];
    c[0] = (char) ('0' + year / 1000);
    c[1] = (char) ('0' + year / 100 % 10);
    c[2] = (char) ('0' + year / 10 % 10);
    c[3] = (char) ('0' + year % 10);
    c[4] = '-';
    c[5] = (char) ('0' + month / 10);
    c[6] = (char) ('0' + month % 10);
    c[7] = '-';
    c[8] = (char) ('0' + day / 10);
    c[9] = (char) ('0' + day % 10);
    return new String(c);
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
