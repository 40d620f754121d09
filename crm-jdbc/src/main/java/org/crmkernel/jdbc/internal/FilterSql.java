package org.crmkernel.jdbc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crmkernel.model.field.CustomFieldRef;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordKind;
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
 * <p>Single-valued standard fields are columns named by a {@link Column} each. Multi-valued
 * standard fields and every custom field of the kind live in the value table {@code
 * crm_field_value}, one row per value, in the column of the value's type; conditions on them
 * are {@code EXISTS} over the record's rows of the field (so "any value matches"), and {@code
 * isEmpty} is {@code NOT EXISTS}. Those subqueries refer to the record's table as {@code r}, so
 * queries over a kind with a value table name their table {@code r}. A field the mapping does
 * not know is refused with an {@link IllegalArgumentException}, as the in-memory store refuses
 * another kind's field.
 *
 * @param <R> the record type
 */
final class FilterSql<R> {

  /** The escape character of LIKE patterns: not a backslash, which MariaDB also reads in literals. */
  private static final char ESCAPE = '!';

  /** The rows of one field of the record in the outer query ({@code r}): kind and field bound. */
  static final String VALUES_OF_RECORD = """
      SELECT 1 FROM crm_field_value
      WHERE tenant_id = r.tenant_id AND record_kind = ? AND record_id = r.id AND field = ?""";

  /** The value of a single-valued field in the value table, as a scalar subquery: kind and field bound. */
  private static final String VALUE_OF_RECORD = """
      (SELECT %s FROM crm_field_value
      WHERE tenant_id = r.tenant_id AND record_kind = ? AND record_id = r.id AND field = ? AND ordinal = 0)""";

  private final Dialect dialect;
  private final Map<FieldRef<R, ?>, Column> columns;
  private final Optional<RecordKind> valueKind;
  private final Set<FieldRef<R, ?>> multiValued;

  private FilterSql(Dialect dialect, Map<FieldRef<R, ?>, Column> columns, Optional<RecordKind> valueKind,
      Set<FieldRef<R, ?>> multiValued) {
    this.dialect = dialect;
    this.columns = Map.copyOf(columns);
    this.valueKind = valueKind;
    this.multiValued = Set.copyOf(multiValued);
  }

