package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies one entry of the append-only audit log. */
public record AuditEntryId(UUID value) {

  /** Rejects a missing value. */
  public AuditEntryId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static AuditEntryId of(UUID value) {
    return new AuditEntryId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static AuditEntryId parse(String text) {
    return new AuditEntryId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static AuditEntryId generate(Clock clock) {
    return new AuditEntryId(Uuid7.next(clock));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
