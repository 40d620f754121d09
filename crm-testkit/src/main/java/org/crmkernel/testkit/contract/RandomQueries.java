package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Sort;

/**
 * Random filters and sorts over a kind's fields. Comparison values are mostly taken from the
 * data set being queried, so that filters select some rows but rarely all, plus values of the
 * same type that no row holds.
 *
 * @param <R> the record type
 */
final class RandomQueries<R> {

  private static final int MAX_DEPTH = 2;

  private final Random random;
  private final List<FieldRef<R, ?>> fields;
  private final Map<FieldRef<R, ?>, List<Object>> stored = new LinkedHashMap<>();

  private RandomQueries(Random random, List<FieldRef<R, ?>> fields, Collection<R> data) {
    this.random = random;
    this.fields = fields;
    for (FieldRef<R, ?> field : fields) {
      Set<Object> values = new LinkedHashSet<>();
      data.forEach(record -> values.addAll(field.read(record)));
      stored.put(field, List.copyOf(values));
    }
  }

  /** Random queries over {@code fields}, comparing with values found in {@code data}. */
  static <R> RandomQueries<R> over(Random random, List<FieldRef<R, ?>> fields, Collection<R> data) {
    return new RandomQueries<>(random, fields, data);
  }

  /** A random filter tree up to two levels of {@code and}, {@code or} and {@code not} deep. */
  Filter<R> filter() {
    return filter(0);
  }

  /** Mostly a random filter, sometimes one that matches everything, so that sorts see every row. */
  Filter<R> filterOrAll() {
    return random.nextInt(4) == 0 ? Filter.all() : filter();
  }

  /**
   * A random sort of zero to three distinct sortable fields, each ascending or descending. The
   * first key is mostly a field whose stored values differ, so that the order is put to work.
   */
  Sort<R> sort() {
    List<FieldRef<R, ?>> sortable = new ArrayList<>(fields.stream().filter(FieldRef::sortable).toList());
    List<FieldRef<R, ?>> varied = sortable.stream().filter(f -> stored.get(f).size() > 1).toList();
    int size = random.nextInt(7) == 0 ? 0 : 1 + random.nextInt(3);
    List<Sort.Key<R>> keys = new ArrayList<>();
    for (int i = 0; i < size && !sortable.isEmpty(); i++) {
      FieldRef<R, ?> field = i == 0 && !varied.isEmpty() && random.nextInt(4) != 0
          ? pick(random, varied) : pick(random, sortable);
      sortable.remove(field);
      keys.add(new Sort.Key<>(field, random.nextBoolean() ? Sort.Direction.ASC : Sort.Direction.DESC));
    }
    return new Sort<>(keys);
  }

  /** One to four page sizes between 1 and 7, used in turn while walking pages. */
  List<Integer> pageSizes() {
    int count = 1 + random.nextInt(4);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sizes.add(1 + random.nextInt(7));
    }
    return sizes;
  }

  private Filter<R> filter(int depth) {
    if (depth < MAX_DEPTH && random.nextInt(3) == 0) {
      return switch (random.nextInt(3)) {
        case 0 -> new Filter.And<>(operands(depth + 1));
        case 1 -> new Filter.Or<>(operands(depth + 1));
        default -> new Filter.Not<>(filter(depth + 1));
      };
    }
    return leaf();
  }

  private List<Filter<R>> operands(int depth) {
    int count = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
    List<Filter<R>> operands = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      operands.add(filter(depth));
    }
    return operands;
  }

  private Filter<R> leaf() {
    FieldRef<R, ?> field = pick(random, fields);
    ValueType type = field.valueType();
    int choice = random.nextInt(12);
    if (choice <= 3) {
      return new Filter.Eq<>(field, value(field));
    } else if (choice <= 5) {
      List<Object> values = new ArrayList<>();
      int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        values.add(value(field));
      }
      return new Filter.In<>(field, values);
    } else if (choice <= 8 && type != ValueType.BOOLEAN) {
      Optional<Object> lower = random.nextBoolean() ? Optional.of(value(field)) : Optional.empty();
      Optional<Object> upper = lower.isEmpty() || random.nextBoolean() ? Optional.of(value(field)) : Optional.empty();
      return new Filter.Range<>(field, lower, random.nextBoolean(), upper, random.nextBoolean());
    } else if (choice <= 9 && type == ValueType.TEXT) {
      return new Filter.Prefix<>(field, prefix(field));
    } else if (choice <= 10) {
      return new Filter.IsEmpty<>(field);
    }
    return random.nextInt(4) == 0 ? new Filter.All<>() : new Filter.Eq<>(field, value(field));
  }

  private Object value(FieldRef<R, ?> field) {
    List<Object> values = stored.get(field);
    if (!values.isEmpty() && random.nextInt(5) != 0) {
      return pick(random, values);
    }
    return pick(random, ValuePools.extraValues(field.valueType()));
  }

  private String prefix(FieldRef<R, ?> field) {
    if (random.nextInt(3) == 0) {
      return pick(random, ValuePools.PREFIXES);
    }
    String text = (String) value(field);
    int codePoints = text.codePointCount(0, text.length());
    int take = 1 + random.nextInt(Math.min(3, codePoints));
    return text.substring(0, text.offsetByCodePoints(0, take));
  }
}
