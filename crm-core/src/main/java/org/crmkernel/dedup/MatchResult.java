package org.crmkernel.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a match run: the clusters of duplicates, the possible matches a person should
 * review (pairs above the possible-match threshold that ended up in different clusters), and
 * the statistics.
 *
 * @param clusters the clusters of two or more records, largest first
 * @param possibleMatches the pairs to review, the most probable first
 * @param statistics what the run did
 */
public record MatchResult(List<DuplicateCluster> clusters, List<ScoredPair> possibleMatches,
    MatchStatistics statistics) {

  /** Copies the lists. */
  public MatchResult {
    clusters = List.copyOf(clusters);
    possibleMatches = List.copyOf(possibleMatches);
  }

  /** The cluster id of every record in a cluster; a record not in the map is its own cluster. */
  public Map<String, String> clusterIdsByRecord() {
    Map<String, String> ids = new HashMap<>();
    for (DuplicateCluster cluster : clusters) {
      for (String id : cluster.recordIds()) {
        ids.put(id, cluster.clusterId());
      }
    }
    return Map.copyOf(ids);
  }
}