  /**
   * A translator for a kind whose single-valued fields are stored as {@code columns} say, and
   * whose {@code multiValued} standard fields and custom fields are in the value table under
   * {@code kind}.
   */
  static <R> FilterSql<R> withValueTable(Dialect dialect, Map<FieldRef<R, ?>, Column> columns, RecordKind kind,
      Set<FieldRef<R, ?>> multiValued) {
    for (FieldRef<R, ?> field : multiValued) {
      if (!field.multiValued() || field.recordKind() != kind) {
        throw new IllegalArgumentException("field " + field.name() + " is no multi-valued field of " + kind);
      }
    }
    FilterSql<R> checked = over(dialect, columns);
    return new FilterSql<>(dialect, checked.columns, Optional.of(kind), multiValued);
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
    return new FilterSql<>(dialect, new LinkedHashMap<>(columns), Optional.empty(), Set.of());
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
      return onField(eq.field(), out, column -> guarded(column, equal(column, eq.value(), out)));
    }
    if (filter instanceof Filter.In<R> in) {
      if (in.values().isEmpty()) {
        columnOrValue(in.field());
        return "1=0";
      }
      return onField(in.field(), out, column -> {
        if (column.type() == ValueType.INSTANT) {
          List<String> alternatives = new ArrayList<>();
          in.values().forEach(value -> alternatives.add(equal(column, value, out)));
          return guarded(column, "(" + String.join(" OR ", alternatives) + ")");
        }
        StringBuilder sql = new StringBuilder();
        Optional<String> key = textIndexKey(column);
        if (key.isPresent()) {
          sql.append(key.get()).append(" IN (");
          for (int i = 0; i < in.values().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(dialect.textIndexKey("?").orElseThrow());
            out.add(in.values().get(i));
          }
          sql.append(") AND ");
        }
        sql.append(column.name()).append(" IN (");
        for (int i = 0; i < in.values().size(); i++) {
          sql.append(i == 0 ? "?" : ", ?");
          out.add(in.values().get(i));
        }
        return guarded(column, sql.append(')').toString());
      });
    }
    if (filter instanceof Filter.Range<R> range) {
      return onField(range.field(), out, column -> {
        List<String> bounds = new ArrayList<>(2);
        range.lower().ifPresent(v -> bounds.add(compare(column, range.lowerInclusive() ? ">=" : ">", v, out)));
        range.upper().ifPresent(v -> bounds.add(compare(column, range.upperInclusive() ? "<=" : "<", v, out)));
        return guarded(column, "(" + String.join(" AND ", bounds) + ")");
      });
    }
    if (filter instanceof Filter.Prefix<R> prefix) {
      return onField(prefix.field(), out, column -> {
        out.add(likePattern(prefix.prefix()));
        return guarded(column, column.name() + " LIKE ? ESCAPE '" + ESCAPE + "'");
      });
    }
    if (filter instanceof Filter.IsEmpty<R> isEmpty) {
      Column column = columns.get(isEmpty.field());
      if (column == null) {
        columnOrValue(isEmpty.field());
        out.add(valueKind.orElseThrow().name());
        out.add(isEmpty.field().name());
        return "NOT EXISTS (" + VALUES_OF_RECORD + ")";
      }
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

  /**
   * {@code condition} on the field's column or, for a field in the value table, on one of its
   * value rows ({@code EXISTS}); its parameters follow the kind's and field's.
   */
  private String onField(FieldRef<R, ?> field, List<Object> out, Function<Column, String> condition) {
    Column column = columnOrValue(field);
    if (columns.containsKey(field)) {
      return condition.apply(column);
    }
    out.add(valueKind.orElseThrow().name());
    out.add(field.name());
    return "EXISTS (" + VALUES_OF_RECORD + " AND " + condition.apply(column) + ")";
  }

  /**
   * The SQL expressions whose order is the field's sort order, most significant first (an
   * instant's seconds and nanoseconds), each with its parameters; text expressions already
   * compare by code point. NULL where the field is unset (the first expression says).
   */
  List<SqlFragment> sortExpressions(FieldRef<R, ?> field) {
    Column column = columnOrValue(field);
    List<String> names = column.type() == ValueType.INSTANT ? List.of(column.seconds(), column.nanos()) : List.of(column.name());
    List<SqlFragment> expressions = new ArrayList<>(names.size());
    for (String name : names) {
      SqlFragment expression = columns.containsKey(field) ? SqlFragment.of(name)
          : new SqlFragment(VALUE_OF_RECORD.formatted(name), List.of(valueKind.orElseThrow().name(), field.name()));
      expressions.add(column.type() == ValueType.TEXT
          ? new SqlFragment(dialect.orderedText(expression.sql()), expression.parameters()) : expression);
    }
    return expressions;
  }

  /** Whether the field may be unset, so that sorts must place its absent values. */
  boolean mayBeUnset(FieldRef<R, ?> field) {
    return columnOrValue(field).nullable();
  }

  /** Compares {@code expression} (text already in code point order) with one bound value. */
  String compareExpression(String expression, ValueType type, String operator) {
    return expression + " " + operator + " " + (type == ValueType.TEXT ? dialect.orderedText("?") : "?");
  }

  /** The column of a single-valued field, or the value table's column of the field's type. */
  private Column columnOrValue(FieldRef<R, ?> field) {
    Column column = columns.get(field);
    if (column != null) {
      return column;
    }
    boolean inValueTable = valueKind.isPresent() && field.recordKind() == valueKind.get()
        && (field instanceof CustomFieldRef<?> || multiValued.contains(field));
    if (!inValueTable) {
      throw new IllegalArgumentException("field " + field.name() + " of " + field.recordKind()
          + " records cannot be filtered here");
    }
    return Column.optional(valueColumn(field.valueType()), field.valueType());
  }

  /** The value table's column for values of {@code type} (for instants the prefix of two). */
  static String valueColumn(ValueType type) {
    return switch (type) {
      case TEXT -> "value_text";
      case INTEGER -> "value_int";
      case DECIMAL -> "value_dec";
      case DATE -> "value_date";
      case INSTANT -> "value";
      case BOOLEAN -> "value_bool";
      case UUID -> "value_uuid";
    };
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
    Optional<String> key = textIndexKey(column);
    if (key.isPresent()) {
      out.add(value);
      out.add(value);
      return "(" + key.get() + " = " + dialect.textIndexKey("?").orElseThrow() + " AND " + column.name() + " = ?)";
    }
    out.add(value);
    return column.name() + " = ?";
  }

  /**
   * The index key of the value table's text column where the dialect indexes a key instead of
   * the text, so that equalities also compare it; empty for every other column.
   */
  private Optional<String> textIndexKey(Column column) {
    boolean valueText = column.type() == ValueType.TEXT && column.name().equals(valueColumn(ValueType.TEXT))
        && !columns.containsValue(column);
    return valueText ? dialect.textIndexKey(column.name()) : Optional.empty();
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
