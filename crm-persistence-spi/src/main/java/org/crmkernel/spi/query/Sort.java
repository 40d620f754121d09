package org.crmkernel.spi.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.Uuid7;

/**
 * A sort order: sortable fields, each ascending or descending, then the record id ascending as
 * the final tie-breaker, so every order is total. An empty value counts as greater than every
 * value: last when ascending, first when descending (SQL's default {@code NULLS LAST} /
 * {@code NULLS FIRST}).
 *
 * @param <R> the record type
 */
public record Sort<R>(List<Key<R>> keys) {

  /** The most sort keys a query may have. */
  public static final int MAX_KEYS = 4;

  /** Where problems with a sort are reported. */
  private static final String PATH = "sort";

  /**
   * Checks the keys: at most {@value #MAX_KEYS}, none null, each field at most once; every
   * problem is reported at path {@code sort}.
   */
  public Sort {
    if (keys == null) {
      throw CrmValidationException.of(PATH, "required", "must be given; use Sort.byId() for the id order");
    }
    Violations v = new Violations();
    v.check(keys.size() <= MAX_KEYS, PATH, "too_many", "takes at most " + MAX_KEYS + " keys, not " + keys.size());
    v.check(keys.stream().noneMatch(Objects::isNull), PATH, "required", "has a null key");
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    keys.stream().filter(Objects::nonNull).map(k -> k.field().name()).filter(name -> !seen.add(name)).forEach(twice::add);
    v.check(twice.isEmpty(), PATH, "duplicate", "names " + String.join(", ", twice) + " more than once");
    v.throwIfAny();
    keys = List.copyOf(keys);
  }

  /** Ascending or descending. */
  public enum Direction {
    ASC,
    DESC
  }

  /** One sort key. */
  public record Key<R>(FieldRef<R, ?> field, Direction direction) {
    /** Rejects a missing field or direction and fields that cannot be sorted by (path {@code sort}). */
    public Key {
      Violations v = new Violations();
      v.check(field != null, PATH, "required", "has a key without a field");
      v.check(direction != null, PATH, "required", "has a key without a direction");
      v.throwIfAny();
      if (!field.sortable()) {
        throw CrmValidationException.of(PATH, "not_sortable",
            "field " + field.name() + " holds several values and cannot be sorted by");
      }
    }

    @Override
    public String toString() {
      return field.name() + " " + direction;
    }
  }

  /** By id only. */
  public static <R> Sort<R> byId() {
    return new Sort<>(List.of());
  }

  /** Ascending by {@code field}, then by id. */
  public static <R> Sort<R> by(FieldRef<R, ?> field) {
    return new Sort<>(List.of(new Key<>(field, Direction.ASC)));
  }

  /** By {@code field} in {@code direction}, then by id. */
  public static <R> Sort<R> by(FieldRef<R, ?> field, Direction direction) {
    return new Sort<>(List.of(new Key<>(field, direction)));
  }

  /** This order, then by {@code field} in {@code direction}. */
  public Sort<R> then(FieldRef<R, ?> field, Direction direction) {
    List<Key<R>> more = new ArrayList<>(keys);
    more.add(new Key<>(field, direction));
    return new Sort<>(more);
  }

  /** Where {@code record} sits in this order. */
  public SortPosition positionOf(R record, Function<R, UUID> id) {
    List<Optional<Object>> values = new ArrayList<>(keys.size());
    for (Key<R> key : keys) {
      List<?> read = key.field().read(record);
      values.add(read.isEmpty() ? Optional.empty() : Optional.of(read.get(0)));
    }
    return new SortPosition(values, id.apply(record));
  }

  /** The order of positions taken in this sort. */
  public Comparator<SortPosition> positionOrder() {
    return (a, b) -> {
      for (int i = 0; i < keys.size(); i++) {
        Key<R> key = keys.get(i);
        int c = compareValues(key, a.values().get(i), b.values().get(i));
        if (c != 0) {
          return key.direction() == Direction.ASC ? c : -c;
        }
      }
      return Uuid7.UNSIGNED_ORDER.compare(a.id(), b.id());
    };
  }

  /** The order of records in this sort. */
  public Comparator<R> recordOrder(Function<R, UUID> id) {
    Comparator<SortPosition> order = positionOrder();
    return (a, b) -> order.compare(positionOf(a, id), positionOf(b, id));
  }

  /** A fingerprint of the keys, so a cursor is not used with another order. */
  public String fingerprint() {
    return keys.stream().map(Key::toString).collect(Collectors.joining(","));
  }

  private static int compareValues(Key<?> key, Optional<Object> a, Optional<Object> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    return key.field().valueType().compare(a.get(), b.get());
  }
}
