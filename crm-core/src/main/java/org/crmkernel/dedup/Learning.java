package org.crmkernel.dedup;

/**
 * Where a rule set's probabilities came from when they were learnt from data rather than set by
 * hand.
 *
 * @param records the records the candidate pairs came from
 * @param candidatePairs the blocked candidate pairs the expectation maximisation ran over
 * @param iterations the iterations it took
 * @param converged whether it converged before the iteration limit
 * @param fromVersion the version of the rules it started from
 */
public record Learning(long records, long candidatePairs, int iterations, boolean converged, int fromVersion) {}
