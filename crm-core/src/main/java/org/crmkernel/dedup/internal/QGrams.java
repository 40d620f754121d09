package org.crmkernel.dedup.internal;

/**
 * Jaccard similarity over the sets of q-grams (substrings of q UTF-16 chars, no padding) of two
 * strings, for q from 1 to 3. A non-empty string shorter than q counts as the one gram of its whole
 * text. Each gram is packed into a long in a per-thread buffer, the buffer is sorted and
 * deduplicated in place, and the two sorted sets are merged: nothing is allocated after a thread's
 * first calls.
 */
public final class QGrams {

  /** Grams of a short string are tagged so they never equal a full gram of q chars. */
  private static final long SHORT_TAG = 1L << 62;

  /** Below this many grams an insertion sort beats the heap sort. */
  private static final int INSERTION_SORT_MAX = 32;

  /** Per-thread gram buffer for both inputs; grows when needed. */
  private static final ThreadLocal<long[][]> GRAMS =
      ThreadLocal.withInitial(() -> new long[][] {new long[64]});

  private QGrams() {}

  /**
   * {@code |A ∩ B| / |A ∪ B|} over the q-gram sets: 1.0 when both strings are empty, 0.0 when
   * exactly one is. With q = 1 this is commons-text's {@code JaccardSimilarity}.
   *
   * @throws IllegalArgumentException when q is not 1, 2 or 3
   */
  public static double jaccard(CharSequence a, CharSequence b, int q) {
    if (q < 1 || q > 3) {
      throw new IllegalArgumentException("q-grams are supported for q from 1 to 3, not " + q);
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 && lb == 0) {
      return 1d;
    }
    if (la == 0 || lb == 0) {
      return 0d;
    }
    int na = gramCount(la, q);
    int nb = gramCount(lb, q);
    long[] grams = buffer(na + nb);
    fill(a, q, grams, 0);
    fill(b, q, grams, na);
    sort(grams, 0, na);
    sort(grams, na, na + nb);
    int ua = dedupe(grams, 0, na);
    int ub = dedupe(grams, na, na + nb);
    int common = 0;
    int i = 0;
    int j = na;
    int endB = na + ub;
    while (i < ua && j < endB) {
      long x = grams[i];
      long y = grams[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    // Same arithmetic as commons-text so q = 1 agrees to the last bit.
    return 1.0d * common / (ua + ub - common);
  }

  private static int gramCount(int length, int q) {
    return length < q ? 1 : length - q + 1;
  }

  private static void fill(CharSequence s, int q, long[] grams, int at) {
    int n = s.length();
    if (n < q) {
      long packed = 0;
      for (int i = 0; i < n; i++) {
        packed = packed << 16 | s.charAt(i);
      }
      grams[at] = SHORT_TAG | (long) n << 56 | packed;
      return;
    }
    switch (q) {
      case 1 -> {
        for (int i = 0; i < n; i++) {
          grams[at + i] = s.charAt(i);
        }
      }
      case 2 -> {
        long prev = s.charAt(0);
        for (int i = 1; i < n; i++) {
          long c = s.charAt(i);
          grams[at + i - 1] = prev << 16 | c;
          prev = c;
        }
      }
      default -> {
        long window = (long) s.charAt(0) << 16 | s.charAt(1);
        for (int i = 2; i < n; i++) {
          window = (window << 16 | s.charAt(i)) & 0xFFFF_FFFF_FFFFL;
          grams[at + i - 2] = window;
        }
      }
    }
  }

  /** Sorts {@code grams[from, to)} in place (the JDK's sort may allocate a merge buffer). */
  private static void sort(long[] grams, int from, int to) {
    int n = to - from;
    if (n <= INSERTION_SORT_MAX) {
      for (int i = from + 1; i < to; i++) {
        long x = grams[i];
        int j = i - 1;
        while (j >= from && grams[j] > x) {
          grams[j + 1] = grams[j];
          j--;
        }
        grams[j + 1] = x;
      }
      return;
    }
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(grams, from, i, n);
    }
    for (int end = n - 1; end > 0; end--) {
      long top = grams[from];
      grams[from] = grams[from + end];
      grams[from + end] = top;
      siftDown(grams, from, 0, end);
    }
  }

  private static void siftDown(long[] heap, int base, int node, int size) {
    long x = heap[base + node];
    int i = node;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[base + child + 1] > heap[base + child]) {
        child++;
      }
      if (heap[base + child] <= x) {
        break;
      }
      heap[base + i] = heap[base + child];
      i = child;
    }
    heap[base + i] = x;
  }

  /** Removes repeats from the sorted range {@code grams[from, to)}; returns how many are left. */
  private static int dedupe(long[] grams, int from, int to) {
    int w = from + 1;
    for (int r = from + 1; r < to; r++) {
      if (grams[r] != grams[w - 1]) {
        grams[w++] = grams[r];
      }
    }
    return w - from;
  }

  private static long[] buffer(int size) {
    long[][] holder = GRAMS.get();
    if (holder[0].length < size) {
      holder[0] = new long[Math.max(size, holder[0].length * 2)];
    }
    return holder[0];
  }
}
