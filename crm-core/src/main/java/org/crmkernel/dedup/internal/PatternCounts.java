package org.crmkernel.dedup.internal;

import java.util.Arrays;

/** Counts of level patterns (open addressing over longs), for expectation maximisation. */
public final class PatternCounts {

  // All ones: level code 15 in every slot, which no rules can produce (at most 14 levels).
  private static final long EMPTY = -1L;

  private long[] patterns = new long[1024];
  private long[] counts = new long[1024];
  private int size;

  /** An empty count. */
  public PatternCounts() {
    Arrays.fill(patterns, EMPTY);
  }

  /** Counts {@code pattern} {@code times} more times. */
  public void add(long pattern, long times) {
    if (size * 2 >= patterns.length) {
      grow();
    }
    int mask = patterns.length - 1;
    int slot = (int) (mix(pattern) & mask);
    while (patterns[slot] != EMPTY && patterns[slot] != pattern) {
      slot = (slot + 1) & mask;
    }
    if (patterns[slot] == EMPTY) {
      patterns[slot] = pattern;
      size++;
    }
    counts[slot] += times;
  }

  /** Adds all counts of {@code other}. */
  public void addAll(PatternCounts other) {
    for (int s = 0; s < other.patterns.length; s++) {
      if (other.patterns[s] != EMPTY) {
        add(other.patterns[s], other.counts[s]);
      }
    }
  }

  /** The distinct patterns. */
  public long[] patterns() {
    return Arrays.stream(patterns).filter(p -> p != EMPTY).toArray();
  }

  /** How often {@code pattern} was counted. */
  public long count(long pattern) {
    int mask = patterns.length - 1;
    int slot = (int) (mix(pattern) & mask);
    while (patterns[slot] != EMPTY) {
      if (patterns[slot] == pattern) {
        return counts[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private void grow() {
    long[] oldPatterns = patterns;
    long[] oldCounts = counts;
    patterns = new long[oldPatterns.length * 2];
    counts = new long[oldPatterns.length * 2];
    Arrays.fill(patterns, EMPTY);
    size = 0;
    for (int s = 0; s < oldPatterns.length; s++) {
      if (oldPatterns[s] != EMPTY) {
        add(oldPatterns[s], oldCounts[s]);
      }
    }
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
