package org.crmkernel.architecture.violations.model.customer;

/** Innocent: an enum whose constant has a body (an anonymous class of the enum). */
public enum Priority {
  LOW,
  HIGH {
    @Override
    public String label() {
      return "high!";
    }
  };

  /** A label. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
