package org.crmkernel.architecture.violations.model.customer;

import java.util.ArrayList;
import java.util.List;

/** Violates: a "utility" with instance state. */
public final class StatefulChecks {
  private final List<String> problems = new ArrayList<>();

  private StatefulChecks() {}

  /** A new collector. */
  public static StatefulChecks start() {
    return new StatefulChecks();
  }

  /** Records a problem. */
  public void add(String problem) {
    problems.add(problem);
  }
}
