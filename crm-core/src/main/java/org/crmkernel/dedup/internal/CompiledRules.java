package org.crmkernel.dedup.internal;

import java.util.List;
import org.crmkernel.dedup.ComparisonLevel;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.Similarity;

/**
 * Match rules turned into arrays for the scoring loop: per comparison its similarity, level
 * minimums and level weights. Scoring a pair reads the feature table and allocates nothing.
 */
public final class CompiledRules {

  /** The level code of a comparison with a value missing on either side. */
  public static final int MISSING = -1;

  private final MatchRules rules;
  private final Similarity[] similarities;
  private final double[][] minimums;
  private final double[][] weights;
  private final boolean[] swaps;
  private final double priorWeight;
  /** The most the comparisons from index c on can still add: their best levels' positive weights. */
  private final double[] bestRemaining;

  /** Compiles {@code rules}. */
  public CompiledRules(MatchRules rules) {
    this.rules = rules;
    List<FieldComparison> comparisons = rules.comparisons();
    int n = comparisons.size();
    similarities = new Similarity[n];
    minimums = new double[n][];
    weights = new double[n][];
    swaps = new boolean[n];
    for (int c = 0; c < n; c++) {
      FieldComparison comparison = comparisons.get(c);
      similarities[c] = comparison.similarity();
      swaps[c] = comparison.swapField().isPresent();
      List<ComparisonLevel> levels = comparison.levels();
      minimums[c] = new double[levels.size()];
      weights[c] = new double[levels.size()];
      for (int l = 0; l < levels.size(); l++) {
        minimums[c][l] = levels.get(l).minSimilarity();
        weights[c][l] = levels.get(l).weight();
      }
    }
    priorWeight = rules.priorWeight();
    bestRemaining = new double[n + 1];
    for (int c = n - 1; c >= 0; c--) {
      double best = 0;
      for (double w : weights[c]) {
        best = Math.max(best, w);
      }
      bestRemaining[c] = bestRemaining[c + 1] + best;
    }
  }

  /** The rules compiled. */
  public MatchRules rules() {
    return rules;
  }

  /** The number of comparisons. */
  public int comparisons() {
    return similarities.length;
  }

  /** Which comparisons have a swap field. */
  public boolean[] swaps() {
    return swaps.clone();
  }

  /** The prior's weight in bits. */
  public double priorWeight() {
    return priorWeight;
  }

  /** The similarity of comparison {@code c} for records {@code i} and {@code j}; NaN when a value is missing. */
  public double similarity(FeatureTable table, int c, int i, int j) {
    String a = table.value(c, i);
    String b = table.value(c, j);
    if (a.isEmpty() || b.isEmpty()) {
      return Double.NaN;
    }
    Similarity similarity = similarities[c];
    double direct = Similarities.score(similarity, a, b);
    if (!swaps[c] || direct >= minimums[c][0]) {
      return direct;
    }
    String swapA = table.swapValue(c, i);
    String swapB = table.swapValue(c, j);
    if (swapA.isEmpty() || swapB.isEmpty()) {
      return direct;
    }
    double crossed = Math.min(Similarities.score(similarity, a, swapB), Similarities.score(similarity, swapA, b));
    return Math.max(direct, crossed);
  }

  /** Whether comparison {@code c} of records {@code i} and {@code j} only agrees crossed with the swap field. */
  public boolean swapped(FeatureTable table, int c, int i, int j) {
    if (!swaps[c]) {
      return false;
    }
    String a = table.value(c, i);
    String b = table.value(c, j);
    double direct = Similarities.score(similarities[c], a, b);
    return similarity(table, c, i, j) > direct;
  }

  /** The level of a similarity in comparison {@code c}, or {@link #MISSING} for NaN. */
  public int level(int c, double similarity) {
    if (Double.isNaN(similarity)) {
      return MISSING;
    }
    double[] mins = minimums[c];
    for (int l = 0; l < mins.length - 1; l++) {
      if (similarity >= mins[l]) {
        return l;
      }
    }
    return mins.length - 1;
  }

