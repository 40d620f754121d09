package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies an entry of a deal's history. */
public record DealChangeId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public DealChangeId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static DealChangeId of(UUID value) {
    return new DealChangeId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static DealChangeId parse(String text) {
    return new DealChangeId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static DealChangeId generate(Clock clock) {
    return new DealChangeId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.DEAL_CHANGE;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
