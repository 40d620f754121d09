package org.crmkernel.architecture.violations.model.customer;

/** Violates: a constants holder that can be instantiated. */
public final class LeakyFields {
  /** A constant. */
  public static final String NAME = "name";

  /** Should be private. */
  public LeakyFields() {}
}
