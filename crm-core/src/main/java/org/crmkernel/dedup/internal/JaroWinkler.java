package org.crmkernel.dedup.internal;

import java.util.Arrays;

/**
 * Jaro-Winkler similarity, computed exactly as commons-text 1.15.0 {@code JaroWinklerSimilarity}
 * does (same matching window, same greedy matching, same arithmetic order), over UTF-16 chars,
 * without allocating after a thread's first calls.
 */
public final class JaroWinkler {

  /** Per-thread match flags; they grow with the longest input seen. */
  private static final ThreadLocal<boolean[][]> FLAGS =
      ThreadLocal.withInitial(() -> new boolean[][] {new boolean[32], new boolean[32]});

  private JaroWinkler() {}

  /**
   * The Jaro-Winkler similarity of two strings: 1.0 for equal strings (also both empty), 0.0 when
   * no char matches (also exactly one empty), the Jaro score below 0.7, else the score raised by a
   * common prefix of up to 4 chars.
   */
  public static double similarity(CharSequence a, CharSequence b) {
    return similarity(a, 0, a.length(), b, 0, b.length());
  }

  /**
   * The similarity of {@code a[aFrom, aFrom + aLen)} and {@code b[bFrom, bFrom + bLen)}: lets token
   * comparators score substrings without cutting them out.
   */
  static double similarity(
      CharSequence a, int aFrom, int aLen, CharSequence b, int bFrom, int bLen) {
    if (regionEquals(a, aFrom, aLen, b, bFrom, bLen)) {
      return 1d;
    }
    // commons-text scans the shorter side against the longer one; on equal lengths the second
    // argument is the "longer" one, which matters for the greedy matching.
    CharSequence max;
    CharSequence min;
    int maxFrom;
    int minFrom;
    int maxLen;
    int minLen;
    if (aLen > bLen) {
      max = a;
      maxFrom = aFrom;
      maxLen = aLen;
      min = b;
      minFrom = bFrom;
      minLen = bLen;
    } else {
      max = b;
      maxFrom = bFrom;
      maxLen = bLen;
      min = a;
      minFrom = aFrom;
      minLen = aLen;
    }
    boolean[][] flags = flags(maxLen, minLen);
    boolean[] maxFlags = flags[0];
    boolean[] minFlags = flags[1];
    Arrays.fill(maxFlags, 0, maxLen, false);
    Arrays.fill(minFlags, 0, minLen, false);
    int range = Math.max(maxLen / 2 - 1, 0);
    int matches = 0;
    for (int mi = 0; mi < minLen; mi++) {
      char c = min.charAt(minFrom + mi);
      for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, maxLen); xi < xn; xi++) {
        if (!maxFlags[xi] && c == max.charAt(maxFrom + xi)) {
          maxFlags[xi] = true;
          minFlags[mi] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0d;
    }
    int halfTranspositions = 0;
    int xi = 0;
    for (int mi = 0; mi < minLen; mi++) {
      if (minFlags[mi]) {
        while (!maxFlags[xi]) {
          xi++;
        }
        if (min.charAt(minFrom + mi) != max.charAt(maxFrom + xi)) {
          halfTranspositions++;
        }
        xi++;
      }
    }
    int prefix = 0;
    for (int i = 0, n = Math.min(4, minLen); i < n; i++) {
      if (a.charAt(aFrom + i) != b.charAt(bFrom + i)) {
        break;
      }
      prefix++;
    }
    double m = matches;
    double j = (m / aLen + m / bLen + (m - halfTranspositions / 2d) / m) / 3;
    return j < 0.7d ? j : j + 0.1d * prefix * (1d - j);
  }

  private static boolean regionEquals(
      CharSequence a, int aFrom, int aLen, CharSequence b, int bFrom, int bLen) {
    if (aLen != bLen) {
      return false;
    }
    for (int i = 0; i < aLen; i++) {
      if (a.charAt(aFrom + i) != b.charAt(bFrom + i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean[][] flags(int maxLen, int minLen) {
    boolean[][] flags = FLAGS.get();
    if (flags[0].length < maxLen) {
      flags[0] = new boolean[Math.max(maxLen, flags[0].length * 2)];
    }
    if (flags[1].length < minLen) {
      flags[1] = new boolean[Math.max(minLen, flags[1].length * 2)];
    }
    return flags;
  }
}
