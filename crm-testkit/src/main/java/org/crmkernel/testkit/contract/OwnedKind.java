package org.crmkernel.testkit.contract;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * A kind of owned record as the access contracts need it: its {@link StoredKind}, its store with
 * the visibility-restricted reads, and how to give a record another owner.
 *
 * @param stored the kind as the record-store contracts know it
 * @param kind the record kind
 * @param store the kind's owned store in a unit of work
 * @param withOwnership the record with another ownership
 * @param <I> the id type
 * @param <R> the record type
 */
record OwnedKind<I extends RecordId, R extends OwnedRecord<I>>(
    StoredKind<I, R> stored,
    RecordKind kind,
    Function<StoreTransaction, OwnedRecordStore<I, R>> store,
    BiFunction<R, Ownership, R> withOwnership) {

  static final OwnedKind<AccountId, Account> ACCOUNTS =
      new OwnedKind<>(StoredKinds.ACCOUNTS, RecordKind.ACCOUNT, StoreTransaction::accounts, Account::withOwnership);
  static final OwnedKind<ContactId, Contact> CONTACTS =
      new OwnedKind<>(StoredKinds.CONTACTS, RecordKind.CONTACT, StoreTransaction::contacts, Contact::withOwnership);
  static final OwnedKind<LeadId, Lead> LEADS =
      new OwnedKind<>(StoredKinds.LEADS, RecordKind.LEAD, StoreTransaction::leads, Lead::withOwnership);
  static final OwnedKind<DealId, Deal> DEALS =
      new OwnedKind<>(StoredKinds.DEALS, RecordKind.DEAL, StoreTransaction::deals, Deal::withOwnership);
  static final OwnedKind<ActivityId, Activity> ACTIVITIES = new OwnedKind<>(StoredKinds.ACTIVITIES, RecordKind.ACTIVITY,
      StoreTransaction::activities, Activity::withOwnership);

  /** Every owned kind. */
  static final List<OwnedKind<?, ?>> ALL = List.of(ACCOUNTS, CONTACTS, LEADS, DEALS, ACTIVITIES);

  /** The kind's store in {@code tx}. */
  OwnedRecordStore<I, R> in(StoreTransaction tx) {
    return store.apply(tx);
  }

  @Override
  public String toString() {
    return stored.name();
  }
}
