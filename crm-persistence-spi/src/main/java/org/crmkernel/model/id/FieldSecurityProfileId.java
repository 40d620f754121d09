package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@code FieldSecurityProfile}. */
public record FieldSecurityProfileId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public FieldSecurityProfileId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static FieldSecurityProfileId of(UUID value) {
    return new FieldSecurityProfileId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static FieldSecurityProfileId parse(String text) {
    return new FieldSecurityProfileId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static FieldSecurityProfileId generate(Clock clock) {
    return new FieldSecurityProfileId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.FIELD_SECURITY_PROFILE;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
