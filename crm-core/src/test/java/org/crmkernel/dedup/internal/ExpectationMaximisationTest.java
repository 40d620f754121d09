package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.crmkernel.dedup.BlockingKey;
import org.crmkernel.dedup.ComparisonLevel;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.KeyPart;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.Normalization;
import org.crmkernel.dedup.Similarity;
import org.junit.jupiter.api.Test;

/** Expectation maximisation recovers the parameters that generated the level patterns. */
class ExpectationMaximisationTest {

  private static final double[][] TRUE_M = {{0.85, 0.10, 0.05}, {0.90, 0.10}, {0.70, 0.20, 0.10}, {0.80, 0.20}};
  private static final double[][] TRUE_U = {{0.05, 0.10, 0.85}, {0.20, 0.80}, {0.02, 0.08, 0.90}, {0.10, 0.90}};
  private static final double TRUE_PRIOR = 0.15;

  @Test
  void parametersAreRecoveredFromUnlabelledPatterns() {
    Random random = new Random(42);
    PatternCounts counts = new PatternCounts();
    int pairs = 200_000;
    for (int p = 0; p < pairs; p++) {
      boolean match = random.nextDouble() < TRUE_PRIOR;
      long pattern = 0;
      for (int c = 0; c < TRUE_M.length; c++) {
        double[] probabilities = match ? TRUE_M[c] : TRUE_U[c];
        // One value in ten is missing, whatever the class: it must not bias the estimates.
        int level = random.nextDouble() < 0.1 ? -1 : draw(probabilities, random);
        pattern |= (long) (level + 1) << (4 * c);
      }
      counts.add(pattern, 1);
    }
    MatchRules start = rules(0.3, 0.25);

    MatchRules learnt = ExpectationMaximisation.learn(start, counts, 1000, pairs);

    assertThat(learnt.prior()).isCloseTo(TRUE_PRIOR, within(0.01));
    for (int c = 0; c < TRUE_M.length; c++) {
      List<ComparisonLevel> levels = learnt.comparisons().get(c).levels();
      for (int l = 0; l < levels.size(); l++) {
        assertThat(levels.get(l).m()).as("m of %d/%d", c, l).isCloseTo(TRUE_M[c][l], within(0.02));
        assertThat(levels.get(l).u()).as("u of %d/%d", c, l).isCloseTo(TRUE_U[c][l], within(0.02));
      }
    }
    assertThat(learnt.version()).isEqualTo(start.version() + 1);
    assertThat(learnt.learning()).hasValueSatisfying(l -> {
      assertThat(l.converged()).isTrue();
      assertThat(l.candidatePairs()).isEqualTo(pairs);
      assertThat(l.fromVersion()).isEqualTo(start.version());
    });
  }

  @Test
  void noPatternsLeaveTheRulesAsTheyWere() {
    MatchRules start = rules(0.3, 0.25);

    MatchRules learnt = ExpectationMaximisation.learn(start, new PatternCounts(), 0, 0);

    assertThat(learnt.comparisons()).isEqualTo(start.comparisons());
    assertThat(learnt.prior()).isEqualTo(start.prior());
  }

  private static int draw(double[] probabilities, Random random) {
    double x = random.nextDouble();
    for (int l = 0; l < probabilities.length; l++) {
      x -= probabilities[l];
      if (x < 0) {
        return l;
      }
    }
    return probabilities.length - 1;
  }

  /** Rules of the true shape with flat, wrong starting probabilities. */
  private static MatchRules rules(double prior, double mShift) {
    List<FieldComparison> comparisons = new java.util.ArrayList<>();
    for (int c = 0; c < TRUE_M.length; c++) {
      List<ComparisonLevel> levels = new java.util.ArrayList<>();
      int n = TRUE_M[c].length;
      for (int l = 0; l < n; l++) {
        double min = l == n - 1 ? 0 : 1.0 - l * 0.1;
        double m = l == 0 ? 0.5 + mShift : (0.5 - mShift) / (n - 1);
        double u = l == n - 1 ? 0.6 : 0.4 / (n - 1);
        levels.add(new ComparisonLevel("l" + l, min, m, u));
      }
      comparisons.add(new FieldComparison("c" + c, "f" + c, Optional.empty(), Normalization.NONE, Similarity.EXACT,
          levels));
    }
    return new MatchRules("test", 4, prior, 0.9, 0.5, 0.5, 0.999, 100, comparisons,
        List.of(new BlockingKey("k", List.of(KeyPart.of("f0", Normalization.NONE)), 0)), Optional.empty());
  }
}
