package org.crmkernel.customer;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;

/**
 * What a session can do with one kind of customer record. Every write is one transaction with
 * its audit entries and events; bad input fails with a {@link
 * org.crmkernel.model.error.CrmValidationException} listing every problem, and nothing is
 * written.
 *
 * @param <I> the id type
 * @param <R> the record type
 * @param <D> the draft type callers fill in
 * @param <B> the draft's builder type
 */
public interface CustomerService<I extends RecordId, R extends OwnedRecord<I>, D, B> {

  /**
   * Creates a record from {@code draft}. Without an owner in the draft, a user session's user
   * owns it; a system session must name one.
   */
  R create(D draft);

  /**
   * Creates many records in one transaction (all or none), in batches where the store can; the
   * same checks, audit entries and events as {@link #create} for each.
   */
  List<R> createAll(List<D> drafts);

  /**
   * Applies {@code edit} to a draft of the record at {@code expectedVersion}, checks it and
   * stores it as the next version. Audits each changed field. A changed owner is an assignment.
   *
   * @throws org.crmkernel.model.error.StaleVersionException if the record changed since
   */
  R update(I id, long expectedVersion, UnaryOperator<B> edit);

  /** The record with {@code id}, if it exists in this tenant. */
  Optional<R> find(I id);

  /**
   * The record with {@code id}.
   *
   * @throws org.crmkernel.model.error.RecordNotFoundException if it does not exist in this
   *     tenant
   */
  R get(I id);

  /** One page of active records matching the query. */
  Page<R> list(Query<R> query);

  /** One page of records matching the query, archived ones included. */
  Page<R> listIncludingArchived(Query<R> query);

  /** How many active records match {@code filter}. */
  long count(Filter<R> filter);

  /** Archives the record: it drops out of lists but can be restored. */
  R archive(I id, long expectedVersion);

  /** Restores an archived record. */
  R restore(I id, long expectedVersion);

  /**
   * Deletes the record for good.
   *
   * @throws org.crmkernel.model.error.RecordInUseException if other records still refer to it
   */
  void delete(I id, long expectedVersion);

  /**
   * Makes {@code owner} (an active user, or an owner team) the owner; the owning business unit
   * becomes the owner's unit. Related records follow by the default cascade rules ({@link
   * AssignOptions#defaults()}).
   */
  default R assignOwner(I id, long expectedVersion, Owner owner) {
    return assignOwner(id, expectedVersion, owner, AssignOptions.defaults());
  }

  /**
   * Assigns the record to {@code owner}, cascading to related records by {@code options}' rules
   * and optionally sharing it back to the previous owner, all in one transaction. A user session
   * needs assign on the record and on every related record that follows.
   */
  R assignOwner(I id, long expectedVersion, Owner owner, AssignOptions options);
}
