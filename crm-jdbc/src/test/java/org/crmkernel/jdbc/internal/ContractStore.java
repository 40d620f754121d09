package org.crmkernel.jdbc.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crmkernel.jdbc.SqlDialect;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.spi.OwnedRecordStore;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Visibility;
import org.crmkernel.spi.AccessSettingsStore;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.Activities;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.AuditLog;
import org.crmkernel.spi.BusinessUnits;
import org.crmkernel.spi.Contacts;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.DealHistory;
import org.crmkernel.spi.Deals;
import org.crmkernel.spi.FieldDefinitions;
import org.crmkernel.spi.FieldSecurityProfiles;
import org.crmkernel.spi.LeadAssignmentRules;
import org.crmkernel.spi.Leads;
import org.crmkernel.spi.Outbox;
import org.crmkernel.spi.Pipelines;
import org.crmkernel.spi.RecordShares;
import org.crmkernel.spi.SecurityRoles;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.StoreWork;
import org.crmkernel.spi.Teams;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.Users;
import org.crmkernel.spi.query.AccessGraph;

/**
 * TEST SCOPE ONLY: a {@link CrmStore} for the contracts of the stores the JDBC adapter has so
 * far, whose units of work serve the audit log, the outbox, accounts, contacts, leads, business
 * units, users, teams, field definitions, security roles, record shares, field security profiles,
 * access settings, deals, the deal history, pipelines, activities and lead assignment rules from
 * the JDBC classes, as well as the access graph and the owned stores' visibility reads, and
 * refuse every other store. The real {@code JdbcCrmStore} comes when all stores exist.
 */
public final class ContractStore implements CrmStore {

