package org.crmkernel.model.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Replays a deal's history: the tracked values it had at the end, or at any instant, as
 * funnel, velocity and as-of reports read them.
 */
public final class DealReplay {

  private DealReplay() {}

  /**
   * The deal's tracked values after the last entry; empty for an empty history.
   *
   * @throws IllegalArgumentException if the entries are not one deal's consistent history: in
   *     increasing sequence, each starting from the values the previous one left
   */
  public static Optional<DealSnapshot> replay(List<DealChange> history) {
    DealSnapshot state = null;
    DealChange previous = null;
    for (DealChange change : history) {
      if (previous != null) {
        if (!change.deal().equals(previous.deal()) || change.sequence() <= previous.sequence()) {
          throw new IllegalArgumentException("entry " + change.sequence() + " does not follow entry "
              + previous.sequence() + " of the same deal");
        }
        if (!change.before().equals(Optional.of(state))) {
          throw new IllegalArgumentException("entry " + change.sequence() + " starts from other values than entry "
              + previous.sequence() + " left");
        }
      } else if (change.before().isPresent()) {
        throw new IllegalArgumentException("the history does not start with the deal's creation");
      }
      state = change.after();
      previous = change;
    }
    return Optional.ofNullable(state);
  }

  /** The deal's tracked values as they stood at {@code instant}; empty if it did not exist yet. */
  public static Optional<DealSnapshot> asOf(List<DealChange> history, Instant instant) {
    DealSnapshot state = null;
    for (DealChange change : history) {
      if (change.at().isAfter(instant)) {
        break;
      }
      state = change.after();
    }
    return Optional.ofNullable(state);
  }
}
