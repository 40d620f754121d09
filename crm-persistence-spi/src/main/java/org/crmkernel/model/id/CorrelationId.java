package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Ties together the audit entries and events caused by one facade call. */
public record CorrelationId(UUID value) {

  /** Rejects a missing value. */
  public CorrelationId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static CorrelationId of(UUID value) {
    return new CorrelationId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static CorrelationId parse(String text) {
    return new CorrelationId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static CorrelationId generate(Clock clock) {
    return new CorrelationId(Uuid7.next(clock));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
