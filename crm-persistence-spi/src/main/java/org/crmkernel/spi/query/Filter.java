package org.crmkernel.spi.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.value.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A filter over records of one type, as a small tree that every store evaluates with the same
 * meaning: the in-memory store through {@link #test}, SQL stores by translation.
 *
 * <p>Comparisons hold when <em>any</em> of a field's values satisfies them (fields may hold
 * several, like e-mail addresses), and never hold for a field without values; {@link IsEmpty}
 * tests for that. {@link Not} is plain negation, so {@code not(eq(industry, "Retail"))} also
 * matches records without an industry: SQL stores must not apply three-valued logic.
 *
 * <p>A filter that cannot be built fails with a {@link CrmValidationException} listing every
 * problem at {@code filter.<field name>} (or {@code filter} when no field is named): a value of
 * the wrong type ({@code wrong_type}), a missing field, value or operand ({@code required}), too
 * many {@code in} values ({@code too_many}), a range without bounds or on a boolean field
 * ({@code invalid_range}), an empty prefix or one on a field that is not text ({@code
 * invalid_prefix}), text with unpaired surrogates ({@code invalid_unicode}).
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
    // An ArrayList, unlike List.copyOf, takes nulls, so that In reports them as violations.
    return new In<>(field, values == null ? null : new ArrayList<>(values));
  }

  /** The field has a value in {@code [from, to)}; either bound may be empty for open ranges. */
  static <R, V> Filter<R> between(FieldRef<R, V> field, Optional<V> fromInclusive, Optional<V> toExclusive) {
    return new Range<>(field, fromInclusive == null ? null : fromInclusive.map(v -> (Object) v), true,
        toExclusive == null ? null : toExclusive.map(v -> (Object) v), false);
  }

  /** The field has a value at least {@code from}. */
  static <R, V> Filter<R> atLeast(FieldRef<R, V> field, V from) {
    return new Range<>(field, bound(field, from), true, Optional.empty(), false);
  }

  /** The field has a value at most {@code to}. */
  static <R, V> Filter<R> atMost(FieldRef<R, V> field, V to) {
    return new Range<>(field, Optional.empty(), false, bound(field, to), true);
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
    return new And<>(filters == null ? null : Arrays.asList(filters));
  }

  /** At least one of {@code filters} matches. */
  @SafeVarargs
  static <R> Filter<R> or(Filter<R>... filters) {
    return new Or<>(filters == null ? null : Arrays.asList(filters));
  }

  /** {@code filter} does not match. */
  static <R> Filter<R> not(Filter<R> filter) {
    return new Not<>(filter);
  }

  /** This filter and {@code other}. */
  default Filter<R> and(Filter<R> other) {
    if (other == null) {
      throw CrmValidationException.of("filter", "required", "has a null operand");
    }
    if (this instanceof All<R>) {
      return other;
    }
    return other instanceof All<R> ? this : new And<>(List.of(this, other));
  }

  /** The path of problems with a filter on {@code field}. */
  private static String pathOf(@Nullable FieldRef<?, ?> field) {
    return field == null ? "filter" : "filter." + field.name();
  }

  /** {@code value} as a present range bound, or a failure if it is null. */
  private static Optional<Object> bound(@Nullable FieldRef<?, ?> field, @Nullable Object value) {
    if (value == null) {
      throw CrmValidationException.of(pathOf(field), "required", "has a null bound; leave the range open instead");
    }
    return Optional.of(value);
  }

  /** Fails unless {@code field} is given. */
  private static void requireField(@Nullable FieldRef<?, ?> field) {
    if (field == null) {
      throw CrmValidationException.of("filter", "required", "names no field");
    }
  }

  /** Records what is wrong with {@code value} as a value of {@code field}. */
  private static void checkValue(FieldRef<?, ?> field, @Nullable Object value, Violations v) {
    String path = pathOf(field);
    if (value == null) {
      v.add(path, "required", "compares with null; use Filter.isEmpty for a field without values");
    } else if (!field.valueType().accepts(value)) {
      v.add(path, "wrong_type", "field " + field.name() + " takes " + field.valueType()
          + " values, not " + value.getClass().getSimpleName());
    } else if (value instanceof String text) {
      checkWellFormed(text, path, v);
    }
  }

  /** Refuses text with unpaired surrogates: no store can hold it, and it breaks code-point order. */
  private static void checkWellFormed(String text, String path, Violations v) {
    int at = Texts.unpairedSurrogateAt(text);
    if (at >= 0) {
      v.add(path, "invalid_unicode", "holds an unpaired surrogate at index " + at);
    }
  }

  /** Fails unless {@code operands} and each of them are given. */
  private static <R> List<Filter<R>> checkedOperands(@Nullable List<Filter<R>> operands) {
    if (operands == null || operands.stream().anyMatch(Objects::isNull)) {
      throw CrmValidationException.of("filter", "required", "has a null operand");
    }
    return List.copyOf(operands);
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
      requireField(field);
      Violations v = new Violations();
      checkValue(field, value, v);
      v.throwIfAny();
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
    /** Checks the values' types and count, listing every bad value. */
    public In {
      requireField(field);
      String path = pathOf(field);
      if (values == null) {
        throw CrmValidationException.of(path, "required", "has no list of values");
      }
      if (values.size() > MAX_IN_VALUES) {
        throw CrmValidationException.of(path, "too_many",
            "an in filter takes at most " + MAX_IN_VALUES + " values, not " + values.size());
      }
      Violations v = new Violations();
      values.forEach(value -> checkValue(field, value, v));
      v.throwIfAny();
      values = List.copyOf(values);
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
    /** Checks the bounds' types and that one is present, listing every problem. */
    public Range {
      requireField(field);
      String path = pathOf(field);
      Violations v = new Violations();
      v.check(lower != null, path, "required", "has a null lower bound; use Optional.empty() for an open one");
      v.check(upper != null, path, "required", "has a null upper bound; use Optional.empty() for an open one");
      v.throwIfAny();
      lower.ifPresent(value -> checkValue(field, value, v));
      upper.ifPresent(value -> checkValue(field, value, v));
      v.check(lower.isPresent() || upper.isPresent(), path, "invalid_range", "a range needs at least one bound");
      v.check(field.valueType() != ValueType.BOOLEAN, path, "invalid_range", "boolean fields take no ranges");
      v.throwIfAny();
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
    /** Checks that the field holds text and the prefix is not empty, listing every problem. */
    public Prefix {
      requireField(field);
      String path = pathOf(field);
      if (prefix == null) {
        throw CrmValidationException.of(path, "required", "has a null prefix");
      }
      Violations v = new Violations();
      v.check(field.valueType() == ValueType.TEXT, path, "invalid_prefix", "field " + field.name() + " is not text");
      v.check(!prefix.isEmpty(), path, "invalid_prefix", "a prefix must not be empty");
      checkWellFormed(prefix, path, v);
      v.throwIfAny();
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
      requireField(field);
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
    /** Copies the operands, rejecting null ones. */
    public And {
      operands = checkedOperands(operands);
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
    /** Copies the operands, rejecting null ones. */
    public Or {
      operands = checkedOperands(operands);
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
      if (operand == null) {
        throw CrmValidationException.of("filter", "required", "negates a null filter");
      }
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
