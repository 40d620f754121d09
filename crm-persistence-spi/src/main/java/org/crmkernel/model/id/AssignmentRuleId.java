package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies a lead assignment rule. */
public record AssignmentRuleId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public AssignmentRuleId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static AssignmentRuleId of(UUID value) {
    return new AssignmentRuleId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static AssignmentRuleId parse(String text) {
    return new AssignmentRuleId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static AssignmentRuleId generate(Clock clock) {
    return new AssignmentRuleId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.LEAD_ASSIGNMENT_RULE;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
