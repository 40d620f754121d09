package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code Lead}. */
public record LeadId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public LeadId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static LeadId of(UUID value) {
    return new LeadId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static LeadId parse(String text) {
    return new LeadId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static LeadId generate(Clock clock) {
    return new LeadId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.LEAD;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
