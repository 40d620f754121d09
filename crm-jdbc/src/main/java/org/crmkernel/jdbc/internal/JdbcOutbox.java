package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.Outbox;

/**
 * The outbox in table {@code crm_outbox_message}, as one unit of work sees it. A claim selects
 * the oldest due messages of every tenant with {@code FOR UPDATE SKIP LOCKED}, so relays side by
 * side each lock different rows and never wait on each other, and moves their next attempt to
 * the lease's end in the same transaction; once it commits, the lease hides them from every
 * claim until it ends. The {@code pending} column is true exactly while a message is not
 * delivered.
 */
final class JdbcOutbox implements Outbox {

  private static final int BATCH_SIZE = 500;

  private static final String INSERT = """
      INSERT INTO crm_outbox_message
        (tenant_id, event_id, type, payload, occurred_s, occurred_ns, attempts, next_attempt_s, next_attempt_ns,
         delivered_s, delivered_ns, last_error, pending)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String COLUMN_LIST = """
      tenant_id, event_id, type, payload, occurred_s, occurred_ns, attempts, next_attempt_s, next_attempt_ns,
      delivered_s, delivered_ns, last_error""";

  /** Oldest first: by time, event id, tenant, as the in-memory queue. Columns, limit clause, claim suffix. */
  private static final String SELECT_DUE = """
      SELECT %s
      FROM crm_outbox_message
      WHERE pending AND (next_attempt_s < ? OR (next_attempt_s = ? AND next_attempt_ns <= ?))
      ORDER BY occurred_s, occurred_ns, event_id, tenant_id
      %s %s""";

  private static final String LEASE = """
      UPDATE crm_outbox_message SET next_attempt_s = ?, next_attempt_ns = ?
      WHERE tenant_id = ? AND event_id = ?""";

  private static final String MARK_DELIVERED = """
      UPDATE crm_outbox_message
      SET attempts = attempts + 1, delivered_s = ?, delivered_ns = ?, last_error = NULL, pending = FALSE
      WHERE tenant_id = ? AND event_id = ?""";

  private static final String MARK_FAILED = """
      UPDATE crm_outbox_message
      SET attempts = attempts + 1, next_attempt_s = ?, next_attempt_ns = ?, delivered_s = NULL, delivered_ns = NULL,
          last_error = ?, pending = TRUE
      WHERE tenant_id = ? AND event_id = ?""";

  private static final String FIND = """
      SELECT %s FROM crm_outbox_message WHERE tenant_id = ? AND event_id = ?""";

  private static final String COUNT_UNDELIVERED = """
      SELECT COUNT(*) FROM crm_outbox_message WHERE pending""";

  private static final String PURGE_DELIVERED = """
      DELETE FROM crm_outbox_message
      WHERE NOT pending AND (delivered_s < ? OR (delivered_s = ? AND delivered_ns < ?))""";

  private final UnitOfWork unit;

  JdbcOutbox(UnitOfWork unit) {
    this.unit = unit;
  }

  @Override
  public void append(List<OutboxMessage> messages) {
    List<OutboxMessage> batch = List.copyOf(messages);
    unit.checkWritable("append outbox messages");
    Set<List<UUID>> seen = new HashSet<>();
    for (OutboxMessage message : batch) {
      if (!seen.add(List.of(message.tenantId().value(), message.eventId().value()))) {
        throw new DuplicateRecordException(refOf(message.eventId()), "the event id is taken");
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    Dialect dialect = unit.dialect();
    unit.sql("appending outbox messages", connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (int from = 0; from < batch.size(); from += BATCH_SIZE) {
          List<OutboxMessage> chunk = batch.subList(from, Math.min(batch.size(), from + BATCH_SIZE));
          for (OutboxMessage message : chunk) {
            bindInsert(dialect, insert, message);
            insert.addBatch();
          }
          try {
            insert.executeBatch();
          } catch (SQLException e) {
            if (SqlFailures.classify(dialect, e) == SqlFailures.Kind.UNIQUE_VIOLATION) {
              OutboxMessage failed = chunk.get(JdbcAuditLog.failedIndex(e, chunk.size()));
              throw new DuplicateRecordException(refOf(failed.eventId()), "the event id is taken");
            }
            throw e;
          }
        }
      }
      return null;
    });
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    unit.checkWritable("claim outbox messages");
    if (limit == 0) {
      return List.of();
    }
    Dialect dialect = unit.dialect();
    return unit.sql("claiming due outbox messages", connection -> {
      List<OutboxMessage> claimed = new ArrayList<>(Math.min(limit, 256));
      String sql = SELECT_DUE.formatted(COLUMN_LIST, dialect.limit(), dialect.claimSuffix());
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        Parameters.bind(dialect, select, 1, List.of(now.getEpochSecond(), now.getEpochSecond(), now.getNano(), limit));
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            claimed.add(message(row));
          }
        }
      }
      if (claimed.isEmpty()) {
        return List.<OutboxMessage>of();
      }
      try (PreparedStatement lease = connection.prepareStatement(LEASE)) {
        for (OutboxMessage message : claimed) {
          lease.setLong(1, leaseUntil.getEpochSecond());
          lease.setInt(2, leaseUntil.getNano());
          dialect.bindUuid(lease, 3, message.tenantId().value());
          dialect.bindUuid(lease, 4, message.eventId().value());
          lease.addBatch();
        }
        lease.executeBatch();
      }
      return List.copyOf(claimed);
    });
  }

  @Override
  public void markDelivered(TenantId tenant, EventId eventId, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(at, "at");
    unit.checkWritable("mark an outbox message delivered");
    change("marking an outbox message delivered", MARK_DELIVERED, tenant, eventId,
        List.of(at.getEpochSecond(), at.getNano()));
  }

  @Override
  public void markFailed(TenantId tenant, EventId eventId, String error, Instant retryAt) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(retryAt, "retryAt");
    unit.checkWritable("mark an outbox message failed");
    change("marking an outbox message failed", MARK_FAILED, tenant, eventId,
        List.of(retryAt.getEpochSecond(), retryAt.getNano(), error));
  }

  @Override
  public Optional<OutboxMessage> find(TenantId tenant, EventId eventId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(eventId, "eventId");
    Dialect dialect = unit.dialect();
    return unit.sql("finding an outbox message", connection -> {
      try (PreparedStatement select = connection.prepareStatement(FIND.formatted(COLUMN_LIST))) {
        dialect.bindUuid(select, 1, tenant.value());
        dialect.bindUuid(select, 2, eventId.value());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(message(row)) : Optional.<OutboxMessage>empty();
        }
      }
    });
  }

  @Override
  public long countUndelivered() {
    return unit.sql("counting undelivered outbox messages", connection -> {
      try (PreparedStatement count = connection.prepareStatement(COUNT_UNDELIVERED);
          ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  @Override
  public int purgeDelivered(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    unit.checkWritable("purge delivered outbox messages");
    return unit.sql("purging delivered outbox messages", connection -> {
      try (PreparedStatement purge = connection.prepareStatement(PURGE_DELIVERED)) {
        Parameters.bind(unit.dialect(), purge, 1, List.of(cutoff.getEpochSecond(), cutoff.getEpochSecond(), cutoff.getNano()));
        return purge.executeUpdate();
      }
    });
  }

  /** Runs an update of one message: {@code values} first, then tenant and event id; fails if no row matched. */
  private void change(String what, String sql, TenantId tenant, EventId eventId, List<Object> values) {
    Dialect dialect = unit.dialect();
    int changed = unit.sql(what, connection -> {
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        int next = Parameters.bind(dialect, update, 1, values);
        dialect.bindUuid(update, next, tenant.value());
        dialect.bindUuid(update, next + 1, eventId.value());
        return update.executeUpdate();
      }
    });
    if (changed == 0) {
      // Also for another tenant's message, so that its existence does not show.
      throw new RecordNotFoundException(refOf(eventId));
    }
  }

  private static void bindInsert(Dialect dialect, PreparedStatement insert, OutboxMessage message) throws SQLException {
    dialect.bindUuid(insert, 1, message.tenantId().value());
    dialect.bindUuid(insert, 2, message.eventId().value());
    insert.setString(3, message.type());
    insert.setString(4, message.payload());
    insert.setLong(5, message.occurredAt().getEpochSecond());
    insert.setInt(6, message.occurredAt().getNano());
    insert.setInt(7, message.attempts());
    insert.setLong(8, message.nextAttemptAt().getEpochSecond());
    insert.setInt(9, message.nextAttemptAt().getNano());
    if (message.deliveredAt().isPresent()) {
      insert.setLong(10, message.deliveredAt().get().getEpochSecond());
      insert.setInt(11, message.deliveredAt().get().getNano());
    } else {
      insert.setNull(10, Types.BIGINT);
      insert.setNull(11, Types.INTEGER);
    }
    if (message.lastError().isPresent()) {
      insert.setString(12, message.lastError().get());
    } else {
      insert.setNull(12, Types.VARCHAR);
    }
    insert.setBoolean(13, !message.isDelivered());
  }

  /** The message in the current row of a {@link #COLUMN_LIST} query. */
  private OutboxMessage message(ResultSet row) throws SQLException {
    Dialect dialect = unit.dialect();
    long deliveredSeconds = row.getLong(10);
    Optional<Instant> delivered = row.wasNull() ? Optional.empty()
        : Optional.of(Instant.ofEpochSecond(deliveredSeconds, row.getInt(11)));
    return new OutboxMessage(
        EventId.of(dialect.readUuid(row, 2)),
        TenantId.of(dialect.readUuid(row, 1)),
        row.getString(3),
        row.getString(4),
        Instant.ofEpochSecond(row.getLong(5), row.getInt(6)),
        row.getInt(7),
        Instant.ofEpochSecond(row.getLong(8), row.getInt(9)),
        delivered,
        Optional.ofNullable(row.getString(12)));
  }

  private static RecordRef refOf(EventId eventId) {
    return new RecordRef(RecordKind.OUTBOX_MESSAGE, eventId.value());
  }
}
