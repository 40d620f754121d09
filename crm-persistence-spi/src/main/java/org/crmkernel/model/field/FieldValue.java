package org.crmkernel.model.field;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PhoneNumber;

/**
 * The value of a custom field. Its case must fit the field's {@link FieldType}; {@link
 * FieldDefinition#check} says whether it does.
 */
public sealed interface FieldValue {

  /** The scalars this value is filtered by: one, or several for a multi-select picklist. */
  List<Object> scalars();

  /** A stable text form for audit entries and events. */
  String display();

  /** Text and long text. */
  record TextValue(String text) implements FieldValue {
    /** Rejects null. */
    public TextValue {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public List<Object> scalars() {
      return List.of(text);
    }

    @Override
    public String display() {
      return text;
    }
  }

  /** A whole number. */
  record IntegerValue(long value) implements FieldValue {
    @Override
    public List<Object> scalars() {
      return List.of(value);
    }

    @Override
    public String display() {
      return Long.toString(value);
    }
  }

  /**
   * A decimal number, without trailing zeros ({@code 1.50} is kept as {@code 1.5}), so that
   * equal numbers are equal values in every store. At most {@value #MAX_INTEGER_DIGITS} digits
   * before the point and {@value #MAX_SCALE} after it, which every SQL store holds as {@code
   * DECIMAL(42,18)}.
   */
  record DecimalValue(BigDecimal value) implements FieldValue {

    /** The most digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 24;

    /** The most digits after the decimal point. */
    public static final int MAX_SCALE = 18;

    /**
     * Drops trailing zeros; a null value ({@code required}), more than {@value
     * #MAX_INTEGER_DIGITS} integer digits ({@code out_of_range}) or more than {@value
     * #MAX_SCALE} decimals ({@code too_precise}) is refused.
     */
    public DecimalValue {
      if (value == null) {
        throw CrmValidationException.of("", "required", "must be given");
      }
      Violations v = new Violations();
      BigDecimal stripped = checkLimits(value, "", v);
      v.throwIfAny();
      // Only now is setScale safe: 1e10000000 would otherwise take seconds and megabytes.
      value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * {@code number} without trailing zeros, after recording at {@code path} whether it has too
     * many integer digits or decimals. Never calls {@code setScale}, so huge exponents are cheap.
     */
    static BigDecimal checkLimits(BigDecimal number, String path, Violations v) {
      BigDecimal stripped = number.stripTrailingZeros();
      long integerDigits = (long) stripped.precision() - stripped.scale();
      v.check(integerDigits <= MAX_INTEGER_DIGITS, path, "out_of_range",
          "has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
      v.check(stripped.scale() <= MAX_SCALE, path, "too_precise",
          "has more than " + MAX_SCALE + " digits after the decimal point");
      return stripped;
    }

    @Override
    public List<Object> scalars() {
      return List.of(value);
    }

    @Override
    public String display() {
      return value.toPlainString();
    }
  }

  /** An amount in a currency; filtered by its amount. */
  record MoneyValue(Money money) implements FieldValue {
    /** Rejects null. */
    public MoneyValue {
      Objects.requireNonNull(money, "money");
    }

    @Override
    public List<Object> scalars() {
      return List.of(money.amount());
    }

    @Override
    public String display() {
      return money.toString();
    }
  }

  /** A calendar date. */
  record DateValue(LocalDate date) implements FieldValue {
    /** Rejects null. */
    public DateValue {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public List<Object> scalars() {
      return List.of(date);
    }

    @Override
    public String display() {
      return date.toString();
    }
  }

  /** A point in time. */
  record DateTimeValue(Instant instant) implements FieldValue {
    /** Rejects null. */
    public DateTimeValue {
      Objects.requireNonNull(instant, "instant");
    }

    @Override
    public List<Object> scalars() {
      return List.of(instant);
    }

    @Override
    public String display() {
      return instant.toString();
    }
  }

  /** True or false. */
  record BooleanValue(boolean value) implements FieldValue {
    @Override
    public List<Object> scalars() {
      return List.of(value);
    }

    @Override
    public String display() {
      return Boolean.toString(value);
    }
  }

  /** One value of a picklist. */
  record PicklistValue(String choice) implements FieldValue {
    /** Rejects null. */
    public PicklistValue {
      Objects.requireNonNull(choice, "choice");
    }

    @Override
    public List<Object> scalars() {
      return List.of(choice);
    }

    @Override
    public String display() {
      return choice;
    }
  }

  /** Several values of a multi-select picklist, kept sorted and distinct. */
  record MultiPicklistValue(SortedSet<String> choices) implements FieldValue {
    /** Copies the choices into an unmodifiable sorted set. */
    public MultiPicklistValue {
      // Natural order, whatever comparator the caller's SortedSet had.
      TreeSet<String> copy = new TreeSet<>();
      copy.addAll(choices);
      choices = java.util.Collections.unmodifiableSortedSet(copy);
    }

    @Override
    public List<Object> scalars() {
      return List.copyOf(choices);
    }

    @Override
    public String display() {
      return String.join(";", choices);
    }
  }

  /** An e-mail address; filtered by its normal form. */
  record EmailValue(Email email) implements FieldValue {
    /** Rejects null. */
    public EmailValue {
      Objects.requireNonNull(email, "email");
    }

    @Override
    public List<Object> scalars() {
      return List.of(email.address());
    }

    @Override
    public String display() {
      return email.address();
    }
  }

  /** A phone number; filtered by its E.164 form. */
  record PhoneValue(PhoneNumber phone) implements FieldValue {
    /** Rejects null. */
    public PhoneValue {
      Objects.requireNonNull(phone, "phone");
    }

    @Override
    public List<Object> scalars() {
      return List.of(phone.e164());
    }

    @Override
    public String display() {
      return phone.toString();
    }
  }

  /** An absolute http or https URL. */
  record UrlValue(String url) implements FieldValue {
    /** Rejects null. */
    public UrlValue {
      Objects.requireNonNull(url, "url");
    }

    @Override
    public List<Object> scalars() {
      return List.of(url);
    }

    @Override
    public String display() {
      return url;
    }
  }
}
