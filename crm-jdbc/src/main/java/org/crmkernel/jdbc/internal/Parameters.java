package org.crmkernel.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Binds parameter values by their Java type; UUIDs as the dialect stores them. */
final class Parameters {

  private Parameters() {}

  /** {@code count} parameter marks separated by commas, for an {@code IN (..)} list. */
  static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** Binds {@code values} from parameter {@code first} on; returns the index after the last. */
  static int bind(Dialect dialect, PreparedStatement statement, int first, List<Object> values) throws SQLException {
    int index = first;
    for (Object value : values) {
      bind(dialect, statement, index++, value);
    }
    return index;
  }

  /** Binds one value. */
  static void bind(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
    if (value instanceof String text) {
      statement.setString(index, text);
    } else if (value instanceof Long number) {
      statement.setLong(index, number);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof UUID id) {
      dialect.bindUuid(statement, index, id);
    } else if (value instanceof BigDecimal number) {
      statement.setBigDecimal(index, number);
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else if (value instanceof LocalDate date) {
      statement.setObject(index, date);
    } else {
      throw new IllegalArgumentException("no SQL binding for " + value.getClass().getName());
    }
  }
}
