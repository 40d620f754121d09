package org.crmkernel.dedup.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.crmkernel.dedup.BlockingKey;
import org.crmkernel.dedup.OversizedBlock;

/**
 * Candidate pairs from blocking keys. Each key sorts the records that have it: equal keys form
 * blocks, sorted-neighbourhood keys pair each record with the next ones. A pair that an earlier
 * key already proposes is skipped, so every pair is scored once without a set of seen pairs:
 * memory stays linear in the records. Blocks over the size limit are reported and capped: their
 * records are ordered by their first compared value and each is paired with the next few only.
 */
public final class Blocking {

  /** Receives the candidate pairs of a unit of work. */
  public interface PairSink {
    /** Receives records {@code i} and {@code j}, proposed by key {@code key} (in processing order). */
    void pair(int i, int j, int key);
  }

  /** A range of one key's sorted records: a block of equal keys, or a stretch of sorted neighbours. */
  public record Unit(int key, int from, int to, long pairs, boolean windowed) {}

  /**
   * How many sorted neighbours each record of an oversized block is paired with: such a block is
   * not compared in full but ordered by the first compared value (a name) and windowed, so its
   * cost is capped at about this many pairs per record.
   */
  public static final int OVERSIZED_WINDOW = 10;

  private final FeatureTable table;
  private final List<BlockingKey> keys;
  private final int[] ruleIndex;
  private final int[][] order;
  private final int[][] rank;
  /** Per equal-key key, each record's place in its oversized block, or -1; null while the key has none. */
  private final int[][] oversizedRank;
  private final List<Unit> units = new ArrayList<>();
  private final List<OversizedBlock> oversized = new ArrayList<>();
  private long oversizedCount;

  /** Blocks the records of {@code table} by the rules' keys (exact keys first), skipping blocks over {@code maxBlockSize}. */
  public Blocking(FeatureTable table, List<BlockingKey> ruleKeys, int maxBlockSize) {
    this.table = table;
    List<Integer> processing = new ArrayList<>();
    for (int k = 0; k < ruleKeys.size(); k++) {
      if (!ruleKeys.get(k).isSortedNeighbourhood()) {
        processing.add(k);
      }
    }
    for (int k = 0; k < ruleKeys.size(); k++) {
      if (ruleKeys.get(k).isSortedNeighbourhood()) {
        processing.add(k);
      }
    }
    ruleIndex = processing.stream().mapToInt(Integer::intValue).toArray();
    keys = processing.stream().map(ruleKeys::get).toList();
    order = new int[keys.size()][];
    rank = new int[keys.size()][];
    oversizedRank = new int[keys.size()][];
    for (int k = 0; k < keys.size(); k++) {
      if (keys.get(k).isSortedNeighbourhood()) {
        sortNeighbourhood(k);
      } else {
        group(k, maxBlockSize);
      }
    }
    oversized.sort(Comparator.comparingInt(OversizedBlock::records).reversed());
  }

  /** The blocking keys in processing order: blocks of equal keys first, then sorted neighbourhoods. */
  public List<BlockingKey> keys() {
    return keys;
  }

  /** The units of work: every block and neighbourhood stretch with at least one pair. */
  public List<Unit> units() {
    return List.copyOf(units);
  }

  /** The largest skipped blocks, at most 100. */
  public List<OversizedBlock> oversizedBlocks() {
    return List.copyOf(oversized.subList(0, Math.min(100, oversized.size())));
  }

  /** The number of skipped blocks. */
  public long oversizedCount() {
    return oversizedCount;
  }

  private String key(int k, int i) {
    return table.key(ruleIndex[k], i);
  }

