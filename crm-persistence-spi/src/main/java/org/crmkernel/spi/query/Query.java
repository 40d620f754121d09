package org.crmkernel.spi.query;

import java.util.Objects;
import java.util.Optional;

/**
 * A query for one page: a filter, a sort, a page size and, for pages after the first, the
 * cursor the previous page returned. Paging is by keyset, so rows inserted or removed elsewhere
 * never shift rows between pages.
 *
 * @param <R> the record type
 */
public record Query<R>(Filter<R> filter, Sort<R> sort, int limit, Optional<Cursor> after) {

  /** The largest page. */
  public static final int MAX_LIMIT = 1_000;

  /** The page size used when none is given. */
  public static final int DEFAULT_LIMIT = 50;

  /** Checks the page size. */
  public Query {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** The first page of {@code filter} in {@code sort}, {@value #DEFAULT_LIMIT} rows. */
  public static <R> Query<R> of(Filter<R> filter, Sort<R> sort) {
    return new Query<>(filter, sort, DEFAULT_LIMIT, Optional.empty());
  }

  /** Every record by id, {@value #DEFAULT_LIMIT} rows. */
  public static <R> Query<R> all() {
    return of(Filter.all(), Sort.byId());
  }

  /** The same query with page size {@code size}. */
  public Query<R> limit(int size) {
    return new Query<>(filter, sort, size, after);
  }

  /** The same query for the page after {@code cursor}. */
  public Query<R> after(Cursor cursor) {
    return new Query<>(filter, sort, limit, Optional.of(cursor));
  }

  /** The same query for the page after {@code page}, if there is one. */
  public Optional<Query<R>> next(Page<R> page) {
    return page.next().map(this::after);
  }
}
