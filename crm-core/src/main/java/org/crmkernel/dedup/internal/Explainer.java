package org.crmkernel.dedup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.FieldContribution;
import org.crmkernel.dedup.MatchExplanation;
import org.crmkernel.dedup.ScoredPair;

/** Builds the explanation of a pair from the feature table: each comparison's values, similarity, level and weight. */
public final class Explainer {

  private Explainer() {}

  /** The explanation of records {@code i} and {@code j}. */
  public static MatchExplanation explain(CompiledRules compiled, FeatureTable table, int i, int j) {
    List<FieldContribution> contributions = new ArrayList<>();
    double total = compiled.priorWeight();
    List<FieldComparison> comparisons = compiled.rules().comparisons();
    for (int c = 0; c < comparisons.size(); c++) {
      FieldComparison comparison = comparisons.get(c);
      double similarity = compiled.similarity(table, c, i, j);
      int level = compiled.level(c, similarity);
      double weight = compiled.weight(c, level);
      total += weight;
      String a = table.value(c, i);
      String b = table.value(c, j);
      contributions.add(new FieldContribution(comparison.name(), comparison.field(),
          a.isEmpty() ? Optional.empty() : Optional.of(a), b.isEmpty() ? Optional.empty() : Optional.of(b),
          similarity, level == CompiledRules.MISSING ? "missing" : comparison.levels().get(level).label(), weight,
          level != CompiledRules.MISSING && compiled.swapped(table, c, i, j)));
    }
    return new MatchExplanation(compiled.priorWeight(), contributions, total, CompiledRules.probability(total));
  }

  /**
   * A scored pair of records {@code i} and {@code j} whose explanation is worked out when asked
   * for, from a copy of the two rows: a result keeps its pairs' values, not the whole table.
   */
  public static ScoredPair pair(CompiledRules compiled, FeatureTable table, int i, int j, double weight) {
    FeatureTable rows = table.rows(i, j);
    return new ScoredPair(table.id(i), table.id(j), weight, () -> explain(compiled, rows, 0, 1));
  }
}
