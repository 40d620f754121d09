package org.crmkernel.dedup;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Two records that were compared, with their match weight and probability. The explanation is
 * worked out when asked for, from the values the matcher kept.
 */
public final class ScoredPair {

  private final String firstId;
  private final String secondId;
  private final double matchWeight;
  private final Supplier<MatchExplanation> explanation;

  /** A pair of {@code firstId} and {@code secondId} scoring {@code matchWeight}, explained by {@code explanation}. */
  public ScoredPair(String firstId, String secondId, double matchWeight, Supplier<MatchExplanation> explanation) {
    this.firstId = Objects.requireNonNull(firstId, "firstId");
    this.secondId = Objects.requireNonNull(secondId, "secondId");
    this.matchWeight = matchWeight;
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /** The first record's id. */
  public String firstId() {
    return firstId;
  }

  /** The second record's id. */
  public String secondId() {
    return secondId;
  }

  /** The match weight in bits. */
  public double matchWeight() {
    return matchWeight;
  }

  /** The match probability. */
  public double probability() {
    return MatchRules.probabilityOf(matchWeight);
  }

  /** Each comparison's contribution to the score. */
  public MatchExplanation explanation() {
    return explanation.get();
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s ~ %s: %.4f", firstId, secondId, probability());
  }
}
