package org.crmkernel.dedup;

/**
 * One band of a comparison's similarity, with its Fellegi-Sunter probabilities: {@code m}, how
 * often a true match falls in this band, and {@code u}, how often a non-match does. The band's
 * match weight is log2(m / u) bits: positive evidence for a match, negative against.
 *
 * @param label a short name for explanations, such as "exact" or "close"
 * @param minSimilarity the least similarity that falls in this band (0 for the last band)
 * @param m the probability of this band among true matches, in (0, 1)
 * @param u the probability of this band among non-matches, in (0, 1)
 */
public record ComparisonLevel(String label, double minSimilarity, double m, double u) {

  /** The band's match weight in bits: log2(m / u). */
  public double weight() {
    return Math.log(m / u) / Math.log(2);
  }

  /** This band with other probabilities. */
  public ComparisonLevel withProbabilities(double newM, double newU) {
    return new ComparisonLevel(label, minSimilarity, newM, newU);
  }
}
