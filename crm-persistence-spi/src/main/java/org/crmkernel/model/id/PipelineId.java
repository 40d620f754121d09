package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a sales pipeline. */
public record PipelineId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public PipelineId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static PipelineId of(UUID value) {
    return new PipelineId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static PipelineId parse(String text) {
    return new PipelineId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static PipelineId generate(Clock clock) {
    return new PipelineId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.PIPELINE;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
