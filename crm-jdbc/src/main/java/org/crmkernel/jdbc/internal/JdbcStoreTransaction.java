package org.crmkernel.jdbc.internal;

import org.crmkernel.spi.AccessSettingsStore;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.Activities;
import org.crmkernel.spi.AuditLog;
import org.crmkernel.spi.BusinessUnits;
import org.crmkernel.spi.Contacts;
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
import org.crmkernel.spi.Teams;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.Users;
import org.crmkernel.spi.query.AccessGraph;

/**
 * The stores of one unit of work, all on its connection: built when the work starts, valid
 * while it runs, on its thread.
 */
final class JdbcStoreTransaction implements StoreTransaction {
  private final UnitOfWork unit;
  private final JdbcAuditLog auditLog;
  private final JdbcOutbox outbox;
  private final JdbcRecordStores.AccountStore accounts;
  private final JdbcRecordStores.ContactStore contacts;
  private final JdbcRecordStores.LeadStore leads;
  private final JdbcDirectoryStores.BusinessUnitStore businessUnits;
  private final JdbcDirectoryStores.UserStore users;
  private final JdbcDirectoryStores.TeamStore teams;
  private final JdbcDirectoryStores.FieldDefinitionStore fieldDefinitions;
  private final JdbcDirectoryStores.SecurityRoleStore securityRoles;
  private final JdbcDirectoryStores.RecordShareStore recordShares;
  private final JdbcDirectoryStores.FieldSecurityProfileStore fieldSecurityProfiles;
  private final JdbcAccessSettings accessSettings;
  private final JdbcAccessGraph accessGraph;
  private final JdbcRecordStores.DealStore deals;
  private final JdbcDealHistory dealHistory;
  private final JdbcRecordStores.PipelineStore pipelines;
  private final JdbcRecordStores.ActivityStore activities;
  private final JdbcRecordStores.AssignmentRuleStore assignmentRules;

  JdbcStoreTransaction(UnitOfWork unit) {
    this.unit = unit;
    this.auditLog = new JdbcAuditLog(unit);
    this.outbox = new JdbcOutbox(unit);
    this.accounts = new JdbcRecordStores.AccountStore(unit);
    this.contacts = new JdbcRecordStores.ContactStore(unit);
    this.leads = new JdbcRecordStores.LeadStore(unit);
    this.businessUnits = new JdbcDirectoryStores.BusinessUnitStore(unit);
    this.users = new JdbcDirectoryStores.UserStore(unit);
    this.teams = new JdbcDirectoryStores.TeamStore(unit);
    this.fieldDefinitions = new JdbcDirectoryStores.FieldDefinitionStore(unit);
    this.securityRoles = new JdbcDirectoryStores.SecurityRoleStore(unit);
    this.recordShares = new JdbcDirectoryStores.RecordShareStore(unit);
    this.fieldSecurityProfiles = new JdbcDirectoryStores.FieldSecurityProfileStore(unit);
    this.accessSettings = new JdbcAccessSettings(unit);
    this.accessGraph = new JdbcAccessGraph(unit, recordShares);
    this.deals = new JdbcRecordStores.DealStore(unit);
    this.dealHistory = new JdbcDealHistory(unit);
    this.pipelines = new JdbcRecordStores.PipelineStore(unit);
    this.activities = new JdbcRecordStores.ActivityStore(unit);
    this.assignmentRules = new JdbcRecordStores.AssignmentRuleStore(unit);
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
