package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Identifies an {@code Account}. */
public record AccountId(UUID value) implements RecordId {

  /** Rejects a missing value. */
  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static AccountId of(UUID value) {
    return new AccountId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static AccountId parse(String text) {
    return new AccountId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static AccountId generate(Clock clock) {
    return new AccountId(Uuid7.next(clock));
  }

  @Override
  public RecordKind kind() {
    return RecordKind.ACCOUNT;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
