package org.crmkernel.customfield.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PhoneNumber;
import org.crmkernel.model.value.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Turns the custom values a caller gives (strings, numbers, dates, collections, {@link
 * FieldValue}s; {@code Optional.empty()} to clear) into checked {@link CustomFields}, reporting
 * every problem. Values of retired fields are kept as stored and cannot be set.
 */
public final class CustomValues {

  private CustomValues() {}

  /**
   * The custom fields a record will hold: {@code requested} (the full set of values for active
   * fields, keyed by API name) checked against {@code definitions}, plus {@code current}'s
   * values of retired fields.
   */
  public static CustomFields resolve(List<FieldDefinition> definitions, CustomFields current,
      Map<String, Object> requested, TenantProfile profile, Violations violations) {
    Map<String, FieldDefinition> byName = new HashMap<>();
    definitions.forEach(d -> byName.put(d.apiName(), d));
    TreeMap<String, FieldValue> result = new TreeMap<>();
    for (Map.Entry<String, Object> entry : requested.entrySet()) {
      String name = entry.getKey();
      FieldDefinition definition = byName.get(name);
      if (definition == null) {
        violations.add("custom." + name, "unknown_field", "is not a custom field of this record kind");
        continue;
      }
      if (definition.retired()) {
        if (!isEmpty(entry.getValue())) {
          violations.add(definition.path(), "retired", "is retired and accepts no values");
        }
        continue;
      }
      coerce(definition, entry.getValue(), profile, violations).ifPresent(v -> result.put(name, v));
    }
    for (FieldDefinition definition : definitions) {
      if (definition.retired()) {
        current.get(definition.apiName()).ifPresent(v -> result.put(definition.apiName(), v));
      } else {
        violations.addAll(definition.check(Optional.ofNullable(result.get(definition.apiName()))));
      }
    }
    return CustomFields.of(result);
  }

  /** The caller's values of {@code fields} for editing: every value of an active field. */
  public static Map<String, Object> editable(CustomFields fields, List<FieldDefinition> definitions) {
    Map<String, Object> values = new HashMap<>();
    for (FieldDefinition definition : definitions) {
      if (!definition.retired()) {
        fields.get(definition.apiName()).ifPresent(v -> values.put(definition.apiName(), v));
      }
    }
    return values;
  }

  /**
   * {@code raw} as a value of {@code definition}'s type, or empty when it clears the field or
   * cannot be read (then a violation is recorded).
   */
  public static Optional<FieldValue> coerce(FieldDefinition definition, @Nullable Object raw, TenantProfile profile,
      Violations violations) {
    Object value = raw instanceof Optional<?> optional ? optional.orElse(null) : raw;
    if (isEmpty(value)) {
      return Optional.empty();
    }
    String path = definition.path();
    try {
      FieldValue converted = convert(definition, value, profile);
      if (converted instanceof FieldValue.MoneyValue money && !money.money().currency().equals(profile.baseCurrency())) {
        // Bounds, sorts and sums of a money field compare amounts, so they must share a currency.
        violations.add(path, "wrong_currency", "must be in the tenant's base currency "
            + profile.baseCurrency().getCurrencyCode() + ", not " + money.money().currency().getCurrencyCode());
        return Optional.empty();
      }
      return Optional.of(converted);
    } catch (CrmValidationException e) {
      violations.addAll(path, e);
    } catch (ArithmeticException | DateTimeParseException | IllegalArgumentException e) {
      // Never echo a sensitive value (messages end up in logs), and never echo much of any.
      String shown = definition.sensitive() ? "the value given" : abbreviated(String.valueOf(value));
      violations.add(path, "wrong_type", "cannot be read as " + describe(definition) + ": " + shown);
    }
    return Optional.empty();
  }

  private static boolean isEmpty(@Nullable Object value) {
    return value == null
        || (value instanceof Optional<?> o && o.isEmpty())
        || (value instanceof String s && Texts.isBlank(s))
        || (value instanceof Collection<?> c && c.isEmpty());
  }

  private static FieldValue convert(FieldDefinition definition, Object value, TenantProfile profile) {
    if (value instanceof FieldValue given) {
      return given;
    }
    return switch (definition.type()) {
      case TEXT, LONG_TEXT -> new FieldValue.TextValue(text(value));
      case INTEGER -> new FieldValue.IntegerValue(integer(value));
      case DECIMAL -> new FieldValue.DecimalValue(decimal(value));
      case MONEY -> new FieldValue.MoneyValue(value instanceof Money m ? m : new Money(decimal(value), profile.baseCurrency()));
      case DATE -> new FieldValue.DateValue(value instanceof LocalDate d ? d : LocalDate.parse(text(value)));
      case DATE_TIME -> new FieldValue.DateTimeValue(instant(value));
      case BOOLEAN -> new FieldValue.BooleanValue(bool(value));
      case PICKLIST -> new FieldValue.PicklistValue(text(value));
      case MULTI_PICKLIST -> new FieldValue.MultiPicklistValue(choices(value));
      case EMAIL -> new FieldValue.EmailValue(value instanceof Email e ? e : Email.parse(text(value)));
      case PHONE -> new FieldValue.PhoneValue(
          value instanceof PhoneNumber p ? p : PhoneNumber.parse(text(value), profile.defaultRegion()));
      case URL -> new FieldValue.UrlValue(value instanceof URI u ? u.toString() : text(value));
    };
  }

  private static String text(Object value) {
    if (!(value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof URI)) {
      throw new IllegalArgumentException("not text");
    }
    return Normalizer.normalize(value.toString(), Normalizer.Form.NFC).strip();
  }

  private static long integer(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger b) {
      return b.longValueExact();
    }
    if (value instanceof BigDecimal d) {
      return d.longValueExact();
    }
    if (value instanceof String s) {
      return new BigDecimal(s.strip()).longValueExact();
    }
    throw new IllegalArgumentException("not an integer");
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      // The decimal a person wrote (0.1), not the binary fraction a double holds.
      return new BigDecimal(value.toString());
    }
    if (value instanceof String s) {
      return new BigDecimal(s.strip());
    }
    throw new IllegalArgumentException("not a number");
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof String s) {
      return OffsetDateTime.parse(s.strip()).toInstant();
    }
    throw new IllegalArgumentException("not a date-time");
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return switch (text(value).toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static TreeSet<String> choices(Object value) {
    TreeSet<String> choices = new TreeSet<>();
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        choices.add(text(item));
      }
    } else {
      for (String part : text(value).split(";")) {
        if (!part.isBlank()) {
          choices.add(part.strip());
        }
      }
    }
    return choices;
  }

  private static String abbreviated(String text) {
    return text.length() <= 60 ? "'" + text + "'" : "'" + text.substring(0, 57) + "...'";
  }

  private static String describe(FieldDefinition definition) {
    return definition.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
