package org.crmkernel.jdbc.internal;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * What differs between the databases, and only that; the SQL itself is shared. Each constant
 * overrides the few defaults that do not hold for it.
 */
enum Dialect {

  /**
   * H2 2.x: ids as BINARY(16); VARCHAR compares in UTF-16 order, so ordered text comparisons
   * compare the UTF-8 bytes ({@code CAST(... AS VARBINARY)}), which is code point order. H2
   * 2.2+ knows {@code FOR UPDATE SKIP LOCKED}, so several relays can claim side by side here too.
   */
  H2 {
    @Override
    String orderedText(String expression) {
      return "CAST(" + expression + " AS VARBINARY)";
    }

    @Override
    String limit() {
      return "FETCH FIRST ? ROWS ONLY";
    }

    @Override
    String idParameter() {
      return "CAST(? AS BINARY(16))";
    }

    @Override
    boolean isTransientVendorCode(int code, String state) {
      // 50200: lock timeout (HYT00); 90067: connection broken; 90098: database closed
      // (for instance by a panic); 90121: database closed by the VM's shutdown.
      return code == 50200 || code == 90067 || code == 90098 || code == 90121 || "HYT00".equals(state);
    }
  },

  /** PostgreSQL: ids as {@code uuid}, whose order is unsigned; text columns are {@code COLLATE "C"}; JSON as {@code jsonb}. */
  POSTGRESQL {
    @Override
    void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
      statement.setObject(index, value);
    }

    @Override
    UUID readUuid(ResultSet row, int column) throws SQLException {
      return row.getObject(column, UUID.class);
    }

    @Override
    String jsonParameter() {
      return "CAST(? AS jsonb)";
    }

    @Override
    Optional<String> textIndexKey(String expression) {
      return Optional.of("left(" + expression + ", " + TEXT_KEY_LENGTH + ")");
    }

    @Override
    String inSubquery(String column, String subquery) {
      return column + " = ANY(ARRAY(" + subquery + "))";
    }

    @Override
    boolean isTransientVendorCode(int code, String state) {
      // 57014: statement cancelled (a statement timeout); 55P03: lock not available;
      // 57P01..57P03: the server is shutting down or not yet accepting connections.
      return state.equals("57014") || state.equals("55P03") || state.startsWith("57P");
    }
  },

  /** MariaDB: ids as BINARY(16); text columns are {@code utf8mb4_nopad_bin} (code point order). */
  MARIADB {
    @Override
    boolean isUniqueViolation(int code, String state) {
      return code == 1062 || code == 1586;
    }

    @Override
    boolean isTransientVendorCode(int code, String state) {
      // 1205: lock wait timeout; 1213: deadlock; 1969: max_statement_time exceeded.
      return code == 1205 || code == 1213 || code == 1969;
    }
  };

  /** The characters of a text value that the value table's text index holds (migration V7). */
  static final int TEXT_KEY_LENGTH = 200;

  /**
   * The internal dialect named like a public {@code SqlDialect} constant (the API package maps
   * its enum by name, so that this package does not depend on it).
   */
  static Dialect named(String name) {
    return valueOf(name);
  }

  /** Binds a UUID: by default as the 16 bytes of a BINARY(16) column, most significant first. */
  void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
    statement.setBytes(index, ByteBuffer.allocate(16)
        .putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits()).array());
  }

  /** Reads a UUID column bound by {@link #bindUuid}. */
  UUID readUuid(ResultSet row, int column) throws SQLException {
    byte[] bytes = row.getBytes(column);
    if (bytes == null || bytes.length != 16) {
      throw new SQLException("column " + column + " holds no 16-byte id");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  /**
   * The expression to compare {@code expression}, a text column or parameter, by in ranges and
   * orders so that the database compares code points; equality needs no such help.
   */
  String orderedText(String expression) {
    return expression;
  }

  /**
   * The expression the value table's text index holds for {@code expression}, when the index
   * does not hold the text itself: PostgreSQL indexes the first {@value #TEXT_KEY_LENGTH}
   * characters ({@code left(value_text, 200)}, since a whole long text would exceed a B-tree
   * entry), so an equality must also compare that key to be served by the index. MariaDB's
   * index on a prefix of the column and H2's on the whole column serve equality as it is.
   */
  Optional<String> textIndexKey(String expression) {
    return Optional.empty();
  }

  /**
   * An id parameter where the statement itself gives it no type, such as a column of a {@code
   * SELECT} without a table: H2 would take the bytes as a VARBINARY of their own length.
   */
  String idParameter() {
    return "?";
  }

  /**
   * That {@code column} is among the values {@code subquery} (uncorrelated) returns. Plain {@code
   * IN (subquery)} by default; PostgreSQL gets {@code = ANY(ARRAY(subquery))}, which it runs once
   * as an init plan and can use as an index condition: a visibility whose every branch is such a
   * condition becomes a bitmap OR of index scans, which the planner weighs against reading the
   * sort's index, instead of only a filter over the sort's index.
   */
  String inSubquery(String column, String subquery) {
    return column + " IN (" + subquery + ")";
  }

  /** The parameter placeholder of a JSON column. */
  String jsonParameter() {
    return "?";
  }

  /** The clause that limits a query to as many rows as one bound parameter says. */
  String limit() {
    return "LIMIT ?";
  }

  /**
   * The suffix of a claim: rows locked by another unit of work are skipped, not waited for, so
   * relays side by side each take different rows. All three databases spell it the same way.
   */
  String claimSuffix() {
    return "FOR UPDATE SKIP LOCKED";
  }

  /** Whether an error is a unique key violation. */
  boolean isUniqueViolation(int code, String state) {
    return state.equals("23505");
  }

  /**
   * Whether the database rolled the transaction back on its own because of a conflict with
   * another one (serialization failure, deadlock), so that running the same work again may
   * succeed and nothing of the first attempt remains.
   */
  boolean isRolledBackConflict(int code, String state) {
    return state.startsWith("40") || (this == MARIADB && code == 1213);
  }

  /** Whether a vendor-specific error (timeouts, shutdowns) may pass when the work runs again. */
  abstract boolean isTransientVendorCode(int code, String state);
}
