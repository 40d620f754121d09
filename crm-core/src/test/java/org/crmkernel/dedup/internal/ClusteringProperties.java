package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.dedup.BlockingKey;
import org.crmkernel.dedup.ComparisonLevel;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.KeyPart;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.Normalization;
import org.crmkernel.dedup.Similarity;
import org.junit.jupiter.api.Test;

/**
 * Clustering on records that are numbers on a line, compared by numeric proximity: near numbers
 * match, far ones do not, so chains of near neighbours are easy to build.
 */
class ClusteringProperties {

  private static final MatchRules RULES = new MatchRules("numbers", 1, 0.5, 0.9, 0.2, 0.5, 0.99999, 100,
      List.of(new FieldComparison("value", "value", Optional.empty(), Normalization.NONE, Similarity.NUMERIC, List.of(
          new ComparisonLevel("same", 0.99, 0.6, 0.001),
          new ComparisonLevel("near", 0.95, 0.3, 0.01),
          new ComparisonLevel("far", 0.0, 0.1, 0.989)))),
      List.of(new BlockingKey("value", List.of(KeyPart.of("value", Normalization.NONE)), 0)), Optional.empty());
  private static final CompiledRules COMPILED = new CompiledRules(RULES);

  /** Rules with a realistic prior: a pair never scored counts as evidence against a match. */
  private static final CompiledRules SCARCE = new CompiledRules(new MatchRules("numbers", 1, 0.02, 0.9, 0.2, 0.5,
      0.99999, 100,
      List.of(new FieldComparison("value", "value", Optional.empty(), Normalization.NONE, Similarity.NUMERIC, List.of(
          new ComparisonLevel("same", 0.99, 0.6, 0.0001),
          new ComparisonLevel("near", 0.95, 0.3, 0.01),
          new ComparisonLevel("far", 0.0, 0.1, 0.9899)))),
      List.of(new BlockingKey("value", List.of(KeyPart.of("value", Normalization.NONE)), 0)), Optional.empty()));

  @Provide
  Arbitrary<List<Integer>> numbers() {
    return Arbitraries.integers().between(1000, 1400).list().ofMinSize(2).ofMaxSize(60);
  }

  @Property(tries = 200)
  void everyClusterHoldsTogetherOnAverageAndLiesInOneComponent(@ForAll("numbers") List<Integer> numbers) {
    // These rules have no strong links (their best level is 9 bits), so every merge passed the mean.
    FeatureTable table = table(numbers);
    PairList kept = keptPairs(table);

    List<Clustering.Cluster> clusters = new Clustering(COMPILED, table).cluster(kept, done -> { }, () -> false);

    Set<Integer> seen = new HashSet<>();
    int[] component = components(table, kept);
    for (Clustering.Cluster cluster : clusters) {
      int[] members = cluster.members();
      assertThat(members.length).isGreaterThanOrEqualTo(2);
      double sum = 0;
      int pairs = 0;
      double threshold = MatchRules.weightOf(RULES.clusterThreshold());
      for (int a = 0; a < members.length; a++) {
        assertThat(seen.add(members[a])).as("records belong to one cluster at most").isTrue();
        assertThat(component[members[a]]).isEqualTo(component[members[0]]);
        for (int b = a + 1; b < members.length; b++) {
          sum += COMPILED.weight(table, members[a], members[b]);
          pairs++;
        }
      }
      assertThat(sum / pairs).isGreaterThanOrEqualTo(threshold);
    }
  }

  @Test
  void aChainOfWeakLinksDoesNotCollapseIntoOneCluster() {
    // 1000, 1040, 1080, ...: each neighbour is about 4 % away (a match), the ends are 40 % apart.
    List<Integer> chain = java.util.stream.IntStream.range(0, 40).map(i -> (int) Math.round(1000 * Math.pow(1.04, i)))
        .boxed().toList();
    FeatureTable table = table(chain);
    PairList kept = keptPairs(table);
    int[] component = components(table, kept);
    assertThat(java.util.Arrays.stream(component).distinct().count()).as("transitive closure: one cluster")
        .isEqualTo(1);

    List<Clustering.Cluster> clusters = new Clustering(COMPILED, table).cluster(kept, done -> { }, () -> false);

    assertThat(clusters).hasSizeGreaterThan(5);
    assertThat(clusters).allSatisfy(c -> assertThat(c.members().length).isLessThanOrEqualTo(4));
  }

  @Test
  void aLongChainTakesTheLargeComponentPathAndStillSplits() {
    // 3,000 records 1 % apart: one component of 3,000 (over FULL_LIMIT), joined only by known pairs.
    List<Integer> chain = java.util.stream.IntStream.range(0, 3000).map(i -> (int) Math.round(1000 * Math.pow(1.01, i % 300))
        + 100_000 * (i / 300)).boxed().toList();
    FeatureTable table = table(chain);
    PairList kept = new PairList();
    double possible = MatchRules.weightOf(0.2);
    for (int i = 0; i + 1 < table.size(); i++) {
      for (int j = i + 1; j < Math.min(table.size(), i + 6); j++) {
        double weight = SCARCE.weight(table, i, j);
        if (weight >= possible) {
          kept.add(i, j, weight);
        }
      }
    }

    List<Clustering.Cluster> clusters = new Clustering(SCARCE, table).cluster(kept, done -> { }, () -> false);

    assertThat(clusters).hasSizeGreaterThan(100).allSatisfy(c -> assertThat(c.members().length).isLessThanOrEqualTo(20));
    java.util.Set<Integer> seen = new HashSet<>();
    clusters.forEach(c -> java.util.Arrays.stream(c.members()).forEach(m -> assertThat(seen.add(m)).isTrue()));
  }

  @Test
  void aRecordNearAllOfAGroupJoinsItAndAFarGroupStaysApart() {
    FeatureTable table = table(List.of(1000, 1000, 1001, 1000, 1049, 1200, 1200));
    List<Clustering.Cluster> clusters = new Clustering(COMPILED, table).cluster(keptPairs(table), done -> { },
        () -> false);

    assertThat(clusters).extracting(c -> c.members().length).containsExactly(5, 2);
  }

  private static FeatureTable table(List<Integer> numbers) {
    FeatureTable table = new FeatureTable(new boolean[1], 1);
    table.append(numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      table.id(i, "r" + i);
      table.value(0, i, numbers.get(i).toString());
      table.key(0, i, "");
    }
    return table;
  }

  private static PairList keptPairs(FeatureTable table) {
    double possible = MatchRules.weightOf(RULES.possibleThreshold());
    PairList kept = new PairList();
    for (int i = 0; i < table.size(); i++) {
      for (int j = i + 1; j < table.size(); j++) {
        double weight = COMPILED.weight(table, i, j);
        if (weight >= possible) {
          kept.add(i, j, weight);
        }
      }
    }
    return kept;
  }

  private static int[] components(FeatureTable table, PairList kept) {
    double match = MatchRules.weightOf(RULES.matchThreshold());
    int[] parent = java.util.stream.IntStream.range(0, table.size()).toArray();
    for (int p = 0; p < kept.size(); p++) {
      if (kept.weight(p) >= match) {
        parent[root(parent, kept.first(p))] = root(parent, kept.second(p));
      }
    }
    int[] component = new int[table.size()];
    for (int i = 0; i < table.size(); i++) {
      component[i] = root(parent, i);
    }
    return component;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
