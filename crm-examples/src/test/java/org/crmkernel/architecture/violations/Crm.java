package org.crmkernel.architecture.violations;

import org.crmkernel.architecture.violations.examples.Demo;

/** The base package belongs to crm-core; it must not reach into the examples. */
public final class Crm {
  private Crm() {}

  /** Violates: crm-core depends on crm-examples. */
  public static String describe() {
    return Demo.class.getName();
  }
}
