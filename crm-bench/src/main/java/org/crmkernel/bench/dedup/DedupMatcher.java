package org.crmkernel.bench.dedup;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A duplicate matcher under test: deduplicates one labelled set (ignoring its truth) and reports
 * what it found. Implementations are added to {@link DedupQualityRun#MATCHERS}.
 */
public interface DedupMatcher {

  /** The matcher's name in the results table. */
  String name();

  /** Deduplicates the set's rows; must not look at the rows' entity keys. */
  Result run(LabelledDataset set);

  /**
   * What a run found.
   *
   * @param clusters row id to cluster id; a row left out is a cluster of its own
   * @param matchedPairs the pairs the matcher declared duplicates, before clustering
   * @param comparisons candidate pairs scored, or -1 when the matcher does not say
   * @param time the wall-clock time of the run, loading excluded
   */
  record Result(
      Map<String, String> clusters,
      Collection<String[]> matchedPairs,
      long comparisons,
      Duration time) {

    /** Copies the clusters and pairs. */
    public Result {
      clusters = Map.copyOf(clusters);
      matchedPairs = List.copyOf(matchedPairs);
    }
  }
}