  /** The record kinds served. */
  public static final Set<RecordKind> RECORD_KINDS = Set.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD,
      // directory, field definitions and access stores
      RecordKind.BUSINESS_UNIT, RecordKind.USER, RecordKind.TEAM, RecordKind.FIELD_DEFINITION, RecordKind.SECURITY_ROLE,
      RecordKind.RECORD_SHARE, RecordKind.FIELD_SECURITY_PROFILE,
      // schema version 4:
      RecordKind.DEAL, RecordKind.ACTIVITY, RecordKind.PIPELINE, RecordKind.LEAD_ASSIGNMENT_RULE);

  private final JdbcTransactions transactions;

  private ContractStore(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  /** A store on {@code dataSource}, running each unit of work up to three times on conflicts. */
  public static ContractStore on(DataSource dataSource, SqlDialect dialect) {
    return new ContractStore(new JdbcTransactions(dataSource, Dialect.of(dialect), 3));
  }

  @Override
  public <T> T inTransaction(TransactionMode mode, StoreWork<T> work) {
    return transactions.run(mode, unit -> work.run(new Transaction(unit)));
  }

  /** The stores of one unit of work that the adapter has so far. */
  private static final class Transaction implements StoreTransaction {
    private final UnitOfWork unit;
    private final JdbcAuditLog auditLog;
    private final JdbcOutbox outbox;
    private final AccountStore accounts;
    private final ContactStore contacts;
    private final LeadStore leads;
    // directory, field definitions and access stores
    private final JdbcDirectoryStores.BusinessUnitStore businessUnits;
    private final JdbcDirectoryStores.UserStore users;
    private final JdbcDirectoryStores.TeamStore teams;
    private final JdbcDirectoryStores.FieldDefinitionStore fieldDefinitions;
    private final JdbcDirectoryStores.SecurityRoleStore securityRoles;
    private final JdbcDirectoryStores.RecordShareStore recordShares;
    private final JdbcDirectoryStores.FieldSecurityProfileStore fieldSecurityProfiles;
    private final JdbcAccessSettings accessSettings;
    private final JdbcAccessGraph accessGraph;
    // schema version 4:
    private final DealStore deals;
    private final JdbcDealHistory dealHistory;
    private final PipelineStore pipelines;
    private final ActivityStore activities;
    private final AssignmentRuleStore assignmentRules;

    Transaction(UnitOfWork unit) {
      this.unit = unit;
      this.auditLog = new JdbcAuditLog(unit);
      this.outbox = new JdbcOutbox(unit);
      this.accounts = new AccountStore(new JdbcRecordStore<>(unit, RecordTables.ACCOUNTS));
      this.contacts = new ContactStore(new JdbcRecordStore<>(unit, RecordTables.CONTACTS));
      this.leads = new LeadStore(new JdbcRecordStore<>(unit, RecordTables.LEADS));
      // directory, field definitions and access stores
      this.businessUnits = new JdbcDirectoryStores.BusinessUnitStore(unit);
      this.users = new JdbcDirectoryStores.UserStore(unit);
      this.teams = new JdbcDirectoryStores.TeamStore(unit);
      this.fieldDefinitions = new JdbcDirectoryStores.FieldDefinitionStore(unit);
      this.securityRoles = new JdbcDirectoryStores.SecurityRoleStore(unit);
      this.recordShares = new JdbcDirectoryStores.RecordShareStore(unit);
      this.fieldSecurityProfiles = new JdbcDirectoryStores.FieldSecurityProfileStore(unit);
      this.accessSettings = new JdbcAccessSettings(unit);
      this.accessGraph = new JdbcAccessGraph(unit, recordShares);
      // schema version 4:
      this.deals = new DealStore(new JdbcRecordStore<>(unit, RecordTables.DEALS));
      this.dealHistory = new JdbcDealHistory(unit);
      this.pipelines = new PipelineStore(new JdbcRecordStore<>(unit, RecordTables.PIPELINES));
      this.activities = new ActivityStore(new JdbcRecordStore<>(unit, RecordTables.ACTIVITIES));
      this.assignmentRules = new AssignmentRuleStore(new JdbcRecordStore<>(unit, RecordTables.ASSIGNMENT_RULES));
    }

    @Override
    public TransactionMode mode() {
      return unit.mode();
    }

    @Override
    public AuditLog auditLog() {
      return auditLog;
    }

    @Override
    public Outbox outbox() {
      return outbox;
    }

    @Override
    public void setRollbackOnly() {
      unit.setRollbackOnly();
    }

    @Override
    public Accounts accounts() {
      return accounts;
    }

    @Override
    public Contacts contacts() {
      return contacts;
    }

    @Override
    public Leads leads() {
      return leads;
    }

    @Override
    public Deals deals() {
      return deals;
    }

    @Override
    public DealHistory dealHistory() {
      return dealHistory;
    }

    @Override
    public Pipelines pipelines() {
      return pipelines;
    }

    @Override
    public Activities activities() {
      return activities;
    }

    @Override
    public LeadAssignmentRules leadAssignmentRules() {
      return assignmentRules;
    }

    @Override
    public BusinessUnits businessUnits() {
      return businessUnits;
    }

    @Override
    public Users users() {
      return users;
    }

    @Override
    public Teams teams() {
      return teams;
    }

    @Override
    public FieldDefinitions fieldDefinitions() {
      return fieldDefinitions;
    }

    @Override
    public SecurityRoles securityRoles() {
      return securityRoles;
    }

    @Override
    public RecordShares recordShares() {
      return recordShares;
    }

    @Override
    public FieldSecurityProfiles fieldSecurityProfiles() {
      return fieldSecurityProfiles;
    }

    @Override
    public AccessSettingsStore accessSettings() {
      return accessSettings;
    }

    @Override
    public AccessGraph accessGraph() {
      return accessGraph;
    }
  }

  /**
   * An owned kind's store: every {@link org.crmkernel.spi.RecordStore} and {@link BulkInsert} call from the JDBC store,
   * the visibility reads restricted in SQL by {@link VisibilitySql}.
   */
  private abstract static class OwnedStore<I extends RecordId, R extends OwnedRecord<I>>
      implements OwnedRecordStore<I, R>, BulkInsert<I, R> {
    private final JdbcRecordStore<I, R> records;

    OwnedStore(JdbcRecordStore<I, R> records) {
      this.records = records;
    }

    private JdbcRecordStore.Restriction restriction(TenantId tenant, Visibility visibility) {
      return records.visibleTo(tenant, visibility);
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

    @Override
    public Page<R> query(TenantId tenant, Query<R> query, Visibility visibility) {
      return records.query(tenant, query, restriction(tenant, visibility));
    }

    @Override
    public long count(TenantId tenant, Filter<R> filter, Visibility visibility) {
      return records.count(tenant, filter, restriction(tenant, visibility));
    }

    @Override
    public Stream<R> scan(TenantId tenant, Filter<R> filter, Visibility visibility) {
      return records.scan(tenant, filter, restriction(tenant, visibility));
    }
  }

  private static final class AccountStore extends OwnedStore<AccountId, Account> implements Accounts {
    AccountStore(JdbcRecordStore<AccountId, Account> records) {
      super(records);
    }
  }

  private static final class ContactStore extends OwnedStore<ContactId, Contact> implements Contacts {
    ContactStore(JdbcRecordStore<ContactId, Contact> records) {
      super(records);
    }
  }

  private static final class LeadStore extends OwnedStore<LeadId, Lead> implements Leads {
    LeadStore(JdbcRecordStore<LeadId, Lead> records) {
      super(records);
    }
  }

  // ------------------------------------------------ schema version 4

  private static final class DealStore extends OwnedStore<DealId, Deal> implements Deals {
    DealStore(JdbcRecordStore<DealId, Deal> records) {
      super(records);
    }
  }

  private static final class ActivityStore extends OwnedStore<ActivityId, Activity> implements Activities {
    ActivityStore(JdbcRecordStore<ActivityId, Activity> records) {
      super(records);
    }
  }

  private static final class PipelineStore extends PlainStore<PipelineId, Pipeline> implements Pipelines {
    PipelineStore(JdbcRecordStore<PipelineId, Pipeline> records) {
      super(records);
    }
  }

  private static final class AssignmentRuleStore extends PlainStore<AssignmentRuleId, LeadAssignmentRule>
      implements LeadAssignmentRules {
    AssignmentRuleStore(JdbcRecordStore<AssignmentRuleId, LeadAssignmentRule> records) {
      super(records);
    }
  }

  /**
   * A store of a kind without owners: the {@link org.crmkernel.spi.RecordStore} calls of the JDBC
   * store, and no {@link BulkInsert} (as in the in-memory store).
   */
  private abstract static class PlainStore<I extends RecordId, R extends CrmRecord<I>>
      implements org.crmkernel.spi.RecordStore<I, R> {
    private final JdbcRecordStore<I, R> records;

    PlainStore(JdbcRecordStore<I, R> records) {
      this.records = records;
    }

    @Override
    public R insert(R record) {
      return records.insert(record);
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
}
