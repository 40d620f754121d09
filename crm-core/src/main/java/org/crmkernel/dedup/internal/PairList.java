package org.crmkernel.dedup.internal;

import java.util.Arrays;

/** A growable list of scored pairs of record indexes, in primitive arrays (16 bytes a pair). */
public final class PairList {

  private int[] first = new int[256];
  private int[] second = new int[256];
  private double[] weights = new double[256];
  private int size;

  /** The most pairs one list holds: arrays cannot grow further. */
  public static final int MAX_PAIRS = Integer.MAX_VALUE - 16;

  /** Adds a pair. */
  public void add(int i, int j, double weight) {
    if (size == first.length) {
      if (size >= MAX_PAIRS) {
        throw new IllegalStateException("more than " + MAX_PAIRS + " pairs above the possible-match threshold;"
            + " raise the threshold or narrow the blocking keys");
      }
      int capacity = (int) Math.min(MAX_PAIRS, size + (long) (size >> 1));
      first = Arrays.copyOf(first, capacity);
      second = Arrays.copyOf(second, capacity);
      weights = Arrays.copyOf(weights, capacity);
    }
    first[size] = i;
    second[size] = j;
    weights[size] = weight;
    size++;
  }

  /** Adds every pair of {@code other}. */
  public void addAll(PairList other) {
    for (int p = 0; p < other.size; p++) {
      add(other.first[p], other.second[p], other.weights[p]);
    }
  }

  /** The number of pairs. */
  public int size() {
    return size;
  }

  /** The first record of pair {@code p}. */
  public int first(int p) {
    return first[p];
  }

  /** The second record of pair {@code p}. */
  public int second(int p) {
    return second[p];
  }

  /** The match weight of pair {@code p}. */
  public double weight(int p) {
    return weights[p];
  }
}
