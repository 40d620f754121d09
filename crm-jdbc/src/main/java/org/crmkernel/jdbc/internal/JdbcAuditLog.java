package org.crmkernel.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.AuditEntryId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Actor;
import org.crmkernel.spi.AuditLog;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.SortPosition;

/**
 * The audit log in table {@code crm_audit_entry}, as one unit of work sees it. Appends are
 * batched inserts; reads are in log order (time as seconds and nanoseconds, then id unsigned)
 * and page by keyset, with the cursors of {@code Sort.by(AuditFields.OCCURRED_AT)}, the same
 * the in-memory store makes; scans stream with a fetch size.
 */
final class JdbcAuditLog implements AuditLog {

  /** The log's order, as a sort: by time, then id. */
  static final Sort<AuditEntry> LOG_ORDER = Sort.by(AuditFields.OCCURRED_AT);

  /** Where each filterable field is stored. */
  static final Map<FieldRef<AuditEntry, ?>, Column> COLUMNS = Map.of(
      AuditFields.RECORD_KIND, Column.required("record_kind", ValueType.TEXT),
      AuditFields.RECORD_ID, Column.required("record_id", ValueType.UUID),
      AuditFields.OPERATION, Column.required("operation", ValueType.TEXT),
      AuditFields.ACTOR, Column.required("actor", ValueType.TEXT),
      AuditFields.OCCURRED_AT, Column.required("occurred", ValueType.INSTANT),
      AuditFields.CORRELATION_ID, Column.required("correlation_id", ValueType.UUID));

  private static final int BATCH_SIZE = 500;
  private static final int FETCH_SIZE = 500;

  private static final String INSERT = """
      INSERT INTO crm_audit_entry
        (tenant_id, id, occurred_s, occurred_ns, actor, operation, record_kind, record_id, correlation_id, changes)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %s)""";

  private static final String COLUMN_LIST =
      "id, occurred_s, occurred_ns, actor, operation, record_kind, record_id, correlation_id, changes";

  /** Columns, condition, position condition, limit clause. */
  private static final String SELECT_IN_LOG_ORDER = """
      SELECT %s
      FROM crm_audit_entry
      WHERE tenant_id = ? AND (%s)%s
      ORDER BY occurred_s, occurred_ns, id
      %s""";

  private static final String AFTER_POSITION = """
       AND (occurred_s > ? OR (occurred_s = ? AND (occurred_ns > ? OR (occurred_ns = ? AND id > ?))))""";

  private static final String COUNT = """
      SELECT COUNT(*) FROM crm_audit_entry WHERE tenant_id = ? AND (%s)""";

  private final UnitOfWork unit;
  private final FilterSql<AuditEntry> filters;

  JdbcAuditLog(UnitOfWork unit) {
    this.unit = unit;
    this.filters = FilterSql.over(unit.dialect(), COLUMNS);
  }

