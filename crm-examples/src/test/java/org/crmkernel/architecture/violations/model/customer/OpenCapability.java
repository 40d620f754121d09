package org.crmkernel.architecture.violations.model.customer;

/** Violates: an interface of the model that is not sealed. */
public interface OpenCapability {
  /** Anything. */
  String label();
}
