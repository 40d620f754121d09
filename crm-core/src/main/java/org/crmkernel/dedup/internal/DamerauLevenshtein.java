package org.crmkernel.dedup.internal;

/**
 * Optimal string alignment distance (Damerau-Levenshtein restricted to one edit per substring):
 * insertions, deletions, substitutions and transpositions of adjacent chars, each costing 1, over
 * UTF-16 chars. Keeps three matrix rows in a per-thread buffer, so it allocates nothing after a
 * thread's first calls.
 */
public final class DamerauLevenshtein {

  /** Per-thread rows (three of the shorter input's length + 1); grows when needed. */
  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {new int[96]});

  private DamerauLevenshtein() {}

  /** The optimal string alignment distance between two strings. */
  public static int distance(CharSequence a, CharSequence b) {
    // The shorter string runs along the row so the buffer is as small as it can be.
    CharSequence s = a.length() >= b.length() ? a : b;
    CharSequence t = s == a ? b : a;
    int n = s.length();
    int m = t.length();
    if (m == 0) {
      return n;
    }
    int width = m + 1;
    int[] rows = rows(3 * width);
    int back2 = 0;
    int back1 = width;
    int cur = 2 * width;
    for (int j = 0; j <= m; j++) {
      rows[back1 + j] = j;
    }
    for (int i = 1; i <= n; i++) {
      char si = s.charAt(i - 1);
      rows[cur] = i;
      for (int j = 1; j <= m; j++) {
        char tj = t.charAt(j - 1);
        int cost = si == tj ? 0 : 1;
        int d = Math.min(Math.min(rows[back1 + j] + 1, rows[cur + j - 1] + 1), rows[back1 + j - 1] + cost);
        if (i > 1 && j > 1 && si == t.charAt(j - 2) && s.charAt(i - 2) == tj) {
          d = Math.min(d, rows[back2 + j - 2] + 1);
        }
        rows[cur + j] = d;
      }
      int free = back2;
      back2 = back1;
      back1 = cur;
      cur = free;
    }
    return rows[back1 + m];
  }

  /**
   * {@code 1 - distance / max(length)}: 1.0 for equal strings (also both empty), 0.0 when every
   * char of the longer one must change.
   */
  public static double similarity(CharSequence a, CharSequence b) {
    int longest = Math.max(a.length(), b.length());
    if (longest == 0) {
      return 1d;
    }
    return 1d - (double) distance(a, b) / longest;
  }

  private static int[] rows(int size) {
    int[][] holder = ROWS.get();
    if (holder[0].length < size) {
      holder[0] = new int[Math.max(size, holder[0].length * 2)];
    }
    return holder[0];
  }
}
