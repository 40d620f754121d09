package org.crmkernel.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crmkernel.bench.dedup.ClusterMetrics.Scores;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {

  /** a, b, c are one entity, d and e another, f alone: 3 + 1 true pairs. */
  static final Map<String, String> TRUTH =
      Map.of("a", "E1", "b", "E1", "c", "E1", "d", "E2", "e", "E2", "f", "E3");

  @Test
  void clustersAreScoredByTheirImpliedPairs() {
    // {a,b} right, {c,d} wrong, e missing (a singleton), f alone.
    Scores s = ClusterMetrics.clusterMetrics(TRUTH, Map.of("a", "1", "b", "1", "c", "2", "d", "2", "f", "3"));

    assertThat(s.truePairs()).isEqualTo(4);
    assertThat(s.predictedPairs()).isEqualTo(2);
    assertThat(s.correctPairs()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.25);
    assertThat(s.f1()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void theTruthAsPredictionScoresOne() {
    Scores s = ClusterMetrics.clusterMetrics(TRUTH, TRUTH);

    assertThat(s).isEqualTo(new Scores(4, 4, 4, 1.0, 1.0, 1.0));
  }

  @Test
  void oneBigClusterHasFullRecallAndLowPrecision() {
    Map<String, String> all = new HashMap<>();
    TRUTH.keySet().forEach(id -> all.put(id, "x"));

    Scores s = ClusterMetrics.clusterMetrics(TRUTH, all);

    assertThat(s.predictedPairs()).isEqualTo(15);
    assertThat(s.correctPairs()).isEqualTo(4);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(4.0 / 15, within(1e-12));
  }

  @Test
  void nothingPredictedIsPreciseButFindsNothing() {
    Scores s = ClusterMetrics.clusterMetrics(TRUTH, Map.of());

    assertThat(s).isEqualTo(new Scores(4, 0, 0, 1.0, 0.0, 0.0));
  }

  @Test
  void pairsAreCountedOnceInEitherOrder() {
    List<String[]> pairs =
        List.of(
            new String[] {"a", "b"},
            new String[] {"b", "a"},
            new String[] {"a", "c"},
            new String[] {"c", "d"});

    Scores s = ClusterMetrics.pairMetrics(TRUTH, pairs);

    assertThat(s.predictedPairs()).isEqualTo(3);
    assertThat(s.correctPairs()).isEqualTo(2);
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void unknownRowsAndSelfPairsAreRefused() {
    assertThatThrownBy(() -> ClusterMetrics.clusterMetrics(TRUTH, Map.of("zz", "1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClusterMetrics.pairMetrics(TRUTH, List.<String[]>of(new String[] {"a", "zz"})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClusterMetrics.pairMetrics(TRUTH, List.<String[]>of(new String[] {"a", "a"})))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The contingency counts agree with enumerating every pair of every cluster. */
  @Test
  void clusterCountsAgreeWithEnumeratedPairs() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      Map<String, String> truth = new HashMap<>();
      Map<String, String> clusters = new HashMap<>();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        truth.put("r" + i, "e" + random.nextInt(1 + n / 3));
        if (random.nextInt(5) > 0) {
          clusters.put("r" + i, "c" + random.nextInt(1 + n / 4));
        }
      }
      List<String[]> enumerated = new ArrayList<>();
      List<String> ids = new ArrayList<>(clusters.keySet());
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          if (clusters.get(ids.get(i)).equals(clusters.get(ids.get(j)))) {
            enumerated.add(new String[] {ids.get(i), ids.get(j)});
          }
        }
      }

      assertThat(ClusterMetrics.clusterMetrics(truth, clusters))
          .isEqualTo(ClusterMetrics.pairMetrics(truth, enumerated));
    }
  }
}
