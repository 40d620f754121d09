package org.crmkernel.jdbc.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.crmkernel.model.field.ValueType;

/**
 * Where a single-valued field is stored: a column of the kind's table, or for an instant the two
 * columns {@code <name>_s} (epoch seconds) and {@code <name>_ns} (nanoseconds of the second).
 * {@code nullable} says whether the field may be unset (a NULL column); required fields skip
 * the NULL guards.
 *
 * @param name the column name, or the common prefix of an instant's two columns
 * @param type the field's value type, which fixes how values are bound and compared
 * @param nullable whether the column may be NULL
 */
record Column(String name, ValueType type, boolean nullable) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /** Accepts only plain lower-case identifiers, so that a name never carries SQL. */
  Column {
    Objects.requireNonNull(type, "type");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a column name: " + name);
    }
  }

  /** A column that always holds a value. */
  static Column required(String name, ValueType type) {
    return new Column(name, type, false);
  }

  /** A column that may be NULL. */
  static Column optional(String name, ValueType type) {
    return new Column(name, type, true);
  }

  /** The seconds column of an instant. */
  String seconds() {
    return name + "_s";
  }

  /** The nanoseconds column of an instant. */
  String nanos() {
    return name + "_ns";
  }

  /** The column whose NULL means that the field is unset. */
  String presence() {
    return type == ValueType.INSTANT ? seconds() : name;
  }
}
