package org.crmkernel.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result set as a value. */
@FunctionalInterface
interface RowMapper<T> {
  T map(ResultSet row) throws SQLException;
}
