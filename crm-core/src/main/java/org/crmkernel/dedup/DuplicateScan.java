package org.crmkernel.dedup;

/**
 * One duplicate scan, set up step by step and then run. The records stream out of the store in
 * one read-only transaction and are kept only in normalised form; blocking, scoring and
 * clustering run after the transaction ends, on the scan's own threads.
 */
public interface DuplicateScan {

  /** Match by {@code rules} instead of the kind's defaults. */
  DuplicateScan rules(MatchRules rules);

  /** Use {@code threads} threads, 1 to 256 (default: the available processors). */
  DuplicateScan threads(int threads);

  /** Report progress to {@code listener}. */
  DuplicateScan progress(MatchProgressListener listener);

  /** Stop when {@code cancellation} is cancelled. */
  DuplicateScan cancellation(MatchCancellation cancellation);

  /** Also match archived records (default: active records only). */
  DuplicateScan includeArchived(boolean include);

  /**
   * Runs the scan.
   *
   * @throws org.crmkernel.model.error.AccessDeniedException in a user session
   * @throws MatchCancelledException if cancelled
   */
  MatchResult run();

  /**
   * Learns the rules' probabilities from the tenant's records instead (see {@link
   * org.crmkernel.dedup.engine.DuplicateMatcher#learn}).
   */
  MatchRules learn();
}
