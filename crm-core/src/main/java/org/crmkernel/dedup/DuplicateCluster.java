package org.crmkernel.dedup;

import java.util.List;

/**
 * Records that the matcher holds to be one customer: at least two, each linked to the others
 * strongly enough on average (weak chains do not join groups), with the pairs that were scored
 * among them.
 *
 * @param clusterId the id of the cluster's first record in input order
 * @param recordIds the member records' ids in input order
 * @param pairs the scored pairs among the members, the most probable first: every pair when the
 *     cluster came from a group of up to 128 matched records, else the candidate pairs that
 *     reached the possible-match threshold
 */
public record DuplicateCluster(String clusterId, List<String> recordIds, List<ScoredPair> pairs) {

  /** Copies the lists. */
  public DuplicateCluster {
    recordIds = List.copyOf(recordIds);
    pairs = List.copyOf(pairs);
  }

  /** The number of records. */
  public int size() {
    return recordIds.size();
  }
}
