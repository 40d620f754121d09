package org.crmkernel.internal;

import org.crmkernel.model.error.CrmValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks the arguments of public entry points, so that a missing one fails as bad input (a
 * {@link CrmValidationException} naming it) rather than as a bare {@code NullPointerException}
 * deep inside the kernel.
 */
public final class Arguments {

  private Arguments() {}

  /** {@code value}, or a validation failure at {@code path} when it is null. */
  public static <T> T present(@Nullable T value, String path) {
    if (value == null) {
      throw CrmValidationException.of(path, "required", "must not be null");
    }
    return value;
  }

  /**
   * An unmodifiable copy of custom values keyed by API name, where a null value (as a map from
   * untyped code may hold) means "clear", like {@code Optional.empty()}.
   */
  public static java.util.Map<String, Object> customValues(
      java.util.@Nullable Map<String, ? extends @Nullable Object> values) {
    present(values, "custom");
    java.util.Map<String, Object> copy = new java.util.HashMap<>();
    values.forEach((name, value) -> copy.put(present(name, "custom"), value == null ? java.util.Optional.empty() : value));
    return java.util.Map.copyOf(copy);
  }

  /** An unmodifiable copy of {@code list}, or a validation failure naming a missing list or entry. */
  public static <T> java.util.List<T> list(java.util.@Nullable List<? extends @Nullable T> list, String path) {
    present(list, path);
    for (int i = 0; i < list.size(); i++) {
      present(list.get(i), path + "[" + i + "]");
    }
    @SuppressWarnings("unchecked") // every entry was checked above
    java.util.List<T> copy = java.util.List.copyOf((java.util.List<T>) list);
    return copy;
  }
}
