package org.crmkernel.dedup;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a match run did.
 *
 * @param records the records read
 * @param candidatePairs the distinct pairs the blocking keys proposed, each scored once
 * @param candidatePairsByKey the pairs each key added beyond the keys before it
 * @param keptPairs the pairs scoring at least the possible-match threshold
 * @param matchedPairs the pairs scoring at least the match threshold
 * @param clusters the clusters of two or more records
 * @param recordsInClusters the records in those clusters
 * @param oversizedBlocks the blocks capped for their size, largest first (at most 100 listed)
 * @param oversizedBlockCount the number of blocks capped for their size
 * @param malformedValues per field, the values that did not parse (dates, phone numbers) and
 *     were matched as text
 * @param recordsWithMalformedValues the records with at least one such value
 * @param elapsed the run's wall-clock time
 */
public record MatchStatistics(
    long records,
    long candidatePairs,
    Map<String, Long> candidatePairsByKey,
    long keptPairs,
    long matchedPairs,
    int clusters,
    long recordsInClusters,
    List<OversizedBlock> oversizedBlocks,
    long oversizedBlockCount,
    Map<String, Long> malformedValues,
    long recordsWithMalformedValues,
    Duration elapsed) {

  /** Copies the collections. */
  public MatchStatistics {
    candidatePairsByKey = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(candidatePairsByKey));
    oversizedBlocks = List.copyOf(oversizedBlocks);
    malformedValues = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(malformedValues));
  }

  /** The share of all possible pairs the blocking saved from comparison: 1 - candidates / (n(n-1)/2). */
  public double reductionRatio() {
    double all = records * (records - 1) / 2.0;
    return all == 0 ? 0 : 1 - candidatePairs / all;
  }
}
