package org.crmkernel.architecture.violations.model.customer;

/** Violates: a model type that is a mutable class. */
public class MutableCustomer {
  private String name = "";

  /** Changes the name in place. */
  public void rename(String newName) {
    name = newName;
  }

  /** The name. */
  public String name() {
    return name;
  }
}
