package org.crmkernel.jdbc.internal;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.crmkernel.jdbc.SqlDialect;

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
    String recursiveId(String column) {
      return "CAST(" + column + " AS BINARY(16))";
    }

    @Override
    String recursiveNumber(String column) {
      return "CAST(" + column + " AS INTEGER)";
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

  /** The internal dialect for a public one. */
  static Dialect of(SqlDialect dialect) {
    return switch (dialect) {
      case H2 -> H2;
      case POSTGRESQL -> POSTGRESQL;
      case MARIADB -> MARIADB;
    };
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
   * An id column of a recursive common table expression, as its recursive part reads it: H2 2.x
   * types those columns as text while it compiles that part, so there the type is spelled out.
   */
  String recursiveId(String column) {
    return column;
  }

  /** A number column of a recursive common table expression, as its recursive part reads it (see {@link #recursiveId}). */
  String recursiveNumber(String column) {
    return column;
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
