package org.crmkernel.dedup.internal;

/**
 * The optimal-string-alignment distance when it is at most a bound, computed in a diagonal band
 * of width 2 × bound + 1 that stops as soon as a whole row exceeds the bound. Scoring needs only
 * to know whether two values are within a level's reach (a phone number one typo away), so this
 * costs O(bound × length) instead of O(length²). Allocation-free: rows are per-thread scratch.
 */
public final class BoundedEditDistance {

  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][64]);

  private BoundedEditDistance() {}

  /**
   * {@code min(distance(a, b), bound + 1)}, where distance is {@link DamerauLevenshtein#distance}.
   *
   * @param bound 0 or more
   */
  public static int distanceAtMost(CharSequence a, CharSequence b, int bound) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > bound) {
      return bound + 1;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    int[][] rows = ROWS.get();
    if (rows[0].length < m + 1) {
      rows = new int[3][Math.max(m + 1, rows[0].length * 2)];
      ROWS.set(rows);
    }
    int[] twoBack = rows[0];
    int[] previous = rows[1];
    int[] current = rows[2];
    int big = bound + 1;
    for (int j = 0; j <= m; j++) {
      previous[j] = j <= bound ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - bound);
      int to = Math.min(m, i + bound);
      current[0] = i <= bound ? i : big;
      if (from > 1) {
        current[from - 1] = big;
      }
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          value = Math.min(value, twoBack[j - 2] + 1);
        }
        value = Math.min(value, big);
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (to < m) {
        current[to + 1] = big;
      }
      if (rowMin > bound) {
        return big;
      }
      int[] recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], big);
  }
}
