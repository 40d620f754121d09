package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code BusinessUnit} of the directory. */
public record BusinessUnitId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public BusinessUnitId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static BusinessUnitId of(UUID value) {
    return new BusinessUnitId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static BusinessUnitId parse(String text) {
    return new BusinessUnitId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static BusinessUnitId generate(Clock clock) {
    return new BusinessUnitId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.BUSINESS_UNIT;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
