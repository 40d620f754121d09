package org.crmkernel.dedup.internal;

import java.util.Arrays;

/**
 * The normalised, prepared values of every record of one match run, column by column: one
 * column per comparison (and one for its swap field), one per blocking key. Records are known
 * by their index; the raw records are not kept, which is what bounds a scan's memory.
 */
public final class FeatureTable {

  private final int comparisons;
  private final int keys;
  private String[] ids;
  private String[][] values;
  private String[][] swapValues;
  private String[][] keyValues;
  private int size;

  /** An empty table for {@code comparisons} comparisons (those with a swap field flagged) and {@code keys} keys. */
  public FeatureTable(boolean[] swaps, int keys) {
    this(swaps, keys, 1024);
  }

  private FeatureTable(boolean[] swaps, int keys, int capacity) {
    this.comparisons = swaps.length;
    this.keys = keys;
    ids = new String[capacity];
    values = new String[comparisons][capacity];
    swapValues = new String[comparisons][];
    for (int c = 0; c < comparisons; c++) {
      swapValues[c] = swaps[c] ? new String[capacity] : null;
    }
    keyValues = new String[keys][capacity];
  }

  /** Makes room for {@code more} records after the current ones; returns the first new index. */
  public int append(int more) {
    int first = size;
    int needed = size + more;
    if (needed > ids.length) {
      int capacity = Math.max(needed, ids.length + (ids.length >> 1));
      ids = Arrays.copyOf(ids, capacity);
      for (int c = 0; c < comparisons; c++) {
        values[c] = Arrays.copyOf(values[c], capacity);
        if (swapValues[c] != null) {
          swapValues[c] = Arrays.copyOf(swapValues[c], capacity);
        }
      }
      for (int k = 0; k < keys; k++) {
        keyValues[k] = Arrays.copyOf(keyValues[k], capacity);
      }
    }
    size = needed;
    return first;
  }

  /** The number of comparisons. */
  public int comparisons() {
    return comparisons;
  }

  /** The number of records. */
  public int size() {
    return size;
  }

  /** The id of record {@code i}. */
  public String id(int i) {
    return ids[i];
  }

  /** Sets the id of record {@code i}. */
  public void id(int i, String id) {
    ids[i] = id;
  }

  /** The prepared value of comparison {@code c} of record {@code i}; "" when missing. */
  public String value(int c, int i) {
    return values[c][i];
  }

  /** Sets the prepared value of comparison {@code c} of record {@code i}. */
  public void value(int c, int i, String value) {
    values[c][i] = value;
  }

  /** The prepared value of comparison {@code c}'s swap field of record {@code i}; "" when missing or none. */
  public String swapValue(int c, int i) {
    String[] column = swapValues[c];
    return column == null ? "" : column[i];
  }

  /** Sets the prepared value of comparison {@code c}'s swap field of record {@code i}. */
  public void swapValue(int c, int i, String value) {
    swapValues[c][i] = value;
  }

  /** Blocking key {@code k} of record {@code i}; "" when the record has none. */
  public String key(int k, int i) {
    return keyValues[k][i];
  }

  /** Sets blocking key {@code k} of record {@code i}. */
  public void key(int k, int i, String value) {
    keyValues[k][i] = value;
  }

  /** Drops every blocking key: they are not needed once pairs are scored. */
  public void dropKeys() {
    keyValues = new String[keys][0];
  }

  /** Appends every row of {@code chunk}, a table of the same shape; returns the first new index. */
  public int appendAll(FeatureTable chunk) {
    int first = append(chunk.size);
    System.arraycopy(chunk.ids, 0, ids, first, chunk.size);
    for (int c = 0; c < comparisons; c++) {
      System.arraycopy(chunk.values[c], 0, values[c], first, chunk.size);
      if (swapValues[c] != null) {
        System.arraycopy(chunk.swapValues[c], 0, swapValues[c], first, chunk.size);
      }
    }
    for (int k = 0; k < keys; k++) {
      System.arraycopy(chunk.keyValues[k], 0, keyValues[k], first, chunk.size);
    }
    return first;
  }

  /** A table of records {@code i} and {@code j} only (values, not keys), sharing their strings. */
  public FeatureTable rows(int i, int j) {
    boolean[] swaps = new boolean[comparisons];
    for (int c = 0; c < comparisons; c++) {
      swaps[c] = swapValues[c] != null;
    }
    FeatureTable two = new FeatureTable(swaps, 0, 2);
    two.append(2);
    int[] rows = {i, j};
    for (int r = 0; r < 2; r++) {
      two.ids[r] = ids[rows[r]];
      for (int c = 0; c < comparisons; c++) {
        two.values[c][r] = values[c][rows[r]];
        if (swaps[c]) {
          two.swapValues[c][r] = swapValues[c][rows[r]];
        }
      }
    }
    return two;
  }
}
