package org.crmkernel.architecture.violations.dedup;

import org.crmkernel.architecture.violations.report.MatchReport;

/** Violates, with {@link MatchReport}: a cycle between two packages. */
public final class MatchRule {
  /** Reports. */
  public MatchReport report() {
    return new MatchReport();
  }
}
