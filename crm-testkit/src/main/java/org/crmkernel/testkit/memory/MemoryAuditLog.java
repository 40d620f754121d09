package org.crmkernel.testkit.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.AuditLog;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.SortPosition;
import org.crmkernel.testkit.memory.AuditTable.LogKey;
import org.crmkernel.testkit.memory.Changes.Change;
import org.jspecify.annotations.Nullable;

/**
 * The audit log as one unit of work sees it: its own appended entries merged in log order with
 * the committed ones. Cursors are those of {@code Sort.by(AuditFields.OCCURRED_AT)} with the
 * entry id as tie-breaker.
 */
final class MemoryAuditLog implements AuditLog {

  /** The log's order, as a sort: by time, then id. */
  static final Sort<AuditEntry> LOG_ORDER = Sort.by(AuditFields.OCCURRED_AT);

  private final MemoryTransaction tx;
  private final AuditTable table;

  MemoryAuditLog(MemoryTransaction tx, AuditTable table) {
    this.tx = tx;
    this.table = table;
  }

  @Override
  public void append(List<AuditEntry> entries) {
    List<AuditEntry> batch = List.copyOf(entries);
    tx.checkWritable();
    Changes<AuditEntry> changes = tx.changesFor(table);
    Set<Object> seen = batch.size() > 1 ? new HashSet<>() : Set.of();
    for (AuditEntry entry : batch) {
      boolean repeated = batch.size() > 1 && !seen.add(List.of(entry.tenantId(), entry.id()));
      if (repeated || Visible.row(table, changes, entry.tenantId(), entry.id().value()) != null) {
        throw new DuplicateRecordException(AuditTable.refOf(entry), "the entry id is taken");
      }
    }
    for (AuditEntry entry : batch) {
      TenantId tenant = entry.tenantId();
      UUID id = entry.id().value();
      Change<AuditEntry> own = changes.get(tenant, id);
      changes.put(tenant, id, entry, own, null);
    }
  }

  @Override
  public Page<AuditEntry> query(TenantId tenant, Filter<AuditEntry> filter, int limit, Optional<Cursor> after) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    Query<AuditEntry> query = new Query<>(filter, LOG_ORDER, limit, after);
    Pages.checkFields(RecordKind.AUDIT_ENTRY, filter);
    Optional<SortPosition> position = query.after().map(cursor -> cursor.position(LOG_ORDER));
    if (position.isPresent() && position.get().values().get(0).isEmpty()) {
      // Entries always have a time, and an empty one sorts last: nothing follows.
      return new Page<>(List.of(), Optional.empty());
    }
    LogKey start = position.map(p -> new LogKey((Instant) p.values().get(0).orElseThrow(), p.id())).orElse(null);
    return tx.store().consistently(() ->
        Pages.fromOrdered(inLogOrder(tenant, start), filter::test, LOG_ORDER, limit, table::idOf));
  }

  @Override
  public long count(TenantId tenant, Filter<AuditEntry> filter) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    Pages.checkFields(RecordKind.AUDIT_ENTRY, filter);
    Changes<AuditEntry> changes = tx.changesOf(table);
    return tx.store().consistently(() -> {
      long[] matches = {0};
      Visible.forEach(table, changes, tenant, entry -> {
        if (filter.test(entry)) {
          matches[0]++;
        }
      });
      return matches[0];
    });
  }

  @Override
  public Stream<AuditEntry> scan(TenantId tenant, Filter<AuditEntry> filter) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    Pages.checkFields(RecordKind.AUDIT_ENTRY, filter);
    return MemoryRecordStore.stream(tx, inLogOrder(tenant, null), filter::test);
  }

  /** The visible entries of the tenant in log order, after {@code after} when given. */
  private Iterator<AuditEntry> inLogOrder(TenantId tenant, @Nullable LogKey after) {
    Iterator<AuditEntry> committed = table.logOf(tenant, after).values().iterator();
    Changes<AuditEntry> changes = tx.changesOf(table);
    NavigableMap<UUID, Change<AuditEntry>> own = changes == null ? null : changes.of(tenant);
    if (own == null || own.isEmpty()) {
      return committed;
    }
    // Appended entries never replace committed ones, so the two only need merging.
    List<AuditEntry> appended = new ArrayList<>(own.size());
    for (Change<AuditEntry> change : own.values()) {
      AuditEntry entry = change.value();
      if (entry != null && (after == null || LogKey.ORDER.compare(LogKey.of(entry), after) > 0)) {
        appended.add(entry);
      }
    }
    appended.sort((a, b) -> LogKey.ORDER.compare(LogKey.of(a), LogKey.of(b)));
    return Visible.merge(committed, appended.iterator(), (a, b) -> LogKey.ORDER.compare(LogKey.of(a), LogKey.of(b)));
  }
}
