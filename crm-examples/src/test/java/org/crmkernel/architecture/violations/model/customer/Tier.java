package org.crmkernel.architecture.violations.model.customer;

/** Innocent record; its nested builder class violates. */
public record Tier(String name, Priority priority) {

  /** Innocent: an old-style switch over an enum compiles to a synthetic switch-map class. */
  public int rank() {
    switch (priority) {
      case LOW:
        return 1;
      case HIGH:
        return 2;
      default:
        return 0;
    }
  }

  /** Violates: nested in a record but not a record. */
  public static final class Builder {
    private String name = "";

    /** Sets the name. */
    public Builder name(String newName) {
      name = newName;
      return this;
    }
  }
}
