package org.crmkernel.spi.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query's results and, when more rows follow, the cursor for the next page.
 *
 * @param <R> the record type
 */
public record Page<R>(List<R> items, Optional<Cursor> next) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
    java.util.Objects.requireNonNull(next, "next");
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return next.isPresent();
  }
}
