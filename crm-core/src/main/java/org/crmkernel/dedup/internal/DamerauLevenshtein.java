package org.crmkernel.dedup.internal;

/**
 * Optimal string alignment distance (Damerau-Levenshtein restricted to one edit per substring):
 * insertions, deletions, substitutions and transpositions of adjacent chars, each costing 1, over
 * UTF-16 chars. Keeps three matrix rows in a per-thread buffer, so it allocates nothing after a
 * thread's first calls.
 */
public final class DamerauLevenshtein {

  /**
   * Per-thread scratch: three matrix rows of the shorter input's length + 1, and the shorter
   * input's chars (reading a char array in the inner loop is cheaper than {@code charAt}).
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private DamerauLevenshtein() {}

  /** The optimal string alignment distance between two strings. */
  public static int distance(CharSequence a, CharSequence b) {
    // The shorter string runs along the row so the buffer is as small as it can be.
    CharSequence s = a.length() >= b.length() ? a : b;
    CharSequence t = s == a ? b : a;
    // A common prefix and suffix never take part in an optimal alignment (as in Levenshtein),
    // and near-duplicates mostly differ in a few chars in the middle.
    int n = s.length();
    int m = t.length();
    int prefix = 0;
    while (prefix < m && s.charAt(prefix) == t.charAt(prefix)) {
      prefix++;
    }
    while (m > prefix && s.charAt(n - 1) == t.charAt(m - 1)) {
      n--;
      m--;
    }
    n -= prefix;
    m -= prefix;
    if (m == 0) {
      return n;
    }
    int width = m + 1;
    Scratch scratch = SCRATCH.get();
    int[] rows = scratch.rows(3 * width);
    char[] tc = scratch.chars(m);
    for (int j = 0; j < m; j++) {
      tc[j] = t.charAt(prefix + j);
    }
    int back2 = 0;
    int back1 = width;
    int cur = 2 * width;
    for (int j = 0; j <= m; j++) {
      rows[back1 + j] = j;
    }
    char sPrev = 0;
    for (int i = 1; i <= n; i++) {
      char si = s.charAt(prefix + i - 1);
      rows[cur] = i;
      int left = i;
      for (int j = 1; j <= m; j++) {
        char tj = tc[j - 1];
        int cost = si == tj ? 0 : 1;
        int d = Math.min(Math.min(rows[back1 + j] + 1, left + 1), rows[back1 + j - 1] + cost);
        if (i > 1 && j > 1 && si == tc[j - 2] && sPrev == tj) {
          d = Math.min(d, rows[back2 + j - 2] + 1);
        }
        rows[cur + j] = d;
        left = d;
      }
      sPrev = si;
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

  /** One thread's buffers; they grow with the longest input seen. */
  private static final class Scratch {
    int[] rows = new int[96];
    char[] chars = new char[32];

    int[] rows(int size) {
      if (rows.length < size) {
        rows = new int[Math.max(size, rows.length * 2)];
      }
      return rows;
    }

    char[] chars(int size) {
      if (chars.length < size) {
        chars = new char[Math.max(size, chars.length * 2)];
      }
      return chars;
    }
  }
}
