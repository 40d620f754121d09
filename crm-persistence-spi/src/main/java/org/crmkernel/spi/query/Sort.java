package org.crmkernel.spi.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  /** Checks the keys: sortable fields, each at most once. */
  public Sort {
    keys = List.copyOf(keys);
    if (keys.size() > MAX_KEYS) {
      throw new IllegalArgumentException("a sort takes at most " + MAX_KEYS + " keys");
    }
    if (keys.stream().map(k -> k.field().name()).distinct().count() != keys.size()) {
      throw new IllegalArgumentException("a sort names a field twice: " + keys);
    }
  }

  /** Ascending or descending. */
  public enum Direction {
    ASC,
    DESC
  }

  /** One sort key. */
  public record Key<R>(FieldRef<R, ?> field, Direction direction) {
    /** Rejects fields that cannot be sorted by. */
    public Key {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(direction, "direction");
      if (!field.sortable()) {
        throw new IllegalArgumentException("field " + field.name() + " holds several values and cannot be sorted by");
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