  @Override
  public void append(List<AuditEntry> entries) {
    List<AuditEntry> batch = List.copyOf(entries);
    unit.checkWritable("append audit entries");
    Set<List<UUID>> seen = new HashSet<>();
    for (AuditEntry entry : batch) {
      if (!seen.add(List.of(entry.tenantId().value(), entry.id().value()))) {
        throw new DuplicateRecordException(refOf(entry), "the entry id is taken");
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    Dialect dialect = unit.dialect();
    unit.sql("appending audit entries", connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT.formatted(dialect.jsonParameter()))) {
        for (int from = 0; from < batch.size(); from += BATCH_SIZE) {
          List<AuditEntry> chunk = batch.subList(from, Math.min(batch.size(), from + BATCH_SIZE));
          for (AuditEntry entry : chunk) {
            bindInsert(dialect, insert, entry);
            insert.addBatch();
          }
          try {
            insert.executeBatch();
          } catch (SQLException e) {
            if (SqlFailures.classify(dialect, e) == SqlFailures.Kind.UNIQUE_VIOLATION) {
              throw new DuplicateRecordException(refOf(chunk.get(failedIndex(e, chunk.size()))), "the entry id is taken");
            }
            throw e;
          }
        }
      }
      return null;
    });
  }

  @Override
  public Page<AuditEntry> query(TenantId tenant, Filter<AuditEntry> filter, int limit, Optional<Cursor> after) {
    Objects.requireNonNull(tenant, "tenant");
    Query<AuditEntry> query = new Query<>(filter, LOG_ORDER, limit, after);
    Optional<SortPosition> position = query.after().map(cursor -> cursor.position(LOG_ORDER));
    SqlFragment where = filters.where(filter);
    if (position.isPresent() && position.get().values().get(0).isEmpty()) {
      // Entries always have a time, and an empty one sorts last: nothing follows.
      return new Page<>(List.of(), Optional.empty());
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(tenant.value());
    parameters.addAll(where.parameters());
    String positionSql = "";
    if (position.isPresent()) {
      Instant at = (Instant) position.get().values().get(0).orElseThrow();
      positionSql = AFTER_POSITION;
      parameters.addAll(List.of(at.getEpochSecond(), at.getEpochSecond(), at.getNano(), at.getNano(), position.get().id()));
    }
    parameters.add(limit + 1);
    String sql = SELECT_IN_LOG_ORDER.formatted(COLUMN_LIST, where.sql(), positionSql, unit.dialect().limit());
    List<AuditEntry> rows = unit.sql("querying the audit log", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        Parameters.bind(unit.dialect(), select, 1, parameters);
        List<AuditEntry> found = new ArrayList<>(Math.min(limit + 1, 64));
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            found.add(entry(tenant, row));
          }
        }
        return found;
      }
    });
    if (rows.size() <= limit) {
      return new Page<>(rows, Optional.empty());
    }
    List<AuditEntry> items = rows.subList(0, limit);
    AuditEntry last = items.get(limit - 1);
    return new Page<>(items, Optional.of(Cursor.at(LOG_ORDER, LOG_ORDER.positionOf(last, e -> e.id().value()))));
  }

  @Override
  public long count(TenantId tenant, Filter<AuditEntry> filter) {
    Objects.requireNonNull(tenant, "tenant");
    SqlFragment where = filters.where(Objects.requireNonNull(filter, "filter"));
    return unit.sql("counting audit entries", connection -> {
      try (PreparedStatement count = connection.prepareStatement(COUNT.formatted(where.sql()))) {
        unit.dialect().bindUuid(count, 1, tenant.value());
        Parameters.bind(unit.dialect(), count, 2, where.parameters());
        try (ResultSet row = count.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  @Override
  public Stream<AuditEntry> scan(TenantId tenant, Filter<AuditEntry> filter) {
    Objects.requireNonNull(tenant, "tenant");
    SqlFragment where = filters.where(Objects.requireNonNull(filter, "filter"));
    String sql = SELECT_IN_LOG_ORDER.formatted(COLUMN_LIST, where.sql(), "", "");
    PreparedStatement select = unit.sql("scanning the audit log", connection -> {
      PreparedStatement statement = connection.prepareStatement(sql);
      try {
        statement.setFetchSize(FETCH_SIZE);
        unit.dialect().bindUuid(statement, 1, tenant.value());
        Parameters.bind(unit.dialect(), statement, 2, where.parameters());
        return statement;
      } catch (SQLException e) {
        statement.close();
        throw e;
      }
    });
    return RowStream.of(unit, "scanning the audit log", select, row -> entry(tenant, row));
  }

  private static void bindInsert(Dialect dialect, PreparedStatement insert, AuditEntry entry) throws SQLException {
    dialect.bindUuid(insert, 1, entry.tenantId().value());
    dialect.bindUuid(insert, 2, entry.id().value());
    insert.setLong(3, entry.occurredAt().getEpochSecond());
    insert.setInt(4, entry.occurredAt().getNano());
    insert.setString(5, entry.actor().describe());
    insert.setString(6, entry.operation().name());
    insert.setString(7, entry.record().kind().name());
    dialect.bindUuid(insert, 8, entry.record().id());
    dialect.bindUuid(insert, 9, entry.correlationId().value());
    insert.setString(10, FieldChangesJson.write(entry.changes()));
  }

  /** The entry in the current row of a {@link #COLUMN_LIST} query. */
  private AuditEntry entry(TenantId tenant, ResultSet row) throws SQLException {
    Dialect dialect = unit.dialect();
    return new AuditEntry(
        AuditEntryId.of(dialect.readUuid(row, 1)),
        tenant,
        actor(row.getString(4)),
        Instant.ofEpochSecond(row.getLong(2), row.getInt(3)),
        AuditOperation.valueOf(row.getString(5)),
        new RecordRef(RecordKind.valueOf(row.getString(6)), dialect.readUuid(row, 7)),
        FieldChangesJson.read(row.getString(9)),
        CorrelationId.of(dialect.readUuid(row, 8)));
  }

  /** The actor {@link Actor#describe} wrote. */
  private static Actor actor(String text) {
    if (text.equals("system")) {
      return Actor.system();
    }
    if (text.startsWith("user:")) {
      return Actor.user(UserId.of(UUID.fromString(text.substring("user:".length()))));
    }
    throw new IllegalStateException("stored actor is neither the system nor a user: " + text);
  }

  /**
   * The index of the row of a failed batch that the driver reports, or 0 when it does not say:
   * drivers that stop at the failing row report the counts of the rows before it.
   */
  static int failedIndex(SQLException failure, int size) {
    if (failure instanceof BatchUpdateException batch) {
      int[] counts = batch.getUpdateCounts();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == Statement.EXECUTE_FAILED) {
          return i;
        }
      }
      if (counts.length < size) {
        return counts.length;
      }
    }
    return 0;
  }

  private static RecordRef refOf(AuditEntry entry) {
    return new RecordRef(RecordKind.AUDIT_ENTRY, entry.id().value());
  }
}