  /** The weight of level {@code l} of comparison {@code c}; 0 for missing. */
  public double weight(int c, int l) {
    return l == MISSING ? 0 : weights[c][l];
  }

  /**
   * The level of comparison {@code c} for records {@code i} and {@code j}, as {@code
   * level(c, similarity(...))} gives it, but without computing the similarity when equal values
   * or a bound from the lengths already decide the level: most candidate pairs differ in most
   * fields, and the scoring loop spends its time here.
   */
  public int fastLevel(FeatureTable table, int c, int i, int j) {
    String a = table.value(c, i);
    String b = table.value(c, j);
    if (a.isEmpty() || b.isEmpty()) {
      return MISSING;
    }
    if (a.equals(b)) {
      return 0;
    }
    double[] mins = minimums[c];
    if (swaps[c]) {
      return level(c, similarity(table, c, i, j));
    }
    double reach = mins[mins.length - 2];
    if (upperBound(similarities[c], a, b) < reach) {
      return mins.length - 1;
    }
    if (similarities[c] == Similarity.DAMERAU_LEVENSHTEIN) {
      // Only distances up to what the lowest scored level allows matter; anything further is the last level.
      int longer = Math.max(a.length(), b.length());
      int bound = (int) Math.floor((1.0 - reach) * longer + 1e-9);
      int distance = BoundedEditDistance.distanceAtMost(a, b, bound);
      return distance > bound ? mins.length - 1 : level(c, 1.0 - (double) distance / longer);
    }
    return level(c, similarity(table, c, i, j));
  }

  /** A bound the similarity of two different values cannot exceed, from their lengths alone; 1 when there is none. */
  static double upperBound(Similarity similarity, String a, String b) {
    int la = a.length();
    int lb = b.length();
    int shorter = Math.min(la, lb);
    int longer = Math.max(la, lb);
    return switch (similarity) {
      case DAMERAU_LEVENSHTEIN -> 1.0 - (double) (longer - shorter) / longer;
      case JARO_WINKLER -> {
        // At most the shorter length can match, with no transpositions; the prefix boost adds at most 0.4 (1 - j).
        double jaro = ((double) shorter / la + (double) shorter / lb + 1.0) / 3.0;
        yield jaro < 0.7 ? jaro : jaro + 0.4 * (1.0 - jaro);
      }
      default -> 1.0;
    };
  }

  /**
   * The match weight of records {@code i} and {@code j} when it reaches {@code floor}, else
   * negative infinity, found by stopping once the comparisons left cannot lift the weight to the
   * floor: most candidate pairs are clear non-matches after their names and birth dates.
   */
  public double weightIfAtLeast(FeatureTable table, int i, int j, double floor) {
    double total = priorWeight;
    for (int c = 0; c < similarities.length; c++) {
      if (total + bestRemaining[c] < floor) {
        return Double.NEGATIVE_INFINITY;
      }
      total += weight(c, fastLevel(table, c, i, j));
    }
    return total >= floor ? total : Double.NEGATIVE_INFINITY;
  }

  /** The match weight of records {@code i} and {@code j}, the prior included. */
  public double weight(FeatureTable table, int i, int j) {
    double total = priorWeight;
    for (int c = 0; c < similarities.length; c++) {
      total += weight(c, fastLevel(table, c, i, j));
    }
    return total;
  }

  /**
   * The match weight of records {@code i} and {@code j}, and their level pattern: 4 bits per
   * comparison holding level + 1, 0 for missing.
   */
  public long pattern(FeatureTable table, int i, int j) {
    long pattern = 0;
    for (int c = 0; c < similarities.length; c++) {
      int level = fastLevel(table, c, i, j);
      pattern |= (long) (level + 1) << (4 * c);
    }
    return pattern;
  }

  /** The match weight of a level pattern, the prior included. */
  public double weightOf(long pattern) {
    double total = priorWeight;
    for (int c = 0; c < similarities.length; c++) {
      int level = (int) ((pattern >>> (4 * c)) & 0xF) - 1;
      total += weight(c, level);
    }
    return total;
  }

  /** The match probability of a match weight. */
  public static double probability(double weight) {
    return MatchRules.probabilityOf(weight);
  }
}
