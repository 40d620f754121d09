package org.crmkernel.testkit.memory;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.jspecify.annotations.Nullable;

/**
 * The committed audit log: entries by id, and per tenant a second index in log order (time,
 * then id) so that the log is paged and streamed in order without sorting it.
 */
final class AuditTable extends Table<AuditEntry> {

  /** Where an entry sits in the log. */
  record LogKey(Instant occurredAt, UUID id) {
    /** The log's order. */
    static final Comparator<LogKey> ORDER =
        Comparator.comparing(LogKey::occurredAt).thenComparing(LogKey::id, Uuid7.UNSIGNED_ORDER);

    static LogKey of(AuditEntry entry) {
      return new LogKey(entry.occurredAt(), entry.id().value());
    }
  }

  private final ConcurrentHashMap<TenantId, ConcurrentSkipListMap<LogKey, AuditEntry>> logs = new ConcurrentHashMap<>();

  AuditTable(int slot) {
    super(slot, false);
  }

  @Override
  UUID idOf(AuditEntry row) {
    return row.id().value();
  }

  @Override
  TenantId tenantOf(AuditEntry row) {
    return row.tenantId();
  }

  @Override
  RuntimeException takenMeanwhile(AuditEntry row) {
    return new DuplicateRecordException(refOf(row), "the entry id was taken by a concurrent unit of work");
  }

  @Override
  RuntimeException changedMeanwhile(AuditEntry read, @Nullable AuditEntry current) {
    // Entries are only ever appended, so no unit of work can have based a change on one.
    return new IllegalStateException("audit entry " + read.id() + " changed, but the log is append-only");
  }

  @Override
  void published(TenantId tenant, UUID id, @Nullable AuditEntry before, @Nullable AuditEntry after) {
    if (before != null) {
      ConcurrentSkipListMap<LogKey, AuditEntry> log = logs.get(tenant);
      if (log != null) {
        log.remove(LogKey.of(before));
      }
    }
    if (after != null) {
      logs.computeIfAbsent(tenant, t -> new ConcurrentSkipListMap<>(LogKey.ORDER)).put(LogKey.of(after), after);
    }
  }

  /** The tenant's committed entries in log order, after {@code after} when given: a live view. */
  NavigableMap<LogKey, AuditEntry> logOf(TenantId tenant, @Nullable LogKey after) {
    ConcurrentSkipListMap<LogKey, AuditEntry> log = logs.get(tenant);
    if (log == null) {
      return Collections.emptyNavigableMap();
    }
    return after == null ? log : log.tailMap(after, false);
  }

  /** A reference to an entry, for errors. */
  static RecordRef refOf(AuditEntry entry) {
    return new RecordRef(RecordKind.AUDIT_ENTRY, entry.id().value());
  }
}
