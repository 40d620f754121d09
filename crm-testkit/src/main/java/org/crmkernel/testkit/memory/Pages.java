package org.crmkernel.testkit.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.SortPosition;
import org.jspecify.annotations.Nullable;

/**
 * Keyset paging over rows evaluated in memory, with the reference semantics of {@link
 * Filter#test} (and, for restricted reads, of the visibility composed with it) and {@link
 * Sort#positionOrder}: from rows already in sort order, or by keeping
 * the best {@code limit + 1} rows of an unordered pass in a bounded heap (O(n log k)).
 */
final class Pages {

  private Pages() {}

  /** Throws {@link IllegalArgumentException} unless every field of the filter is one of {@code kind}. */
  static void checkFields(RecordKind kind, Filter<?> filter) {
    for (FieldRef<?, ?> field : filter.fields()) {
      checkField(kind, field);
    }
  }

  /** Throws {@link IllegalArgumentException} unless every sort key is a field of {@code kind}. */
  static void checkFields(RecordKind kind, Sort<?> sort) {
    for (Sort.Key<?> key : sort.keys()) {
      checkField(kind, key.field());
    }
  }

  private static void checkField(RecordKind kind, FieldRef<?, ?> field) {
    if (field.recordKind() != kind) {
      throw new IllegalArgumentException("field " + field.name() + " belongs to " + field.recordKind()
          + " records, not to " + kind + " records");
    }
  }

  /**
   * The first {@code limit} rows of {@code ordered} (already in {@code sort} order and after the
   * cursor) that match {@code filter}.
   */
  static <V> Page<V> fromOrdered(Iterator<V> ordered, Predicate<? super V> filter, Sort<V> sort, int limit,
      Function<V, UUID> idOf) {
    List<V> items = new ArrayList<>(Math.min(limit, 64));
    boolean more = false;
    while (ordered.hasNext()) {
      V row = ordered.next();
      if (!filter.test(row)) {
        continue;
      }
      if (items.size() == limit) {
        more = true;
        break;
      }
      items.add(row);
    }
    return page(items, more, sort, idOf);
  }

  /**
   * The first {@code limit} rows after {@code after} in {@code sort} order among the rows that
   * {@code rows} gives and {@code filter} matches, in any order. The sort may have no keys (id
   * order).
   */
  static <V> Page<V> fromUnordered(Consumer<Consumer<V>> rows, Predicate<? super V> filter, Sort<V> sort, int limit,
      @Nullable SortPosition after, Function<V, UUID> idOf) {
    Comparator<SortPosition> order = sort.positionOrder();
    int keep = limit + 1;
    // The worst kept row on top, so that a better one replaces it in O(log k).
    PriorityQueue<Ranked<V>> best = new PriorityQueue<>(Math.min(keep, 256), (a, b) -> order.compare(b.position(), a.position()));
    @Nullable FirstKey<V> firstKey = sort.keys().isEmpty() ? null : new FirstKey<>(sort.keys().get(0));
    rows.accept(row -> {
      // Most rows of a large table lose on the first key alone: skip them before building positions.
      if (firstKey != null) {
        Optional<Object> first = firstKey.valueOf(row);
        if ((after != null && firstKey.compare(first, after) < 0)
            || (best.size() == keep && firstKey.compare(first, best.peek().position()) > 0)) {
          return;
        }
      }
      if (!filter.test(row)) {
        return;
      }
      SortPosition position = sort.positionOf(row, idOf);
      if (after != null && order.compare(position, after) <= 0) {
        return;
      }
      if (best.size() < keep) {
        best.add(new Ranked<>(position, row));
      } else if (order.compare(position, best.peek().position()) < 0) {
        best.poll();
        best.add(new Ranked<>(position, row));
      }
    });
    List<Ranked<V>> ranked = new ArrayList<>(best);
    ranked.sort((a, b) -> order.compare(a.position(), b.position()));
    boolean more = ranked.size() > limit;
    List<V> items = new ArrayList<>(Math.min(ranked.size(), limit));
    for (int i = 0; i < ranked.size() && i < limit; i++) {
      items.add(ranked.get(i).row());
    }
    return page(items, more, sort, idOf);
  }

  private static <V> Page<V> page(List<V> items, boolean more, Sort<V> sort, Function<V, UUID> idOf) {
    Optional<Cursor> next = more
        ? Optional.of(Cursor.at(sort, sort.positionOf(items.get(items.size() - 1), idOf)))
        : Optional.empty();
    return new Page<>(items, next);
  }

  /**
   * The first key of a sort, to compare a row with a position on that key alone, in the order of
   * {@link Sort#positionOrder}: empty values after all others, then the key's direction.
   */
  private record FirstKey<V>(Sort.Key<V> key) {
    Optional<Object> valueOf(V row) {
      List<?> values = key.field().read(row);
      return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    int compare(Optional<Object> value, SortPosition position) {
      Optional<Object> other = position.values().get(0);
      int c = value.isEmpty() || other.isEmpty()
          ? Boolean.compare(value.isEmpty(), other.isEmpty())
          : key.field().valueType().compare(value.get(), other.get());
      return key.direction() == Sort.Direction.ASC ? c : -c;
    }
  }

  /** A row and where it sits in the sort. */
  private record Ranked<V>(SortPosition position, V row) {}
}
