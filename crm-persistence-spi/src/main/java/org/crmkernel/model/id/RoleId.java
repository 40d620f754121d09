package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code SecurityRole}. */
public record RoleId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public RoleId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static RoleId of(UUID value) {
    return new RoleId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static RoleId parse(String text) {
    return new RoleId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static RoleId generate(Clock clock) {
    return new RoleId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.SECURITY_ROLE;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
