package org.crmkernel.architecture.violations.examples;

import org.crmkernel.architecture.violations.internal.Kernel;
import org.crmkernel.architecture.violations.jdbc.internal.Dialect;

/** Violates twice: the examples use crm-jdbc's and crm-core's internal classes. */
public final class Demo {
  private Demo() {}

  /** Runs. */
  public static String run() {
    return Dialect.POSTGRESQL.name() + Kernel.name();
  }
}
