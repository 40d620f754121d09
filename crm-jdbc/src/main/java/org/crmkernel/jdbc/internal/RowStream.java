package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a query as a lazy stream, fetched in batches of the statement's fetch size, so
 * that a scan never holds a tenant's table in memory. Closing the stream closes the statement;
 * the unit of work closes it at the latest when it ends.
 */
final class RowStream {

  private RowStream() {}

  /** Runs {@code statement} (already bound) and streams its rows through {@code mapper}. */
  static <T> Stream<T> of(UnitOfWork unit, String what, PreparedStatement statement, RowMapper<T> mapper) {
    unit.closeAtEnd(statement);
    ResultSet rows = unit.sql(what, c -> statement.executeQuery());
    Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        T next = unit.sql(what, c -> rows.next() ? mapper.map(rows) : null);
        if (next == null) {
          return false;
        }
        action.accept(next);
        return true;
      }
    };
    return StreamSupport.stream(spliterator, false).onClose(() -> {
      try {
        statement.close();
      } catch (SQLException e) {
        throw unit.failure(what, e);
      }
    });
  }
}
