package org.crmkernel.dedup.internal;

import java.util.Arrays;

/**
 * Token-set similarity for organisation names ("acme widgets gmbh" against "widgets acme"): tokens
 * are separated by runs of spaces; each token of one side takes the best still unused token of the
 * other side whose {@link JaroWinkler} similarity is at least {@value #THRESHOLD} (equal tokens
 * score 1.0); the score is {@code 2 * sum / (tokens a + tokens b)}, the larger of both directions,
 * so it is symmetric. Token bounds live in per-thread buffers: nothing is allocated after a
 * thread's first calls.
 */
public final class TokenSet {

  /** The least Jaro-Winkler similarity at which two tokens count as the same word. */
  public static final double THRESHOLD = 0.9;

  /** Per-thread scratch: token bounds of each side and the "already taken" flags. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private TokenSet() {}

  /**
   * The token-set similarity of two space-separated strings: 1.0 when both have no tokens, 0.0 when
   * exactly one has none.
   */
  public static double similarity(CharSequence a, CharSequence b) {
    Scratch scratch = SCRATCH.get();
    int[] boundsA = scratch.boundsA(a.length());
    int[] boundsB = scratch.boundsB(b.length());
    int na = tokenize(a, boundsA);
    int nb = tokenize(b, boundsB);
    if (na == 0 && nb == 0) {
      return 1d;
    }
    if (na == 0 || nb == 0) {
      return 0d;
    }
    boolean[] taken = scratch.taken(Math.max(na, nb));
    double forward = matchSum(a, boundsA, na, b, boundsB, nb, taken);
    double backward = matchSum(b, boundsB, nb, a, boundsA, na, taken);
    return 2d * Math.max(forward, backward) / (na + nb);
  }

  /** Writes start and end of each token into {@code bounds}; returns the token count. */
  private static int tokenize(CharSequence s, int[] bounds) {
    int count = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      while (i < n && s.charAt(i) != ' ') {
        i++;
      }
      bounds[2 * count] = start;
      bounds[2 * count + 1] = i;
      count++;
    }
    return count;
  }

  /** Greedy matching of x's tokens (in order) to y's best unused ones; the sum of match values. */
  private static double matchSum(
      CharSequence x, int[] bx, int nx, CharSequence y, int[] by, int ny, boolean[] taken) {
    Arrays.fill(taken, 0, ny, false);
    double sum = 0;
    for (int i = 0; i < nx; i++) {
      int xFrom = bx[2 * i];
      int xLen = bx[2 * i + 1] - xFrom;
      int best = -1;
      double bestValue = 0;
      for (int j = 0; j < ny; j++) {
        if (taken[j]) {
          continue;
        }
        int yFrom = by[2 * j];
        double value = JaroWinkler.similarity(x, xFrom, xLen, y, yFrom, by[2 * j + 1] - yFrom);
        if (value >= THRESHOLD && value > bestValue) {
          best = j;
          bestValue = value;
        }
      }
      if (best >= 0) {
        taken[best] = true;
        sum += bestValue;
      }
    }
    return sum;
  }

  /** One thread's buffers; a string of n chars has at most (n + 1) / 2 tokens. */
  private static final class Scratch {
    int[] boundsA = new int[32];
    int[] boundsB = new int[32];
    boolean[] taken = new boolean[16];

    int[] boundsA(int length) {
      if (boundsA.length < length + 1) {
        boundsA = new int[Math.max(length + 1, boundsA.length * 2)];
      }
      return boundsA;
    }

    int[] boundsB(int length) {
      if (boundsB.length < length + 1) {
        boundsB = new int[Math.max(length + 1, boundsB.length * 2)];
      }
      return boundsB;
    }

    boolean[] taken(int tokens) {
      if (taken.length < tokens) {
        taken = new boolean[Math.max(tokens, taken.length * 2)];
      }
      return taken;
    }
  }
}
