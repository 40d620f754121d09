package org.crmkernel.model.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One field's change: its name and its value before and after, as stable text. Empty means
 * unset. Values of sensitive fields are never recorded; {@link #MASKED} stands in for them.
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

  /** The stand-in for a sensitive value. */
  public static final String MASKED = "*****";

  /** Rejects missing parts. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** A change from {@code before} to {@code after}, either of which may be empty. */
  public static FieldChange of(String field, Optional<String> before, Optional<String> after) {
    return new FieldChange(field, before, after);
  }
}
