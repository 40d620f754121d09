package org.crmkernel.spi;

import java.util.stream.Stream;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Visibility;

/**
 * The store of an owned kind: besides {@link RecordStore}'s calls, the same reads restricted to
 * what a principal may see. The restriction is applied inside the read, as part of the query
 * plan, so that a page never costs in proportion to the records the principal cannot see; its
 * meaning is {@link Visibility#admits} over the store's own {@link
 * StoreTransaction#accessGraph()}. With {@link Visibility#everything} each call answers exactly
 * as its unrestricted twin.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
public interface OwnedRecordStore<I extends RecordId, R extends OwnedRecord<I>> extends RecordStore<I, R> {

  /** {@link #query(TenantId, Query)} over the records {@code visibility} admits. */
  Page<R> query(TenantId tenant, Query<R> query, Visibility visibility);

  /** {@link #count(TenantId, Filter)} over the records {@code visibility} admits. */
  long count(TenantId tenant, Filter<R> filter, Visibility visibility);

  /** {@link #scan(TenantId, Filter)} over the records {@code visibility} admits. */
  Stream<R> scan(TenantId tenant, Filter<R> filter, Visibility visibility);
}
