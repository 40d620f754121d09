package org.crmkernel.jdbc.internal;

import java.util.List;

/**
 * A piece of SQL and the values of its {@code ?} parameters, in order. Values are bound by
 * {@link Parameters}; SQL text never contains a value.
 */
record SqlFragment(String sql, List<Object> parameters) {

  /** Copies the parameters. */
  SqlFragment {
    parameters = List.copyOf(parameters);
  }

  /** A fragment without parameters. */
  static SqlFragment of(String sql) {
    return new SqlFragment(sql, List.of());
  }
}
