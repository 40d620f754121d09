package org.crmkernel.model.record;

import java.time.Instant;
import java.util.Objects;

/**
 * The optimistic version of a record and when it was created and last changed. An update names
 * the version it read; the store accepts it only if that version is still current.
 */
public record Revision(long version, Instant createdAt, Instant modifiedAt) {

  /** Checks that the version is positive and time does not run backwards. */
  public Revision {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    if (modifiedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("modifiedAt " + modifiedAt + " is before createdAt " + createdAt);
    }
  }

  /** The revision of a record created at {@code at}. */
  public static Revision first(Instant at) {
    return new Revision(1, at, at);
  }

  /** The revision after one more change at {@code at}; time never goes back. */
  public Revision next(Instant at) {
    Instant when = at.isBefore(modifiedAt) ? modifiedAt : at;
    return new Revision(version + 1, createdAt, when);
  }
}
