package org.crmkernel.dedup;

import java.util.List;
import java.util.Locale;

/**
 * Why a pair scored what it scored: the prior and each comparison's contribution, which add up
 * to the match weight.
 *
 * @param priorWeight the prior's weight in bits
 * @param contributions one per comparison, in the rules' order
 * @param matchWeight the total in bits
 * @param probability the match probability
 */
public record MatchExplanation(double priorWeight, List<FieldContribution> contributions, double matchWeight,
    double probability) {

  /** Copies the contributions. */
  public MatchExplanation {
    contributions = List.copyOf(contributions);
  }

  /** The explanation as lines a person can read, the strongest evidence first. */
  public String describe() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "match probability %.4f: %+.2f bits = prior %+.2f", probability, matchWeight, priorWeight));
    for (FieldContribution c : contributions) {
      if (c.weight() != 0) {
        out.append(String.format(Locale.ROOT, " %s %.2f (%s)", c.weight() < 0 ? "-" : "+", Math.abs(c.weight()),
            c.comparison()));
      }
    }
    contributions.stream()
        .sorted((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())))
        .forEach(c -> out.append('\n').append("  ").append(c.describe()));
    return out.toString();
  }
}
