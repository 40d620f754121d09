package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code Team} of the directory. */
public record TeamId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public TeamId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static TeamId of(UUID value) {
    return new TeamId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static TeamId parse(String text) {
    return new TeamId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static TeamId generate(Clock clock) {
    return new TeamId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.TEAM;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