  private void group(int k, int maxBlockSize) {
    int n = table.size();
    int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n));
    long[] entries = new long[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      String key = key(k, i);
      if (!key.isEmpty()) {
        entries[count++] = (hash(key) << indexBits) | i;
      }
    }
    entries = Arrays.copyOf(entries, count);
    Arrays.sort(entries);
    long indexMask = (1L << indexBits) - 1;
    int[] sorted = new int[count];
    for (int p = 0; p < count; p++) {
      sorted[p] = (int) (entries[p] & indexMask);
    }
    order[k] = sorted;
    int from = 0;
    while (from < count) {
      long hash = entries[from] >>> indexBits;
      int to = from + 1;
      while (to < count && entries[to] >>> indexBits == hash) {
        to++;
      }
      if (!allEqual(k, sorted, from, to)) {
        // Distinct keys whose hashes agree in the bits kept: order the run by key so each key is its own block.
        Integer[] run = new Integer[to - from];
        for (int p = from; p < to; p++) {
          run[p - from] = sorted[p];
        }
        Arrays.sort(run, Comparator.<Integer, String>comparing(i -> key(k, i)).thenComparingInt(i -> i));
        for (int p = from; p < to; p++) {
          sorted[p] = run[p - from];
        }
        int start = from;
        while (start < to) {
          int end = start + 1;
          while (end < to && key(k, sorted[end]).equals(key(k, sorted[start]))) {
            end++;
          }
          block(k, sorted, start, end, maxBlockSize);
          start = end;
        }
      } else {
        block(k, sorted, from, to, maxBlockSize);
      }
      from = to;
    }
  }

  private boolean allEqual(int k, int[] sorted, int from, int to) {
    String first = key(k, sorted[from]);
    for (int p = from + 1; p < to; p++) {
      if (!first.equals(key(k, sorted[p]))) {
        return false;
      }
    }
    return true;
  }

  /** Records a block of equal keys as a unit, or skips and reports it when it is too large. */
  private void block(int k, int[] sorted, int from, int to, int maxBlockSize) {
    int size = to - from;
    if (size > maxBlockSize) {
      oversizedCount++;
      oversized.add(new OversizedBlock(keys.get(k).name(), key(k, sorted[from]).replace('\u001f', ' '), size));
      Integer[] block = new Integer[size];
      for (int p = from; p < to; p++) {
        block[p - from] = sorted[p];
      }
      Arrays.sort(block, Comparator.<Integer, String>comparing(this::firstValue).thenComparingInt(i -> i));
      if (oversizedRank[k] == null) {
        oversizedRank[k] = new int[table.size()];
        Arrays.fill(oversizedRank[k], -1);
      }
      for (int p = from; p < to; p++) {
        sorted[p] = block[p - from];
        oversizedRank[k][sorted[p]] = p - from;
      }
      units.add(new Unit(k, from, to, (long) size * (OVERSIZED_WINDOW - 1), true));
    } else if (size > 1) {
      units.add(new Unit(k, from, to, (long) size * (size - 1) / 2, false));
    }
  }

  private void sortNeighbourhood(int k) {
    int n = table.size();
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!key(k, i).isEmpty()) {
        present.add(i);
      }
    }
    Integer[] boxed = present.toArray(new Integer[0]);
    // Sorted on the engine's own thread: the common fork-join pool would ignore the run's thread count.
    Arrays.sort(boxed, Comparator.<Integer, String>comparing(i -> key(k, i)).thenComparingInt(i -> i));
    int[] sorted = new int[boxed.length];
    int[] ranks = new int[n];
    Arrays.fill(ranks, -1);
    for (int p = 0; p < boxed.length; p++) {
      sorted[p] = boxed[p];
      ranks[boxed[p]] = p;
    }
    order[k] = sorted;
    rank[k] = ranks;
    int window = keys.get(k).window();
    int stretch = Math.max(1, 20_000 / window);
    for (int from = 0; from < sorted.length - 1; from += stretch) {
      int to = Math.min(sorted.length, from + stretch);
      units.add(new Unit(k, from, to, (long) (to - from) * (window - 1), false));
    }
  }

  private String firstValue(int i) {
    return table.comparisons() == 0 ? "" : table.value(0, i);
  }

  /** Sends each candidate pair of {@code unit} that no earlier key proposes to {@code sink}. */
  public void forEachPair(Unit unit, PairSink sink) {
    int k = unit.key();
    int[] sorted = order[k];
    if (unit.windowed()) {
      for (int p = unit.from(); p < unit.to(); p++) {
        int last = Math.min(unit.to() - 1, p + OVERSIZED_WINDOW - 1);
        for (int q = p + 1; q <= last; q++) {
          emit(k, sorted[p], sorted[q], sink);
        }
      }
      return;
    }
    if (keys.get(k).isSortedNeighbourhood()) {
      int window = keys.get(k).window();
      for (int p = unit.from(); p < unit.to(); p++) {
        int last = Math.min(sorted.length - 1, p + window - 1);
        for (int q = p + 1; q <= last; q++) {
          emit(k, sorted[p], sorted[q], sink);
        }
      }
      return;
    }
    for (int p = unit.from(); p < unit.to(); p++) {
      int i = sorted[p];
      String key = key(k, i);
      for (int q = p + 1; q < unit.to(); q++) {
        int j = sorted[q];
        if (key.equals(key(k, j))) {
          emit(k, i, j, sink);
        }
      }
    }
  }

  private void emit(int k, int a, int b, PairSink sink) {
    int i = Math.min(a, b);
    int j = Math.max(a, b);
    for (int earlier = 0; earlier < k; earlier++) {
      if (keys.get(earlier).isSortedNeighbourhood()) {
        int ri = rank[earlier][i];
        int rj = rank[earlier][j];
        if (ri >= 0 && rj >= 0 && Math.abs(ri - rj) < keys.get(earlier).window()) {
          return;
        }
      } else {
        String key = key(earlier, i);
        if (!key.isEmpty() && key.equals(key(earlier, j)) && proposedBy(earlier, i, j)) {
          return;
        }
      }
    }
    sink.pair(i, j, k);
  }

  /** Whether records {@code i} and {@code j}, equal on key {@code k}, were paired by it: always, but in an oversized block only within the window. */
  private boolean proposedBy(int k, int i, int j) {
    int[] ranks = oversizedRank[k];
    if (ranks == null || ranks[i] < 0) {
      return true;
    }
    return Math.abs(ranks[i] - ranks[j]) < OVERSIZED_WINDOW;
  }

  /** A 64-bit hash of a key (FNV-1a with a final mix), so equal keys sort together. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h >>> 1;
  }
}
