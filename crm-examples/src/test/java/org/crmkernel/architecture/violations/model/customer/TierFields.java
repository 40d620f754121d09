package org.crmkernel.architecture.violations.model.customer;

import java.util.List;

/** Innocent: a static holder (final, private constructor, only static members). */
public final class TierFields {
  /** A constant. */
  public static final List<String> ALL = List.of("gold", "silver");

  private TierFields() {}

  /** A static helper with a lambda. */
  public static List<String> upper() {
    return ALL.stream().map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
  }
}
