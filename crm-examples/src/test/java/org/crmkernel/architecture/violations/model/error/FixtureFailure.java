package org.crmkernel.architecture.violations.model.error;

/** Innocent: exceptions in {@code model.error} are classes. */
public class FixtureFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure. */
  public FixtureFailure(String message) {
    super(message);
  }
}
