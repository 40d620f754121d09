package org.crmkernel.architecture.violations.model.customer;

/** Violates: exceptions are exempt only in {@code model.error}. */
public class MisplacedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure. */
  public MisplacedException(String message) {
    super(message);
  }
}
