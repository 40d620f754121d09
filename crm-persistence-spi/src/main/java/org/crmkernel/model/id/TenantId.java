package org.crmkernel.model.id;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** A tenant: the unit of isolation. Every record and every store call names one. */
public record TenantId(UUID value) {

  /** Rejects a missing value. */
  public TenantId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps an existing UUID. */
  public static TenantId of(UUID value) {
    return new TenantId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} if it is not a UUID. */
  public static TenantId parse(String text) {
    return new TenantId(UUID.fromString(text.strip()));
  }

  /** A new time-ordered (version 7) id, taking its time from {@code clock}. */
  public static TenantId generate(Clock clock) {
    return new TenantId(Uuid7.next(clock));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
