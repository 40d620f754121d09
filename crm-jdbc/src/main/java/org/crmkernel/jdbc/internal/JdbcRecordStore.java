package org.crmkernel.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmkernel.jdbc.internal.json.RecordJson;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.field.Customizable;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.BulkUpdate;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.SortPosition;
import org.crmkernel.spi.query.Visibility;

/**
 * The store of one record kind, as one unit of work sees it, driven by its {@link KindTable}:
 * written once for every kind. The record is read back from its JSON column; the field columns
 * and the value table serve filters and sorts only. Updates and deletes are conditional on the
 * version ({@code WHERE tenant_id = ? AND id = ? AND version = ?}); when no row changes, the
 * stored version tells a stale version from a missing record. Queries page by keyset in the
 * sort's order with the SPI's cursors (absent values after all others ascending, before them
 * descending, then the id unsigned); scans stream in id order with a fetch size. Bulk inserts
 * write the records and their field values in JDBC batches inside a savepoint, rolled back when an
 * id is taken.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
final class JdbcRecordStore<I extends RecordId, R extends CrmRecord<I>> implements BulkInsert<I, R> {

  private static final int FETCH_SIZE = 500;
  private static final int BATCH_SIZE = 500;

  /** Table, condition, keyset condition, order, limit clause. */
  private static final String SELECT = """
      %sSELECT r.record FROM %s r
      WHERE r.tenant_id = ? AND (%s) AND (%s)%s
      ORDER BY %s
      %s""";

  private static final String COUNT = "%sSELECT COUNT(*) FROM %s r WHERE r.tenant_id = ? AND (%s) AND (%s)";

  private static final String FIND = "SELECT record FROM %s WHERE tenant_id = ? AND id = ?";

  private static final String VERSION = "SELECT version FROM %s WHERE tenant_id = ? AND id = ?";

  private static final String INSERT = "INSERT INTO %s (tenant_id, version, record, %s) VALUES (?, ?, %s, %s)";

  private static final String UPDATE = "UPDATE %s SET version = ?, record = %s, %s WHERE tenant_id = ? AND id = ? AND version = ?";

  private static final String DELETE = "DELETE FROM %s WHERE tenant_id = ? AND id = ? AND version = ?";

  private static final String INSERT_VALUE = """
      INSERT INTO crm_field_value (tenant_id, record_kind, record_id, field, ordinal,
        value_text, value_int, value_dec, value_date, value_s, value_ns, value_bool, value_uuid)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  /** One {@code ?} per record id. */
  private static final String DELETE_VALUES_OF =
      "DELETE FROM crm_field_value WHERE tenant_id = ? AND record_kind = ? AND record_id IN (%s)";

  private static final String DELETE_VALUES = "DELETE FROM crm_field_value WHERE tenant_id = ? AND record_kind = ? AND record_id = ?";

  private final UnitOfWork unit;
  private final KindTable<I, R> table;
  private final FilterSql<R> filters;
  private final List<String> columnNames;
  /** The conditional update of a row, shared by single and batched updates. */
  private final String updateSql;

  JdbcRecordStore(UnitOfWork unit, KindTable<I, R> table) {
    this.unit = unit;
    this.table = table;
    this.filters = FilterSql.withValueTable(unit.dialect(), table.columns(), table.kind(), table.multiValued());
    List<String> names = new ArrayList<>();
    for (Column column : table.columns().values()) {
      if (column.type() == ValueType.INSTANT) {
        names.add(column.seconds());
        names.add(column.nanos());
      } else {
        names.add(column.name());
      }
    }
    this.columnNames = List.copyOf(names);
    this.updateSql = UPDATE.formatted(table.table(), unit.dialect().jsonParameter(),
        columnNames.stream().filter(c -> !c.equals("id")).map(c -> c + " = ?").collect(Collectors.joining(", ")));
  }

  @Override
  public R insert(R record) {
    Objects.requireNonNull(record, "record");
    unit.checkWritable("insert " + table.kind() + " records");
    // Checked first, so that a taken id does not abort a PostgreSQL transaction.
    if (storedVersion(record.tenantId(), record.id().value()).isPresent()) {
      throw new DuplicateRecordException(record.ref(), "the tenant already has a record with this id");
    }
    insertRows(List.of(record));
    return record;
  }

  @Override
  public void insertAll(List<R> records) {
    List<R> batch = List.copyOf(records);
    unit.checkWritable("insert " + table.kind() + " records");
    Set<List<UUID>> seen = new HashSet<>();
    for (R record : batch) {
      if (!seen.add(List.of(record.tenantId().value(), record.id().value()))) {
        throw new DuplicateRecordException(record.ref(), "the id is repeated in the batch");
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    // A taken id fails the insert itself, inside a savepoint that keeps the unit of work usable
    // (PostgreSQL aborts a transaction on any error). A check of the ids before the insert would
    // cost a query per chunk whose plan depends on the statistics: on a table filled faster than
    // they are refreshed (a tenant's first import), PostgreSQL read the tenant's every row per chunk.
    Savepoint savepoint = unit.sql("setting a savepoint", Connection::setSavepoint);
    try {
      for (int from = 0; from < batch.size(); from += BATCH_SIZE) {
        insertRows(batch.subList(from, Math.min(batch.size(), from + BATCH_SIZE)));
      }
    } catch (DuplicateRecordException e) {
      unit.sql("rolling back to a savepoint", connection -> {
        connection.rollback(savepoint);
        return null;
      });
      throw e;
    }
    unit.sql("releasing a savepoint", connection -> {
      connection.releaseSavepoint(savepoint);
      return null;
    });
  }

  /** Inserts the records and their field values in batches; a unique violation names a record of the batch. */
  private void insertRows(List<R> records) {
    String sql = INSERT.formatted(table.table(), String.join(", ", columnNames), unit.dialect().jsonParameter(),
        columnNames.stream().map(c -> "?").collect(Collectors.joining(", ")));
    unit.sql("inserting records into " + table.table(), connection -> {
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (R record : records) {
          unit.dialect().bindUuid(insert, 1, record.tenantId().value());
          insert.setLong(2, record.version());
          insert.setString(3, RecordJson.encode((Record) record));
          bindColumns(insert, 4, record);
          insert.addBatch();
        }
        insert.executeBatch();
      } catch (SQLException e) {
        if (SqlFailures.classify(unit.dialect(), e) == SqlFailures.Kind.UNIQUE_VIOLATION) {
          R failed = records.get(JdbcAuditLog.failedIndex(e, records.size()));
          throw new DuplicateRecordException(failed.ref(), "the tenant already has a record with this id");
        }
        throw e;
      }
      return null;
    });
    insertValues(records);
  }

  @Override
  public Optional<R> find(TenantId tenant, I id) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    return unit.sql("finding a record in " + table.table(), connection -> {
      try (PreparedStatement find = connection.prepareStatement(FIND.formatted(table.table()))) {
        unit.dialect().bindUuid(find, 1, tenant.value());
        unit.dialect().bindUuid(find, 2, id.value());
        try (ResultSet row = find.executeQuery()) {
          return row.next() ? Optional.of(decode(row.getString(1))) : Optional.<R>empty();
        }
      }
    });
  }

  @Override
  public R update(R record, long expectedVersion) {
    Objects.requireNonNull(record, "record");
    unit.checkWritable("update " + table.kind() + " records");
    if (record.version() != expectedVersion + 1) {
      throw new IllegalArgumentException("an update of version " + expectedVersion + " must store version "
          + (expectedVersion + 1) + ", not " + record.version());
    }
    String sql = updateSql;
    unit.sql("updating a record in " + table.table(), connection -> {
      int changed;
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        update.setLong(1, record.version());
        update.setString(2, RecordJson.encode((Record) record));
        int next = bindColumnsExceptId(update, 3, record);
        unit.dialect().bindUuid(update, next, record.tenantId().value());
        unit.dialect().bindUuid(update, next + 1, record.id().value());
        update.setLong(next + 2, expectedVersion);
        changed = update.executeUpdate();
      } catch (SQLException e) {
        // A kind's unique key besides the id, taken by a concurrent writer after the store's own check.
        if (SqlFailures.classify(unit.dialect(), e) == SqlFailures.Kind.UNIQUE_VIOLATION) {
          throw new DuplicateRecordException(record.ref(), "the tenant already has a record with this unique key");
        }
        throw e;
      }
      if (changed == 0) {
        throw unchanged(record.ref(), record.tenantId(), record.id().value(), expectedVersion);
      }
      deleteValues(record.tenantId(), record.id().value());
      insertValues(List.of(record));
      return null;
    });
    return record;
  }

  /**
   * Updates every record as the next version of the stored one, in JDBC batches of {@value
   * #BATCH_SIZE} conditional updates; their field values are deleted and written again in
   * batches too. The first record whose update changed no row fails the batch with what {@link
   * #update} would say; the unit of work must then be rolled back.
   */
  void updateAll(List<R> records) {
    List<R> batch = List.copyOf(records);
    unit.checkWritable("update " + table.kind() + " records");
    BulkUpdate.checkBatch(batch);
    for (int from = 0; from < batch.size(); from += BATCH_SIZE) {
      List<R> chunk = batch.subList(from, Math.min(batch.size(), from + BATCH_SIZE));
      updateRows(chunk);
      deleteValues(chunk);
      insertValues(chunk);
    }
  }

  private void updateRows(List<R> records) {
    String sql = updateSql;
    unit.sql("updating records in " + table.table(), connection -> {
      int[] changed;
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        for (R record : records) {
          update.setLong(1, record.version());
          update.setString(2, RecordJson.encode((Record) record));
          int next = bindColumnsExceptId(update, 3, record);
          unit.dialect().bindUuid(update, next, record.tenantId().value());
          unit.dialect().bindUuid(update, next + 1, record.id().value());
          update.setLong(next + 2, record.version() - 1);
          update.addBatch();
        }
        changed = update.executeBatch();
      } catch (SQLException e) {
        if (SqlFailures.classify(unit.dialect(), e) == SqlFailures.Kind.UNIQUE_VIOLATION) {
          R failed = records.get(JdbcAuditLog.failedIndex(e, records.size()));
          throw new DuplicateRecordException(failed.ref(), "the tenant already has a record with this unique key");
        }
        throw e;
      }
      for (int i = 0; i < records.size(); i++) {
        // A driver that cannot count (SUCCESS_NO_INFO) is asked for the stored version instead.
        boolean unknown = i >= changed.length || changed[i] == Statement.SUCCESS_NO_INFO;
        R record = records.get(i);
        if (unknown ? !storedVersion(record.tenantId(), record.id().value()).equals(Optional.of(record.version()))
            : changed[i] == 0) {
          throw unchanged(record.ref(), record.tenantId(), record.id().value(), record.version() - 1);
        }
      }
      return null;
    });
  }

  @Override
  public void delete(TenantId tenant, I id, long expectedVersion) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    unit.checkWritable("delete " + table.kind() + " records");
    unit.sql("deleting a record from " + table.table(), connection -> {
      int deleted;
      try (PreparedStatement delete = connection.prepareStatement(DELETE.formatted(table.table()))) {
        unit.dialect().bindUuid(delete, 1, tenant.value());
        unit.dialect().bindUuid(delete, 2, id.value());
        delete.setLong(3, expectedVersion);
        deleted = delete.executeUpdate();
      }
      if (deleted == 0) {
        throw unchanged(id.ref(), tenant, id.value(), expectedVersion);
      }
      deleteValues(tenant, id.value());
      return null;
    });
  }

  @Override
  public Page<R> query(TenantId tenant, Query<R> query) {
    return query(tenant, query, Restriction.NONE);
  }

  /** {@link #query(TenantId, Query)} over the rows {@code restriction} admits. */
  Page<R> query(TenantId tenant, Query<R> query, Restriction restriction) {
    SqlFragment statement = queryStatement(tenant, query, restriction);
    List<R> rows = unit.sql("querying " + table.table(), connection -> {
      try (PreparedStatement select = connection.prepareStatement(statement.sql())) {
        Parameters.bind(unit.dialect(), select, 1, statement.parameters());
        List<R> found = new ArrayList<>(Math.min(query.limit() + 1, 64));
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            found.add(decode(row.getString(1)));
          }
        }
        return found;
      }
    });
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, Optional.empty());
    }
    List<R> items = rows.subList(0, query.limit());
    R last = items.get(items.size() - 1);
    Sort<R> sort = query.sort();
    return new Page<>(items, Optional.of(Cursor.at(sort, sort.positionOf(last, r -> r.id().value()))));
  }

  /**
   * The statement {@link #query(TenantId, Query, Restriction)} runs for a page (one row more than
   * the limit, to tell whether another page follows), with its parameters in order: for tests
   * that look at the database's plan of exactly that statement.
   */
  SqlFragment queryStatement(TenantId tenant, Query<R> query, Restriction restriction) {
    Objects.requireNonNull(tenant, "tenant");
    Sort<R> sort = query.sort();
    sort.keys().forEach(key -> checkKind(key.field()));
    Optional<SortPosition> after = query.after().map(cursor -> cursor.position(sort));
    SqlFragment where = filters.where(query.filter());
    List<SortKey> keys = new ArrayList<>();
    sort.keys().forEach(key -> keys.add(new SortKey(filters.sortExpressions(key.field()), filters.mayBeUnset(key.field()),
        key.direction() == Sort.Direction.ASC)));
    List<Object> parameters = new ArrayList<>(restriction.with().parameters());
    parameters.add(tenant.value());
    parameters.addAll(where.parameters());
    parameters.addAll(restriction.condition().parameters());
    String keyset = "";
    if (after.isPresent()) {
      keyset = " AND " + leadingBound(sort, keys, after.get(), parameters) + after(sort, keys, after.get(), 0, parameters);
    }
    String order = orderBy(keys, parameters);
    parameters.add(query.limit() + 1);
    String sql = SELECT.formatted(restriction.with().sql(), table.table(), where.sql(), restriction.condition().sql(),
        keyset, order, unit.dialect().limit());
    return new SqlFragment(sql, parameters);
  }

  @Override
  public long count(TenantId tenant, Filter<R> filter) {
    return count(tenant, filter, Restriction.NONE);
  }

  /** {@link #count(TenantId, Filter)} over the rows {@code restriction} admits. */
  long count(TenantId tenant, Filter<R> filter, Restriction restriction) {
    Objects.requireNonNull(tenant, "tenant");
    SqlFragment where = filters.where(Objects.requireNonNull(filter, "filter"));
    List<Object> parameters = new ArrayList<>(restriction.with().parameters());
    parameters.add(tenant.value());
    parameters.addAll(where.parameters());
    parameters.addAll(restriction.condition().parameters());
    String sql = COUNT.formatted(restriction.with().sql(), table.table(), where.sql(), restriction.condition().sql());
    return unit.sql("counting " + table.table(), connection -> {
      try (PreparedStatement count = connection.prepareStatement(sql)) {
        Parameters.bind(unit.dialect(), count, 1, parameters);
        try (ResultSet row = count.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  @Override
  public Stream<R> scan(TenantId tenant, Filter<R> filter) {
    return scan(tenant, filter, Sort.byId());
  }

  /** {@link #scan(TenantId, Filter)} over the rows {@code restriction} admits, in id order. */
  Stream<R> scan(TenantId tenant, Filter<R> filter, Restriction restriction) {
    return scan(tenant, filter, Sort.byId(), restriction);
  }

  /**
   * Streams the tenant's records that {@code filter} accepts in the order of {@code sort} (then
   * the id), with a fetch size; for stores whose scans have an order of their own, such as the
   * deal history's (time, deal, sequence).
   */
  Stream<R> scan(TenantId tenant, Filter<R> filter, Sort<R> sort) {
    return scan(tenant, filter, sort, Restriction.NONE);
  }

  private Stream<R> scan(TenantId tenant, Filter<R> filter, Sort<R> sort, Restriction restriction) {
    Objects.requireNonNull(tenant, "tenant");
    SqlFragment where = filters.where(Objects.requireNonNull(filter, "filter"));
    List<Object> parameters = new ArrayList<>(restriction.with().parameters());
    parameters.add(tenant.value());
    parameters.addAll(where.parameters());
    parameters.addAll(restriction.condition().parameters());
    String order = "r.id";
    if (!sort.keys().isEmpty()) {
      sort.keys().forEach(key -> checkKind(key.field()));
      List<SortKey> keys = sort.keys().stream().map(key -> new SortKey(filters.sortExpressions(key.field()),
          filters.mayBeUnset(key.field()), key.direction() == Sort.Direction.ASC)).toList();
      order = orderBy(keys, parameters);
    }
    String sql = SELECT.formatted(restriction.with().sql(), table.table(), where.sql(), restriction.condition().sql(),
        "", order, "");
    String what = "scanning " + table.table();
    PreparedStatement select = unit.sql(what, connection -> {
      PreparedStatement statement = connection.prepareStatement(sql);
      try {
        statement.setFetchSize(FETCH_SIZE);
        Parameters.bind(unit.dialect(), statement, 1, parameters);
        return statement;
      } catch (SQLException e) {
        statement.close();
        throw e;
      }
    });
    return RowStream.of(unit, what, select, row -> decode(row.getString(1)));
  }

  /**
   * The condition that a row comes after {@code position} in the sort, from key {@code index}
   * on: after it on this key, or equal on it and after it on the following keys; after the last
   * key, a greater id. An absent value sorts after every value ascending, before descending.
   */
  private String after(Sort<R> sort, List<SortKey> keys, SortPosition position, int index, List<Object> out) {
    if (index == keys.size()) {
      out.add(position.id());
      return "r.id > ?";
    }
    ValueType type = sort.keys().get(index).field().valueType();
    SortKey key = keys.get(index);
    List<SqlFragment> expressions = key.expressions();
    Optional<Object> value = position.values().get(index);
    boolean ascending = key.ascending();
    String strictlyAfter;
    String equal;
    if (value.isEmpty()) {
      strictlyAfter = ascending ? "1=0" : present(key, out);
      equal = absent(key, out);
    } else {
      List<Object> components = components(type, value.get());
      strictlyAfter = ascending
          ? "(" + absent(key, out) + " OR " + beyond(expressions, type, components, ">", out) + ")"
          : "(" + present(key, out) + " AND " + beyond(expressions, type, components, "<", out) + ")";
      equal = "(" + present(key, out) + " AND " + same(expressions, type, components, out) + ")";
    }
    String rest = after(sort, keys, position, index + 1, out);
    return "(" + strictlyAfter + " OR (" + equal + " AND " + rest + "))";
  }

  /**
   * A range on the first key implied by the keyset condition ({@code key >= value} ascending,
   * {@code <=} descending), followed by {@code AND}, when the key is never unset: the
   * disjunction alone is only a filter, this makes it a range of the key's index, so that a
   * deep page does not read every row before it. Empty otherwise.
   */
  private String leadingBound(Sort<R> sort, List<SortKey> keys, SortPosition position, List<Object> out) {
    if (keys.isEmpty() || keys.get(0).mayBeUnset() || position.values().get(0).isEmpty()) {
      return "";
    }
    SortKey key = keys.get(0);
    ValueType type = sort.keys().get(0).field().valueType();
    Object first = components(type, position.values().get(0).get()).get(0);
    String sql = filters.compareExpression(use(key.expressions().get(0), out), type, key.ascending() ? ">=" : "<=");
    out.add(first);
    return sql + " AND ";
  }

  /** The expressions' tuple is beyond {@code components} in the direction of {@code operator}. */
  private String beyond(List<SqlFragment> expressions, ValueType type, List<Object> components, String operator,
      List<Object> out) {
    StringBuilder sql = new StringBuilder("(");
    for (int i = 0; i < expressions.size(); i++) {
      if (i > 0) {
        sql.append(" OR (");
        for (int j = 0; j < i; j++) {
          sql.append(j == 0 ? "" : " AND ").append(use(expressions.get(j), out)).append(" = ?");
          out.add(components.get(j));
        }
        sql.append(" AND ");
      }
      sql.append(filters.compareExpression(use(expressions.get(i), out), type, operator));
      out.add(components.get(i));
      if (i > 0) {
        sql.append(')');
      }
    }
    return sql.append(')').toString();
  }

  private String same(List<SqlFragment> expressions, ValueType type, List<Object> components, List<Object> out) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < expressions.size(); i++) {
      parts.add(filters.compareExpression(use(expressions.get(i), out), type, "="));
      out.add(components.get(i));
    }
    return "(" + String.join(" AND ", parts) + ")";
  }

  /** That the key has a value; constant for a field that is never unset, so its index serves the sort. */
  private static String present(SortKey key, List<Object> out) {
    return key.mayBeUnset() ? use(key.expressions().get(0), out) + " IS NOT NULL" : "1=1";
  }

  private static String absent(SortKey key, List<Object> out) {
    return key.mayBeUnset() ? use(key.expressions().get(0), out) + " IS NULL" : "1=0";
  }

  /** The fragment's SQL, its parameters appended to {@code out}. */
  private static String use(SqlFragment expression, List<Object> out) {
    out.addAll(expression.parameters());
    return expression.sql();
  }

  /** A sort value as the bound values of its expressions: an instant's seconds and nanoseconds. */
  private static List<Object> components(ValueType type, Object value) {
    if (type == ValueType.INSTANT) {
      Instant instant = (Instant) value;
      return List.of(instant.getEpochSecond(), instant.getNano());
    }
    return List.of(value);
  }

  /** The ORDER BY list: per key, absent values last ascending (first descending), then the id. */
  private static String orderBy(List<SortKey> keys, List<Object> out) {
    List<String> parts = new ArrayList<>();
    for (SortKey key : keys) {
      boolean ascending = key.ascending();
      if (key.mayBeUnset()) {
        // Spelled out: MariaDB has no NULLS FIRST / LAST.
        parts.add("CASE WHEN " + use(key.expressions().get(0), out) + " IS NULL THEN " + (ascending ? "1 ELSE 0" : "0 ELSE 1") + " END");
      }
      for (SqlFragment expression : key.expressions()) {
        parts.add(use(expression, out) + (ascending ? " ASC" : " DESC"));
      }
    }
    parts.add("r.id ASC");
    return String.join(", ", parts);
  }

  private void checkKind(FieldRef<R, ?> field) {
    if (field.recordKind() != table.kind()) {
      throw new IllegalArgumentException("field " + field.name() + " belongs to " + field.recordKind()
          + " records, not to " + table.kind() + " records");
    }
  }

  /** Why a conditional write changed no row: the record is missing, or its version is another. */
  private RuntimeException unchanged(RecordRef ref, TenantId tenant, UUID id, long expectedVersion) throws SQLException {
    Optional<Long> stored = storedVersion(tenant, id);
    return stored.isEmpty() ? new RecordNotFoundException(ref) : new StaleVersionException(ref, expectedVersion, stored.get());
  }

  private Optional<Long> storedVersion(TenantId tenant, UUID id) {
    return unit.sql("reading a version in " + table.table(), connection -> {
      try (PreparedStatement select = connection.prepareStatement(VERSION.formatted(table.table()))) {
        unit.dialect().bindUuid(select, 1, tenant.value());
        unit.dialect().bindUuid(select, 2, id);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
        }
      }
    });
  }

  /** Binds every field column of {@code record} from {@code first} on; returns the next index. */
  private int bindColumns(PreparedStatement statement, int first, R record) throws SQLException {
    int index = first;
    for (Map.Entry<FieldRef<R, ?>, Column> entry : table.columns().entrySet()) {
      index = bindColumn(statement, index, entry.getValue(), entry.getKey().read(record));
    }
    return index;
  }

  private int bindColumnsExceptId(PreparedStatement statement, int first, R record) throws SQLException {
    int index = first;
    for (Map.Entry<FieldRef<R, ?>, Column> entry : table.columns().entrySet()) {
      if (!entry.getValue().name().equals("id")) {
        index = bindColumn(statement, index, entry.getValue(), entry.getKey().read(record));
      }
    }
    return index;
  }

  private int bindColumn(PreparedStatement statement, int index, Column column, List<?> values) throws SQLException {
    Optional<Object> value = values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    if (column.type() == ValueType.INSTANT) {
      Optional<Instant> instant = value.map(Instant.class::cast);
      bindOrNull(statement, index, ValueType.INTEGER, instant.map(Instant::getEpochSecond));
      bindOrNull(statement, index + 1, ValueType.INTEGER, instant.map(i -> (long) i.getNano()));
      return index + 2;
    }
    bindOrNull(statement, index, column.type(), value);
    return index + 1;
  }

  /** Binds {@code value}, or a NULL of the SQL type of {@code type}. */
  private void bindOrNull(PreparedStatement statement, int index, ValueType type, Optional<?> value) throws SQLException {
    if (value.isPresent()) {
      Parameters.bind(unit.dialect(), statement, index, value.get());
      return;
    }
    int sqlType = switch (type) {
      case TEXT -> Types.VARCHAR;
      case INTEGER, INSTANT -> Types.BIGINT;
      case DECIMAL -> Types.DECIMAL;
      case DATE -> Types.DATE;
      case BOOLEAN -> Types.BOOLEAN;
      case UUID -> unit.dialect() == Dialect.POSTGRESQL ? Types.OTHER : Types.BINARY;
    };
    statement.setNull(index, sqlType);
  }

  /** Writes the records' multi-valued standard fields and custom fields to the value table, in batches. */
  private void insertValues(List<R> records) {
    List<ValueRow> rows = new ArrayList<>();
    for (R record : records) {
      for (FieldRef<R, ?> field : table.multiValued()) {
        List<?> values = field.read(record);
        for (int i = 0; i < values.size(); i++) {
          rows.add(new ValueRow(record, field.name(), i, values.get(i)));
        }
      }
      if (record instanceof Customizable customizable) {
        for (Map.Entry<String, FieldValue> entry : customizable.customFields().values().entrySet()) {
          List<Object> scalars = entry.getValue().scalars();
          for (int i = 0; i < scalars.size(); i++) {
            rows.add(new ValueRow(record, "custom." + entry.getKey(), i, scalars.get(i)));
          }
        }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    unit.sql("writing field values of " + table.table(), connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_VALUE)) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
          for (ValueRow row : rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))) {
            bindValueRow(insert, row);
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
      return null;
    });
  }

  /** Binds one value row: the value in the column of its type, NULL in the others. */
  private void bindValueRow(PreparedStatement insert, ValueRow row) throws SQLException {
    unit.dialect().bindUuid(insert, 1, row.record().tenantId().value());
    insert.setString(2, table.kind().name());
    unit.dialect().bindUuid(insert, 3, row.record().id().value());
    insert.setString(4, row.field());
    insert.setInt(5, row.ordinal());
    ValueType type = ValueType.of(row.value().getClass());
    bindOrNull(insert, 6, ValueType.TEXT, typed(type, ValueType.TEXT, row.value()));
    bindOrNull(insert, 7, ValueType.INTEGER, typed(type, ValueType.INTEGER, row.value()));
    bindOrNull(insert, 8, ValueType.DECIMAL, typed(type, ValueType.DECIMAL, row.value()));
    bindOrNull(insert, 9, ValueType.DATE, typed(type, ValueType.DATE, row.value()));
    Optional<Instant> instant = typed(type, ValueType.INSTANT, row.value()).map(Instant.class::cast);
    bindOrNull(insert, 10, ValueType.INTEGER, instant.map(Instant::getEpochSecond));
    bindOrNull(insert, 11, ValueType.INTEGER, instant.map(at -> (long) at.getNano()));
    bindOrNull(insert, 12, ValueType.BOOLEAN, typed(type, ValueType.BOOLEAN, row.value()));
    bindOrNull(insert, 13, ValueType.UUID, typed(type, ValueType.UUID, row.value()));
  }

  private static Optional<Object> typed(ValueType type, ValueType column, Object value) {
    return type == column ? Optional.of(value) : Optional.empty();
  }

  private void deleteValues(TenantId tenant, UUID id) {
    unit.sql("removing field values of " + table.table(), connection -> {
      try (PreparedStatement delete = connection.prepareStatement(DELETE_VALUES)) {
        unit.dialect().bindUuid(delete, 1, tenant.value());
        delete.setString(2, table.kind().name());
        unit.dialect().bindUuid(delete, 3, id);
        return delete.executeUpdate();
      }
    });
  }

  /** Deletes the field values of {@code records} (all of one kind), one statement per tenant and batch. */
  private void deleteValues(List<R> records) {
    Map<TenantId, List<R>> byTenant = records.stream().collect(Collectors.groupingBy(CrmRecord::tenantId,
        LinkedHashMap::new, Collectors.toList()));
    byTenant.forEach((tenant, ofTenant) -> unit.sql("removing field values of " + table.table(), connection -> {
      String sql = DELETE_VALUES_OF.formatted(Parameters.marks(ofTenant.size()));
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        unit.dialect().bindUuid(delete, 1, tenant.value());
        delete.setString(2, table.kind().name());
        for (int i = 0; i < ofTenant.size(); i++) {
          unit.dialect().bindUuid(delete, i + 3, ofTenant.get(i).id().value());
        }
        return delete.executeUpdate();
      }
    }));
  }

  private R decode(String json) {
    return table.type().cast(RecordJson.decode(json, table.type().asSubclass(Record.class)));
  }

  /**
   * The restriction to the rows {@code visibility} admits, for the visibility reads of an owned
   * kind (whose table has {@code owner_id} and {@code owning_unit_id}).
   */
  Restriction visibleTo(TenantId tenant, Visibility visibility) {
    return VisibilitySql.of(unit.dialect(), tenant, table.kind(), visibility);
  }

  /**
   * A condition on the rows ({@code r}) besides the query's filter, with the common table
   * expressions it reads ({@code WITH ...}, or empty), each with its bound values.
   */
  record Restriction(SqlFragment with, SqlFragment condition) {
    /** No restriction. */
    static final Restriction NONE = new Restriction(SqlFragment.of(""), SqlFragment.of("1=1"));
  }

  /** A sort key in SQL: its expressions, whether it may be unset, its direction. */
  private record SortKey(List<SqlFragment> expressions, boolean mayBeUnset, boolean ascending) {}

  /** One value of a field, at its position among the field's values. */
  private record ValueRow(CrmRecord<?> record, String field, int ordinal, Object value) {}
}
