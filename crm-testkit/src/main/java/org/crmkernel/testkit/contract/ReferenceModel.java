package org.crmkernel.testkit.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.CrmRecord;

/**
 * What a store should hold, as plain maps, with the record stores' contract as code: the same
 * results and the same typed failures for inserts, updates, deletes and finds. Queries are
 * answered from {@link #rows} with the reference semantics of filters and sorts.
 */
final class ReferenceModel {

  private final Map<StoredKind<?, ?>, Map<TenantId, TreeMap<UUID, CrmRecord<?>>>> rows = new HashMap<>();

  /** A deep copy, for the work of one unit of work. */
  ReferenceModel copy() {
    ReferenceModel copy = new ReferenceModel();
    rows.forEach((kind, tenants) -> {
      Map<TenantId, TreeMap<UUID, CrmRecord<?>>> copied = new HashMap<>();
      tenants.forEach((tenant, records) -> copied.put(tenant, new TreeMap<>(records)));
      copy.rows.put(kind, copied);
    });
    return copy;
  }

  /** The tenant's records of {@code kind}, by id in unsigned order; changes write through. */
  @SuppressWarnings("unchecked")
  <I extends RecordId, R extends CrmRecord<I>> TreeMap<UUID, R> rows(StoredKind<I, R> kind, TenantId tenant) {
    TreeMap<UUID, ?> records = rows.computeIfAbsent(kind, k -> new HashMap<>())
        .computeIfAbsent(tenant, t -> new TreeMap<>(Uuid7.UNSIGNED_ORDER));
    return (TreeMap<UUID, R>) records;
  }

  /** The tenant's records of {@code kind} in id order. */
  <I extends RecordId, R extends CrmRecord<I>> List<R> list(StoredKind<I, R> kind, TenantId tenant) {
    return List.copyOf(rows(kind, tenant).values());
  }

  /** Inserts, or throws as the contract says for a taken id or unique key. */
  <I extends RecordId, R extends CrmRecord<I>> R insert(StoredKind<I, R> kind, R record) {
    TreeMap<UUID, R> tenantRows = rows(kind, record.tenantId());
    if (tenantRows.containsKey(kind.uuid(record))) {
      throw new DuplicateRecordException(record.ref(), "id taken");
    }
    Optional<Object> key = kind.uniqueKey(record);
    if (key.isPresent() && tenantRows.values().stream().anyMatch(r -> kind.uniqueKey(r).equals(key))) {
      throw new DuplicateRecordException(record.ref(), "unique key " + key.get() + " taken");
    }
    tenantRows.put(kind.uuid(record), record);
    return record;
  }

  /** Updates, or throws as the contract says for an unknown id or a stale version. */
  <I extends RecordId, R extends CrmRecord<I>> R update(StoredKind<I, R> kind, R record, long expectedVersion) {
    TreeMap<UUID, R> tenantRows = rows(kind, record.tenantId());
    R stored = tenantRows.get(kind.uuid(record));
    if (stored == null) {
      throw new RecordNotFoundException(record.ref());
    }
    if (stored.version() != expectedVersion) {
      throw new StaleVersionException(record.ref(), expectedVersion, stored.version());
    }
    tenantRows.put(kind.uuid(record), record);
    return record;
  }

  /** Deletes, or throws as the contract says for an unknown id or a stale version. */
  <I extends RecordId, R extends CrmRecord<I>> void delete(StoredKind<I, R> kind, TenantId tenant, I id, long expectedVersion) {
    TreeMap<UUID, R> tenantRows = rows(kind, tenant);
    R stored = tenantRows.get(id.value());
    if (stored == null) {
      throw new RecordNotFoundException(id.ref());
    }
    if (stored.version() != expectedVersion) {
      throw new StaleVersionException(id.ref(), expectedVersion, stored.version());
    }
    tenantRows.remove(id.value());
  }

  /** The tenant's record with {@code id}, if any. */
  <I extends RecordId, R extends CrmRecord<I>> Optional<R> find(StoredKind<I, R> kind, TenantId tenant, I id) {
    return Optional.ofNullable(rows(kind, tenant).get(id.value()));
  }
}
