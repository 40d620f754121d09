package org.crmkernel.architecture.violations.report;

import org.crmkernel.architecture.violations.dedup.MatchRule;

/** Violates, with {@link MatchRule}: a cycle between two packages. */
public final class MatchReport {
  /** The rule. */
  public MatchRule rule() {
    return new MatchRule();
  }
}
