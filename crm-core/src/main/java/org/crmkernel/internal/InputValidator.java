package org.crmkernel.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkernel.model.error.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs jakarta.validation constraints and turns what it finds into {@link Violation}s with
 * stable codes (the constraint's name in snake case, such as {@code not_blank}).
 */
public final class InputValidator {

  private InputValidator() {}

  /**
   * A Hibernate Validator that needs no Expression Language implementation: messages are
   * interpolated from parameters only.
   */
  public static Validator defaultValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /** Every constraint violation of {@code input}, sorted by path, without duplicates. */
  public static List<Violation> check(Validator validator, Object input) {
    Map<String, Violation> found = new LinkedHashMap<>();
    for (ConstraintViolation<Object> v : validator.validate(input)) {
      String path = v.getPropertyPath().toString().replace(".<list element>", "").replace(".<map value>", "")
          .replace("<list element>", "").replace(".<iterable element>", "");
      String code = code(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getInvalidValue());
      found.putIfAbsent(path + "|" + code, new Violation(path, code, v.getMessage()));
    }
    return found.values().stream().sorted(Comparator.comparing(Violation::path)).toList();
  }

  /**
   * The kernel's own code for a constraint, so that callers see one vocabulary ({@code
   * required}, {@code too_long}, {@code too_many}, {@code too_small}, {@code too_large})
   * whichever check found the problem; other constraints keep their name in snake case.
   */
  private static String code(String constraint, @org.jspecify.annotations.Nullable Object invalid) {
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Size" -> invalid instanceof CharSequence ? "too_long" : "too_many";
      case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "too_small";
      case "Max", "DecimalMax", "Negative", "NegativeOrZero" -> "too_large";
      case "Past", "PastOrPresent" -> "in_future";
      default -> snake(constraint);
    };
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
