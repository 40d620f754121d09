package org.crmkernel.model.field;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.crmkernel.model.id.Uuid7;

/**
 * The scalar types a field can be filtered and sorted by, each with the order every store must
 * use: text by Unicode code point (SQL {@code COLLATE "C"}), UUIDs as unsigned 128-bit numbers,
 * decimals numerically ({@code 1.0} equals {@code 1.00}), the rest naturally.
 */
public enum ValueType {
  TEXT(String.class, ValueType::compareCodePoints),
  INTEGER(Long.class, Comparator.<Long>naturalOrder()),
  DECIMAL(BigDecimal.class, Comparator.<BigDecimal>naturalOrder()),
  DATE(LocalDate.class, Comparator.<LocalDate>naturalOrder()),
  INSTANT(Instant.class, Comparator.<Instant>naturalOrder()),
  BOOLEAN(Boolean.class, Comparator.<Boolean>naturalOrder()),
  UUID(java.util.UUID.class, Uuid7.UNSIGNED_ORDER);

  private final Class<?> javaType;
  private final Comparator<Object> order;

  @SuppressWarnings("unchecked")
  <T> ValueType(Class<T> javaType, Comparator<? super T> order) {
    this.javaType = javaType;
    this.order = (Comparator<Object>) (Comparator<?>) order;
  }

  /** The Java type of values of this type. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Whether {@code value} is of this type. */
  public boolean accepts(Object value) {
    return javaType.isInstance(value);
  }

  /** Compares two values of this type in the order every store uses. */
  public int compare(Object a, Object b) {
    return order.compare(a, b);
  }

  /** The value type for Java type {@code type}. */
  public static ValueType of(Class<?> type) {
    for (ValueType candidate : values()) {
      if (candidate.javaType.equals(type)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no value type for " + type.getName());
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

}
