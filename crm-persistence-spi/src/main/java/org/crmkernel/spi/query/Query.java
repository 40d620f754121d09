package org.crmkernel.spi.query;

import java.util.Optional;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.jspecify.annotations.Nullable;

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

  /**
   * Checks the page size and that every part is given ({@code Optional.empty()}, not null, for
   * the first page), listing every problem.
   */
  public Query {
    Violations v = new Violations();
    v.check(filter != null, "filter", "required", "must be given; use Filter.all() for every record");
    v.check(sort != null, "sort", "required", "must be given; use Sort.byId() for the id order");
    v.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "out_of_range",
        "must be between 1 and " + MAX_LIMIT + ", was " + limit);
    v.check(after != null, "after", "required", "must be given; use Optional.empty() for the first page");
    v.throwIfAny();
  }

  /**
   * The first page of {@code filter} in {@code sort}, {@value #DEFAULT_LIMIT} rows; a null part
   * is a {@code required} violation.
   */
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

  /** The same query for the page after {@code cursor}; null is a {@code required} violation. */
  public Query<R> after(@Nullable Cursor cursor) {
    if (cursor == null) {
      throw CrmValidationException.of("after", "required", "must be a cursor from the previous page");
    }
    return new Query<>(filter, sort, limit, Optional.of(cursor));
  }

  /** The same query for the page after {@code page}, if there is one; null is {@code required}. */
  public Optional<Query<R>> next(@Nullable Page<R> page) {
    if (page == null) {
      throw CrmValidationException.of("page", "required", "must be the page this query returned");
    }
    return page.next().map(this::after);
  }
}
