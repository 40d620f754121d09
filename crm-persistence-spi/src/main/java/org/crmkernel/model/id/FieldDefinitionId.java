package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a custom {@code FieldDefinition}. */
public record FieldDefinitionId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public FieldDefinitionId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static FieldDefinitionId of(UUID value) {
    return new FieldDefinitionId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static FieldDefinitionId parse(String text) {
    return new FieldDefinitionId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static FieldDefinitionId generate(Clock clock) {
    return new FieldDefinitionId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.FIELD_DEFINITION;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
