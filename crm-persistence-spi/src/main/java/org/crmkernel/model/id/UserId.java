package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code User} of the directory. */
public record UserId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static UserId of(UUID value) {
    return new UserId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static UserId parse(String text) {
    return new UserId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static UserId generate(Clock clock) {
    return new UserId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.USER;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
