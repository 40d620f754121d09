package org.crmkernel.dedup.internal;

import java.util.ArrayList;
import java.util.List;
import org.crmkernel.dedup.ComparisonLevel;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.Learning;
import org.crmkernel.dedup.MatchRules;

/**
 * Learns m and u probabilities and the prior without labels, by expectation maximisation over
 * the level patterns of the blocked candidate pairs (Fellegi-Sunter with conditional
 * independence, as Splink does). It works on pattern counts, so its cost does not depend on the
 * number of pairs. It starts from the rules' own probabilities, which keeps the "match" class
 * anchored to what the rules mean by a match.
 */
public final class ExpectationMaximisation {

  /** The iteration limit. */
  public static final int MAX_ITERATIONS = 500;

  private static final double TOLERANCE = 1e-6;
  private static final double FLOOR = 1e-6;

  private ExpectationMaximisation() {}

  /** The rules with probabilities learnt from {@code counts}, the patterns of {@code pairs} pairs of {@code records} records. */
  public static MatchRules learn(MatchRules rules, PatternCounts counts, long records, long pairs) {
    List<FieldComparison> comparisons = rules.comparisons();
    int nc = comparisons.size();
    long[] patterns = counts.patterns();
    int np = patterns.length;
    int[][] levels = new int[np][nc];
    double[] weight = new double[np];
    for (int p = 0; p < np; p++) {
      weight[p] = counts.count(patterns[p]);
      for (int c = 0; c < nc; c++) {
        levels[p][c] = (int) ((patterns[p] >>> (4 * c)) & 0xF) - 1;
      }
    }
    double lambda = rules.prior();
    double[][] m = new double[nc][];
    double[][] u = new double[nc][];
    for (int c = 0; c < nc; c++) {
      List<ComparisonLevel> ls = comparisons.get(c).levels();
      m[c] = ls.stream().mapToDouble(ComparisonLevel::m).toArray();
      u[c] = ls.stream().mapToDouble(ComparisonLevel::u).toArray();
    }
    int iteration = 0;
    boolean converged = np == 0;
    double[] posterior = new double[np];
    while (!converged && iteration < MAX_ITERATIONS) {
      iteration++;
      for (int p = 0; p < np; p++) {
        double logMatch = Math.log(lambda);
        double logNon = Math.log(1 - lambda);
        for (int c = 0; c < nc; c++) {
          int l = levels[p][c];
          if (l >= 0) {
            logMatch += Math.log(m[c][l]);
            logNon += Math.log(u[c][l]);
          }
        }
        posterior[p] = 1 / (1 + Math.exp(logNon - logMatch));
      }
      double total = 0;
      double matches = 0;
      double[][] mSum = new double[nc][];
      double[][] uSum = new double[nc][];
      for (int c = 0; c < nc; c++) {
        mSum[c] = new double[m[c].length];
        uSum[c] = new double[u[c].length];
      }
      for (int p = 0; p < np; p++) {
        total += weight[p];
        matches += weight[p] * posterior[p];
        for (int c = 0; c < nc; c++) {
          int l = levels[p][c];
          if (l >= 0) {
            mSum[c][l] += weight[p] * posterior[p];
            uSum[c][l] += weight[p] * (1 - posterior[p]);
          }
        }
      }
      double change = 0;
      double newLambda = clamp(matches / total);
      change = Math.max(change, Math.abs(newLambda - lambda));
      lambda = newLambda;
      for (int c = 0; c < nc; c++) {
        double mTotal = sum(mSum[c]);
        double uTotal = sum(uSum[c]);
        for (int l = 0; l < m[c].length; l++) {
          double newM = mTotal > 0 ? clamp(mSum[c][l] / mTotal) : m[c][l];
          double newU = uTotal > 0 ? clamp(uSum[c][l] / uTotal) : u[c][l];
          change = Math.max(change, Math.max(Math.abs(newM - m[c][l]), Math.abs(newU - u[c][l])));
          m[c][l] = newM;
          u[c][l] = newU;
        }
      }
      converged = change < TOLERANCE;
    }
    List<FieldComparison> learnt = new ArrayList<>(nc);
    for (int c = 0; c < nc; c++) {
      List<ComparisonLevel> ls = comparisons.get(c).levels();
      List<ComparisonLevel> next = new ArrayList<>(ls.size());
      for (int l = 0; l < ls.size(); l++) {
        next.add(ls.get(l).withProbabilities(m[c][l], u[c][l]));
      }
      learnt.add(comparisons.get(c).withLevels(next));
    }
    return rules.learnt(lambda, learnt, new Learning(records, pairs, iteration, converged, rules.version()));
  }

  private static double clamp(double p) {
    return Math.min(1 - FLOOR, Math.max(FLOOR, p));
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}
