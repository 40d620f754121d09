package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies one domain event; stable across redeliveries, so receivers can de-duplicate. */
public record EventId(UUID value) {

  /** Rejects a missing value. */
  public EventId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static EventId of(UUID value) {
    return new EventId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static EventId parse(String text) {
    return new EventId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static EventId generate(Clock clock) {
    return new EventId(Uuid7.next(clock));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
