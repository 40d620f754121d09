package org.crmkernel.dedup;

import org.crmkernel.model.error.CrmException;

/** A match run stopped because it was cancelled; nothing of it is kept. */
public final class MatchCancelledException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** A run cancelled in {@code phase}. */
  public MatchCancelledException(MatchProgress.Phase phase) {
    super("the match run was cancelled while " + phase.name().toLowerCase(java.util.Locale.ROOT));
  }
}
