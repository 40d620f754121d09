package org.crmkernel.model.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects violations while an input is checked, so that one failure reports all of them. Not
 * thread-safe; use one per check.
 */
public final class Violations {

  private final List<Violation> found = new ArrayList<>();

  /** Records a violation. */
  public Violations add(String path, String code, String message) {
    found.add(new Violation(path, code, message));
    return this;
  }

  /** Records every violation of {@code failure}, under {@code prefix}. */
  public Violations addAll(String prefix, CrmValidationException failure) {
    return addAll(prefix, failure.violations());
  }

  /** Records every one of {@code violations}, under {@code prefix}. */
  public Violations addAll(String prefix, List<Violation> violations) {
    violations.forEach(v -> found.add(v.under(prefix)));
    return this;
  }

  /** Records every violation in {@code violations}. */
  public Violations addAll(List<Violation> violations) {
    found.addAll(violations);
    return this;
  }

  /**
   * Runs {@code parse}; on a validation failure records its violations under {@code prefix}
   * and returns null, so that checking goes on.
   */
  public <T> @org.jspecify.annotations.Nullable T attempt(String prefix, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (CrmValidationException e) {
      addAll(prefix, e);
      return null;
    }
  }

  /** Records {@code code} at {@code path} when {@code condition} is false. */
  public Violations check(boolean condition, String path, String code, String message) {
    if (!condition) {
      add(path, code, message);
    }
    return this;
  }

  /** How many violations were found so far. */
  public int size() {
    return found.size();
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** What was found so far. */
  public List<Violation> list() {
    return List.copyOf(found);
  }

  /** Throws a {@link CrmValidationException} listing everything found, if anything was. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new CrmValidationException(found);
    }
  }
}
