package org.crmkernel.dedup;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets another thread stop a match run: the run ends with {@link MatchCancelledException} soon after. */
public final class MatchCancellation {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** Asks the run to stop. */
  public void cancel() {
    cancelled.set(true);
  }

  /** Whether the run was asked to stop. */
  public boolean isCancelled() {
    return cancelled.get();
  }
}
