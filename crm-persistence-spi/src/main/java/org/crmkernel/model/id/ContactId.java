package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code Contact}. */
public record ContactId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public ContactId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static ContactId of(UUID value) {
    return new ContactId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static ContactId parse(String text) {
    return new ContactId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static ContactId generate(Clock clock) {
    return new ContactId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.CONTACT;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
