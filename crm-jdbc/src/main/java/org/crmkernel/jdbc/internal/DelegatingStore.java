package org.crmkernel.jdbc.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * A kind's store that passes every {@link org.crmkernel.spi.RecordStore} and {@link BulkInsert}
 * call to its {@link JdbcRecordStore}, so that the SPI's store interface of the kind (with its
 * own look-ups) can be implemented by a subclass that adds only what the kind needs.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
abstract class DelegatingStore<I extends RecordId, R extends CrmRecord<I>> implements BulkInsert<I, R> {

  private final JdbcRecordStore<I, R> records;

  DelegatingStore(JdbcRecordStore<I, R> records) {
    this.records = records;
  }

  /** The JDBC store this one passes calls to. */
  final JdbcRecordStore<I, R> records() {
    return records;
  }

  /**
   * Fails as {@link #update} would before anything is written: a version that is not {@code
   * expectedVersion + 1}, a missing record, a stale version. For stores that check a unique key
   * before an update, so that those failures come first, as the in-memory reference has them.
   */
  final void checkUpdatable(R record, long expectedVersion) {
    Objects.requireNonNull(record, "record");
    if (record.version() != expectedVersion + 1) {
      throw new IllegalArgumentException("an update of version " + expectedVersion + " must store version "
          + (expectedVersion + 1) + ", not " + record.version());
    }
    R stored = records.find(record.tenantId(), record.id()).orElseThrow(() -> new RecordNotFoundException(record.ref()));
    if (stored.version() != expectedVersion) {
      throw new StaleVersionException(record.ref(), expectedVersion, stored.version());
    }
  }

  @Override
  public R insert(R record) {
    return records.insert(record);
  }

  @Override
  public void insertAll(List<R> batch) {
    records.insertAll(batch);
  }

  @Override
  public Optional<R> find(TenantId tenant, I id) {
    return records.find(tenant, id);
  }

  @Override
  public R update(R record, long expectedVersion) {
    return records.update(record, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, I id, long expectedVersion) {
    records.delete(tenant, id, expectedVersion);
  }

  @Override
  public Page<R> query(TenantId tenant, Query<R> query) {
    return records.query(tenant, query);
  }

  @Override
  public long count(TenantId tenant, Filter<R> filter) {
    return records.count(tenant, filter);
  }

  @Override
  public Stream<R> scan(TenantId tenant, Filter<R> filter) {
    return records.scan(tenant, filter);
  }
}
