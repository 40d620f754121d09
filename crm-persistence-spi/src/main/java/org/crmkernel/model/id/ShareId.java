package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code RecordShare}. */
public record ShareId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public ShareId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static ShareId of(UUID value) {
    return new ShareId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static ShareId parse(String text) {
    return new ShareId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static ShareId generate(Clock clock) {
    return new ShareId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.RECORD_SHARE;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
