package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a deal (opportunity). */
public record DealId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public DealId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static DealId of(UUID value) {
    return new DealId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static DealId parse(String text) {
    return new DealId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static DealId generate(Clock clock) {
    return new DealId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.DEAL;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
