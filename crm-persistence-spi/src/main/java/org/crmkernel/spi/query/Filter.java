package org.crmkernel.spi.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;

/**
 * A filter over records of one type, as a small tree that every store evaluates with the same
 * meaning: the in-memory store through {@link #test}, SQL stores by translation.
 *
 * <p>Comparisons hold when <em>any</em> of a field's values satisfies them (fields may hold
 * several, like e-mail addresses), and never hold for a field without values; {@link IsEmpty}
 * tests for that. {@link Not} is plain negation, so {@code not(eq(industry, "Retail"))} also
 * matches records without an industry: SQL stores must not apply three-valued logic.
 *
 * @param <R> the record type
 */
public sealed interface Filter<R>
    permits Filter.All, Filter.Eq, Filter.In, Filter.Range, Filter.Prefix, Filter.IsEmpty, Filter.And, Filter.Or, Filter.Not {

  /** The largest number of values an {@code in} filter may list. */
  int MAX_IN_VALUES = 1_000;

  /** Whether {@code record} matches: the reference semantics for every store. */
  boolean test(R record);

  /** Every field the filter refers to. */
  default List<FieldRef<R, ?>> fields() {
    List<FieldRef<R, ?>> found = new ArrayList<>();
    collectFields(found);
    return found;
  }

  /** Adds the fields this node refers to. */
  void collectFields(List<FieldRef<R, ?>> into);

  /** Matches every record. */
  static <R> Filter<R> all() {
    return new All<>();
  }

  /** The field has {@code value}. */
  static <R, V> Filter<R> eq(FieldRef<R, V> field, V value) {
    return new Eq<>(field, value);
  }

  /** The field has one of {@code values}. */
  static <R, V> Filter<R> in(FieldRef<R, V> field, Collection<? extends V> values) {
    return new In<>(field, List.copyOf(values));
  }

  /** The field has a value in {@code [from, to)}; either bound may be empty for open ranges. */
  static <R, V> Filter<R> between(FieldRef<R, V> field, Optional<V> fromInclusive, Optional<V> toExclusive) {
    return new Range<>(field, fromInclusive.map(v -> (Object) v), true, toExclusive.map(v -> (Object) v), false);
  }

  /** The field has a value at least {@code from}. */
  static <R, V> Filter<R> atLeast(FieldRef<R, V> field, V from) {
    return new Range<>(field, Optional.of(from), true, Optional.empty(), false);
  }

  /** The field has a value at most {@code to}. */
  static <R, V> Filter<R> atMost(FieldRef<R, V> field, V to) {
    return new Range<>(field, Optional.empty(), false, Optional.of(to), true);
  }

  /** The text field has a value starting with {@code prefix} (case-sensitive). */
  static <R> Filter<R> startsWith(FieldRef<R, String> field, String prefix) {
    return new Prefix<>(field, prefix);
  }

  /** The field has no value. */
  static <R> Filter<R> isEmpty(FieldRef<R, ?> field) {
    return new IsEmpty<>(field);
  }

  /** Every one of {@code filters} matches. */
  @SafeVarargs
  static <R> Filter<R> and(Filter<R>... filters) {
    return new And<>(List.of(filters));
  }

  /** At least one of {@code filters} matches. */
  @SafeVarargs
  static <R> Filter<R> or(Filter<R>... filters) {
    return new Or<>(List.of(filters));
  }

  /** {@code filter} does not match. */
  static <R> Filter<R> not(Filter<R> filter) {
    return new Not<>(filter);
  }

  /** This filter and {@code other}. */
  default Filter<R> and(Filter<R> other) {
    if (this instanceof All<R>) {
      return other;
    }
    return other instanceof All<R> ? this : new And<>(List.of(this, other));
  }

  private static void requireValue(FieldRef<?, ?> field, Object value) {
    Objects.requireNonNull(value, "value");
    if (!field.valueType().accepts(value)) {
      throw new IllegalArgumentException("field " + field.name() + " takes " + field.valueType()
          + " values, not " + value.getClass().getSimpleName());
    }
    if (value instanceof String text) {
      requireWellFormed(text);
    }
  }

  /** Refuses text with unpaired surrogates: no store can hold it, and it breaks code-point order. */
  private static void requireWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("filter text holds an unpaired surrogate at index " + i);
      }
    }
  }

  /** Matches every record. */
  record All<R>() implements Filter<R> {
    @Override
    public boolean test(R record) {
      return true;
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {}
  }

  /** The field has {@code value}. */
  record Eq<R>(FieldRef<R, ?> field, Object value) implements Filter<R> {
    /** Checks the value's type against the field's. */
    public Eq {
      Objects.requireNonNull(field, "field");
      requireValue(field, value);
    }

    @Override
    public boolean test(R record) {
      ValueType type = field.valueType();
      for (Object candidate : field.read(record)) {
        if (type.compare(candidate, value) == 0) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      into.add(field);
    }
  }

  /** The field has one of {@code values}. */
  record In<R>(FieldRef<R, ?> field, List<Object> values) implements Filter<R> {
    /** Checks the values' types and count. */
    public In {
      Objects.requireNonNull(field, "field");
      values = List.copyOf(values);
      if (values.size() > MAX_IN_VALUES) {
        throw new IllegalArgumentException("an in filter takes at most " + MAX_IN_VALUES + " values");
      }
      values.forEach(v -> requireValue(field, v));
    }

    @Override
    public boolean test(R record) {
      ValueType type = field.valueType();
      for (Object candidate : field.read(record)) {
        for (Object value : values) {
          if (type.compare(candidate, value) == 0) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      into.add(field);
    }
  }

  /** The field has a value between the bounds; an empty bound is open. */
  record Range<R>(FieldRef<R, ?> field, Optional<Object> lower, boolean lowerInclusive, Optional<Object> upper, boolean upperInclusive)
      implements Filter<R> {
    /** Checks the bounds' types and that one is present. */
    public Range {
      Objects.requireNonNull(field, "field");
      lower.ifPresent(v -> requireValue(field, v));
      upper.ifPresent(v -> requireValue(field, v));
      if (lower.isEmpty() && upper.isEmpty()) {
        throw new IllegalArgumentException("a range needs at least one bound");
      }
      if (field.valueType() == ValueType.BOOLEAN) {
        throw new IllegalArgumentException("boolean fields take no ranges");
      }
    }

    @Override
    public boolean test(R record) {
      ValueType type = field.valueType();
      for (Object candidate : field.read(record)) {
        boolean aboveLower = lower.map(l -> {
          int c = type.compare(candidate, l);
          return lowerInclusive ? c >= 0 : c > 0;
        }).orElse(true);
        boolean belowUpper = upper.map(u -> {
          int c = type.compare(candidate, u);
          return upperInclusive ? c <= 0 : c < 0;
        }).orElse(true);
        if (aboveLower && belowUpper) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      into.add(field);
    }
  }

  /** The text field has a value starting with {@code prefix}, compared by code point. */
  record Prefix<R>(FieldRef<R, ?> field, String prefix) implements Filter<R> {
    /** Checks that the field holds text and the prefix is not empty. */
    public Prefix {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(prefix, "prefix");
      if (field.valueType() != ValueType.TEXT) {
        throw new IllegalArgumentException("field " + field.name() + " is not text");
      }
      if (prefix.isEmpty()) {
        throw new IllegalArgumentException("a prefix must not be empty");
      }
      requireWellFormed(prefix);
    }

    @Override
    public boolean test(R record) {
      for (Object candidate : field.read(record)) {
        if (((String) candidate).startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      into.add(field);
    }
  }

  /** The field has no value. */
  record IsEmpty<R>(FieldRef<R, ?> field) implements Filter<R> {
    /** Rejects a missing field. */
    public IsEmpty {
      Objects.requireNonNull(field, "field");
    }

    @Override
    public boolean test(R record) {
      return field.read(record).isEmpty();
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      into.add(field);
    }
  }

  /** Every operand matches; with no operands, everything matches. */
  record And<R>(List<Filter<R>> operands) implements Filter<R> {
    /** Copies the operands. */
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public boolean test(R record) {
      for (Filter<R> operand : operands) {
        if (!operand.test(record)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      operands.forEach(o -> o.collectFields(into));
    }
  }

  /** At least one operand matches; with no operands, nothing matches. */
  record Or<R>(List<Filter<R>> operands) implements Filter<R> {
    /** Copies the operands. */
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public boolean test(R record) {
      for (Filter<R> operand : operands) {
        if (operand.test(record)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      operands.forEach(o -> o.collectFields(into));
    }
  }

  /** The operand does not match. */
  record Not<R>(Filter<R> operand) implements Filter<R> {
    /** Rejects a missing operand. */
    public Not {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public boolean test(R record) {
      return !operand.test(record);
    }

    @Override
    public void collectFields(List<FieldRef<R, ?>> into) {
      operand.collectFields(into);
    }
  }
}
