package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies an activity (task, call, meeting, e-mail or note). */
public record ActivityId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public ActivityId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static ActivityId of(UUID value) {
    return new ActivityId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static ActivityId parse(String text) {
    return new ActivityId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static ActivityId generate(Clock clock) {
    return new ActivityId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.ACTIVITY;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
