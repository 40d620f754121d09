package org.crmkernel.jdbc.internal;

import java.util.List;
import java.util.stream.Stream;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.BulkUpdate;
import org.crmkernel.spi.Activities;
import org.crmkernel.spi.Contacts;
import org.crmkernel.spi.Deals;
import org.crmkernel.spi.LeadAssignmentRules;
import org.crmkernel.spi.Leads;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.Pipelines;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Visibility;

/**
 * The JDBC stores of the customer and pipeline kinds, each a {@link JdbcRecordStore} over its
 * table of {@link RecordTables}. The owned kinds (accounts, contacts, leads, deals, activities)
 * answer their visibility reads with the restriction {@link VisibilitySql} writes, so a user
 * session's page is filtered inside the database.
 */
final class JdbcRecordStores {

  private JdbcRecordStores() {}

  /**
   * An owned kind's store: the record store's calls, batched updates, and its reads restricted to
   * a {@link Visibility}.
   */
  abstract static class OwnedStore<I extends RecordId, R extends OwnedRecord<I>> extends DelegatingStore<I, R>
      implements OwnedRecordStore<I, R>, BulkUpdate<I, R> {

    OwnedStore(JdbcRecordStore<I, R> records) {
      super(records);
    }

    @Override
    public void updateAll(List<R> batch) {
      records().updateAll(batch);
    }

    @Override
    public Page<R> query(TenantId tenant, Query<R> query, Visibility visibility) {
      return records().query(tenant, query, records().visibleTo(tenant, visibility));
    }

    @Override
    public long count(TenantId tenant, Filter<R> filter, Visibility visibility) {
      return records().count(tenant, filter, records().visibleTo(tenant, visibility));
    }

    @Override
    public Stream<R> scan(TenantId tenant, Filter<R> filter, Visibility visibility) {
      return records().scan(tenant, filter, records().visibleTo(tenant, visibility));
    }
  }

  /** Accounts. */
  static final class AccountStore extends OwnedStore<AccountId, Account> implements Accounts {
    AccountStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.ACCOUNTS));
    }
  }

  /** Contacts. */
  static final class ContactStore extends OwnedStore<ContactId, Contact> implements Contacts {
    ContactStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.CONTACTS));
    }
  }

  /** Leads. */
  static final class LeadStore extends OwnedStore<LeadId, Lead> implements Leads {
    LeadStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.LEADS));
    }
  }

  /** Deals. */
  static final class DealStore extends OwnedStore<DealId, Deal> implements Deals {
    DealStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.DEALS));
    }
  }

  /** Activities. */
  static final class ActivityStore extends OwnedStore<ActivityId, Activity> implements Activities {
    ActivityStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.ACTIVITIES));
    }
  }

  /** Sales pipelines. */
  static final class PipelineStore extends DelegatingStore<PipelineId, Pipeline> implements Pipelines {
    PipelineStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.PIPELINES));
    }
  }

  /** Lead assignment rules. */
  static final class AssignmentRuleStore extends DelegatingStore<AssignmentRuleId, LeadAssignmentRule>
      implements LeadAssignmentRules {
    AssignmentRuleStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.ASSIGNMENT_RULES));
    }
  }
}
