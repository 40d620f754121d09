package org.crmkernel.jdbc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.spi.query.Filter;

/**
 * Translates a {@link Filter} over one record kind into a SQL condition with bound parameters,
 * with exactly the meaning of {@link Filter#test}: comparisons never hold for an unset field,
 * and every condition is two-valued (a NULL column is guarded by {@code IS NOT NULL}, values are
 * never NULL), so {@code NOT} is plain negation, as the SPI requires. Orders are those of {@link
 * ValueType}: text by code point (through {@link Dialect#orderedText} where the database needs
 * it), UUIDs unsigned (both {@code uuid} and {@code BINARY(16)} compare so), decimals
 * numerically, instants by (seconds, nanoseconds).
 *
 * <p>Fields are single-valued columns named by a {@link Column} each; multi-valued fields (child
 * tables) are not mapped yet. A field the mapping does not know is refused with an {@link
 * IllegalArgumentException}, as the in-memory store refuses another kind's field.
 *
 * @param <R> the record type
 */
final class FilterSql<R> {

  /** The escape character of LIKE patterns: not a backslash, which MariaDB also reads in literals. */
  private static final char ESCAPE = '!';

  private final Dialect dialect;
  private final Map<FieldRef<R, ?>, Column> columns;

  private FilterSql(Dialect dialect, Map<FieldRef<R, ?>, Column> columns) {
    this.dialect = dialect;
    this.columns = Map.copyOf(columns);
  }

  /** A translator for fields stored as {@code columns} say. */
  static <R> FilterSql<R> over(Dialect dialect, Map<FieldRef<R, ?>, Column> columns) {
    for (Map.Entry<FieldRef<R, ?>, Column> entry : columns.entrySet()) {
      FieldRef<R, ?> field = entry.getKey();
      if (field.multiValued()) {
        throw new IllegalArgumentException("field " + field.name() + " holds several values; map it to a child table");
      }
      if (field.valueType() != entry.getValue().type()) {
        throw new IllegalArgumentException("field " + field.name() + " is " + field.valueType()
            + " but its column is " + entry.getValue().type());
      }
    }
    return new FilterSql<>(dialect, new LinkedHashMap<>(columns));
  }

  /** The condition that holds exactly for the rows {@code filter} matches. */
  SqlFragment where(Filter<R> filter) {
    List<Object> parameters = new ArrayList<>();
    String sql = translate(filter, parameters);
    return new SqlFragment(sql, parameters);
  }

  private String translate(Filter<R> filter, List<Object> out) {
    if (filter instanceof Filter.All<R>) {
      return "1=1";
    }
    if (filter instanceof Filter.Eq<R> eq) {
      Column column = columnOf(eq.field());
      return guarded(column, equal(column, eq.value(), out));
    }
    if (filter instanceof Filter.In<R> in) {
      Column column = columnOf(in.field());
      if (in.values().isEmpty()) {
        return "1=0";
      }
      if (column.type() == ValueType.INSTANT) {
        List<String> alternatives = new ArrayList<>();
        in.values().forEach(value -> alternatives.add(equal(column, value, out)));
        return guarded(column, "(" + String.join(" OR ", alternatives) + ")");
      }
      StringBuilder sql = new StringBuilder(column.name()).append(" IN (");
      for (int i = 0; i < in.values().size(); i++) {
        sql.append(i == 0 ? "?" : ", ?");
        out.add(in.values().get(i));
      }
      return guarded(column, sql.append(')').toString());
    }
    if (filter instanceof Filter.Range<R> range) {
      Column column = columnOf(range.field());
      List<String> bounds = new ArrayList<>(2);
      range.lower().ifPresent(v -> bounds.add(compare(column, range.lowerInclusive() ? ">=" : ">", v, out)));
      range.upper().ifPresent(v -> bounds.add(compare(column, range.upperInclusive() ? "<=" : "<", v, out)));
      return guarded(column, "(" + String.join(" AND ", bounds) + ")");
    }
    if (filter instanceof Filter.Prefix<R> prefix) {
      Column column = columnOf(prefix.field());
      out.add(likePattern(prefix.prefix()));
      return guarded(column, column.name() + " LIKE ? ESCAPE '" + ESCAPE + "'");
    }
    if (filter instanceof Filter.IsEmpty<R> isEmpty) {
      Column column = columnOf(isEmpty.field());
      return column.nullable() ? column.presence() + " IS NULL" : "1=0";
    }
    if (filter instanceof Filter.And<R> and) {
      return join(and.operands(), " AND ", "1=1", out);
    }
    if (filter instanceof Filter.Or<R> or) {
      return join(or.operands(), " OR ", "1=0", out);
    }
    Filter.Not<R> not = (Filter.Not<R>) filter;
    return "NOT (" + translate(not.operand(), out) + ")";
  }

  private String join(List<Filter<R>> operands, String operator, String whenEmpty, List<Object> out) {
    if (operands.isEmpty()) {
      return whenEmpty;
    }
    List<String> parts = new ArrayList<>(operands.size());
    operands.forEach(operand -> parts.add(translate(operand, out)));
    return "(" + String.join(operator, parts) + ")";
  }

  /** {@code condition}, which would be unknown on a NULL column, made false there instead. */
  private static String guarded(Column column, String condition) {
    return column.nullable() ? "(" + column.presence() + " IS NOT NULL AND " + condition + ")" : condition;
  }

  private String equal(Column column, Object value, List<Object> out) {
    if (column.type() == ValueType.INSTANT) {
      Instant instant = (Instant) value;
      out.add(instant.getEpochSecond());
      out.add(instant.getNano());
      return "(" + column.seconds() + " = ? AND " + column.nanos() + " = ?)";
    }
    out.add(value);
    return column.name() + " = ?";
  }

  /** {@code column operator value} in the value type's order; operator is one of {@code < <= > >=}. */
  private String compare(Column column, String operator, Object value, List<Object> out) {
    if (column.type() == ValueType.INSTANT) {
      Instant instant = (Instant) value;
      String strict = operator.substring(0, 1);
      out.add(instant.getEpochSecond());
      out.add(instant.getEpochSecond());
      out.add(instant.getNano());
      return "(" + column.seconds() + " " + strict + " ? OR (" + column.seconds() + " = ? AND "
          + column.nanos() + " " + operator + " ?))";
    }
    out.add(value);
    if (column.type() == ValueType.TEXT) {
      return dialect.orderedText(column.name()) + " " + operator + " " + dialect.orderedText("?");
    }
    return column.name() + " " + operator + " ?";
  }

  private Column columnOf(FieldRef<R, ?> field) {
    Column column = columns.get(field);
    if (column == null) {
      throw new IllegalArgumentException("field " + field.name() + " of " + field.recordKind()
          + " records cannot be filtered here");
    }
    return column;
  }

  /** A LIKE pattern matching texts that start with {@code prefix}, its wildcards escaped. */
  static String likePattern(String prefix) {
    StringBuilder pattern = new StringBuilder(prefix.length() + 4);
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
