package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a stage within its pipeline. Stable for the stage's whole life: renaming or
 * reordering keeps it, so deal history never has to be rewritten.
 */
public record StageId(UUID value) {

  /** Rejects a missing value. */
  public StageId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static StageId of(UUID value) {
    return new StageId(value);
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static StageId generate(Clock clock) {
    return new StageId(Uuid7.next(clock));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
