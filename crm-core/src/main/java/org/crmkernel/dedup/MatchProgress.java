package org.crmkernel.dedup;

/**
 * How far a match run has come.
 *
 * @param phase the phase running
 * @param done the units of this phase done (records read, blocks scored, components clustered)
 * @param total the units of this phase in all, or -1 while unknown (reading a stream)
 */
public record MatchProgress(Phase phase, long done, long total) {

  /** The phases of a run, in order. */
  public enum Phase {
    /** Reading and normalising records. */
    READING,
    /** Grouping records by their blocking keys. */
    BLOCKING,
    /** Scoring candidate pairs. */
    SCORING,
    /** Forming clusters. */
    CLUSTERING
  }
}
