package org.crmkernel.bench.dedup;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise precision, recall and F1 of a predicted deduplication against the ground truth. A
 * clustering is scored by the pairs it implies (every two rows in one cluster), counted from the
 * contingency table of truth entities against predicted clusters, so a cluster of 676 rows costs
 * one count, not 228,150 pairs.
 */
public final class ClusterMetrics {

  private ClusterMetrics() {}

  /**
   * Pair counts and the measures derived from them. Precision is 1 when nothing was predicted
   * and recall is 1 when there is nothing to find (no pair was wrong or missed); F1 is 0 when
   * both precision and recall are 0.
   *
   * @param truePairs pairs of rows of one entity
   * @param predictedPairs distinct pairs the prediction declares duplicates
   * @param correctPairs predicted pairs that are true pairs
   * @param precision correct / predicted
   * @param recall correct / true
   * @param f1 the harmonic mean of precision and recall
   */
  public record Scores(
      long truePairs,
      long predictedPairs,
      long correctPairs,
      double precision,
      double recall,
      double f1) {

    /** Derives precision, recall and F1 from the three counts. */
    public static Scores of(long truePairs, long predictedPairs, long correctPairs) {
      if (correctPairs > predictedPairs || correctPairs > truePairs || correctPairs < 0) {
        throw new IllegalArgumentException(
            "inconsistent counts: " + truePairs + " true, " + predictedPairs + " predicted, "
                + correctPairs + " correct");
      }
      double precision = predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
      double recall = truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
      double f1 =
          precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
      return new Scores(truePairs, predictedPairs, correctPairs, precision, recall, f1);
    }
  }

  /**
   * Scores a clustering. A row missing from {@code clusters} is a cluster of its own.
   *
   * @param truth row id to entity key, for every row of the set
   * @param clusters row id to predicted cluster id
   * @throws IllegalArgumentException if the prediction names a row the truth does not have
   */
  public static Scores clusterMetrics(Map<String, String> truth, Map<String, String> clusters) {
    Map<String, Long> clusterSizes = new HashMap<>();
    Map<Cell, Long> cells = new HashMap<>();
    for (Map.Entry<String, String> e : clusters.entrySet()) {
      String entity = truth.get(e.getKey());
      if (entity == null) {
        throw new IllegalArgumentException("predicted row " + e.getKey() + " is not in the set");
      }
      clusterSizes.merge(e.getValue(), 1L, Long::sum);
      cells.merge(new Cell(entity, e.getValue()), 1L, Long::sum);
    }
    return Scores.of(
        pairsWithin(truth.values()), sumPairs(clusterSizes.values()), sumPairs(cells.values()));
  }

  /**
   * Scores a set of predicted matching pairs; a pair given twice, in either order, counts once.
   *
   * @param truth row id to entity key, for every row of the set
   * @param predictedPairs pairs of row ids, each an array of two distinct ids
   * @throws IllegalArgumentException if a pair is not two distinct ids of the set
   */
  public static Scores pairMetrics(Map<String, String> truth, Collection<String[]> predictedPairs) {
    Set<Pair> distinct = new HashSet<>();
    long correct = 0;
    for (String[] p : predictedPairs) {
      if (p.length != 2 || p[0].equals(p[1])) {
        throw new IllegalArgumentException("a predicted pair needs two distinct ids");
      }
      String a = truth.get(p[0]);
      String b = truth.get(p[1]);
      if (a == null || b == null) {
        throw new IllegalArgumentException(
            "predicted pair " + p[0] + ", " + p[1] + " names a row that is not in the set");
      }
      Pair pair = p[0].compareTo(p[1]) < 0 ? new Pair(p[0], p[1]) : new Pair(p[1], p[0]);
      if (distinct.add(pair) && a.equals(b)) {
        correct++;
      }
    }
    return Scores.of(pairsWithin(truth.values()), distinct.size(), correct);
  }

  /** The pairs among equal labels: the sum over distinct labels of n(n-1)/2. */
  static long pairsWithin(Collection<String> labels) {
    Map<String, Long> sizes = new HashMap<>();
    for (String label : labels) {
      sizes.merge(label, 1L, Long::sum);
    }
    return sumPairs(sizes.values());
  }

  private static long sumPairs(Collection<Long> sizes) {
    long pairs = 0;
    for (long n : sizes) {
      pairs += n * (n - 1) / 2;
    }
    return pairs;
  }

  private record Cell(String entity, String cluster) {}

  private record Pair(String first, String second) {}
}
