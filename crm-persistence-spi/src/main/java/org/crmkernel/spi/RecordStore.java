package org.crmkernel.spi;

import java.util.Optional;
import java.util.stream.Stream;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * The store of one kind of record, within one unit of work. Every call names the tenant (an
 * inserted or updated record carries its own); a record of another tenant is never returned,
 * changed or counted, even when its id is known.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
public interface RecordStore<I extends RecordId, R extends CrmRecord<I>> {

  /**
   * Stores a new record as given.
   *
   * @throws org.crmkernel.model.error.DuplicateRecordException if the tenant already has a
   *     record with this id (or, where the kind has one, this unique key)
   */
  R insert(R record);

  /** The record with {@code id} in {@code tenant}, if any. */
  Optional<R> find(TenantId tenant, I id);

  /** The record with {@code id} in {@code tenant}, or a {@link RecordNotFoundException}. */
  default R get(TenantId tenant, I id) {
    return find(tenant, id).orElseThrow(() -> new RecordNotFoundException(id.ref()));
  }

  /**
   * Replaces the stored record with {@code record} if the stored version is still {@code
   * expectedVersion}; {@code record.version()} must be {@code expectedVersion + 1}.
   *
   * @throws org.crmkernel.model.error.StaleVersionException if the stored version differs;
   *     nothing is written
   * @throws RecordNotFoundException if the tenant has no such record
   */
  R update(R record, long expectedVersion);

  /**
   * Removes the record if its stored version is still {@code expectedVersion}.
   *
   * @throws org.crmkernel.model.error.StaleVersionException if the stored version differs
   * @throws RecordNotFoundException if the tenant has no such record
   */
  void delete(TenantId tenant, I id, long expectedVersion);

  /**
   * One page of the tenant's records that match the query's filter, in its sort order,
   * starting after its cursor. {@code next} is present exactly when more rows follow.
   *
   * @throws org.crmkernel.model.error.CrmValidationException if the cursor is malformed or was
   *     made for another sort order
   */
  Page<R> query(TenantId tenant, Query<R> query);

  /** How many of the tenant's records match {@code filter}. */
  long count(TenantId tenant, Filter<R> filter);

  /**
   * Every record of the tenant that matches {@code filter}, in id order, streamed so that batch
   * work never holds a tenant in memory. The stream must be closed, and used only inside the
   * unit of work.
   */
  Stream<R> scan(TenantId tenant, Filter<R> filter);
}
