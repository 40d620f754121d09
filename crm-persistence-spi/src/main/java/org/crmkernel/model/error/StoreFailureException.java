package org.crmkernel.model.error;

/**
 * The store failed for a reason that is not the caller's input: a lost connection, a timeout, a
 * deadlock, misuse of a transaction. The unit of work was rolled back; nothing was written.
 */
public class StoreFailureException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final boolean transientFailure;

  /** A failure; {@code transientFailure} says whether retrying the same work may succeed. */
  public StoreFailureException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  /** A failure without an underlying cause. */
  public StoreFailureException(String message) {
    super(message);
    this.transientFailure = false;
  }

  /** Whether retrying the same unit of work may succeed. */
  public boolean isTransient() {
    return transientFailure;
  }
}
