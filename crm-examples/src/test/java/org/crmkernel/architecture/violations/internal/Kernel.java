package org.crmkernel.architecture.violations.internal;

/** Internal to crm-core (the base package's own internal package). */
public final class Kernel {
  private Kernel() {}

  /** A name; a method, since a constant would be inlined and leave no dependency. */
  public static String name() {
    return "kernel";
  }
}
