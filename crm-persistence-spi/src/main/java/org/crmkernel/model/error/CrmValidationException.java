package org.crmkernel.model.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input was rejected. Lists every violation found, not just the first; nothing was written. */
public class CrmValidationException extends CrmException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<Violation> violations;

  /** Fails with {@code violations}, which must not be empty. */
  public CrmValidationException(List<Violation> violations) {
    super(describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Fails with one violation. */
  public static CrmValidationException of(String path, String code, String message) {
    return new CrmValidationException(List.of(new Violation(path, code, message)));
  }

  /** Every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }

  /** The same failure with every path put under {@code prefix}. */
  public CrmValidationException under(String prefix) {
    return new CrmValidationException(violations.stream().map(v -> v.under(prefix)).toList());
  }

  private static String describe(List<Violation> violations) {
    return violations.size() + (violations.size() == 1 ? " violation: " : " violations: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
