package org.crmkernel.jdbc.internal;

import javax.sql.DataSource;
import org.crmkernel.jdbc.SqlDialect;
import org.crmkernel.spi.AccessSettingsStore;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.Activities;
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
 * TEST SCOPE ONLY: a {@link CrmStore} for the audit log and outbox contracts, whose units of work
 * serve {@link #auditLog} and {@link #outbox} from the JDBC classes and refuse every other store,
 * which the JDBC adapter does not have yet. The real {@code JdbcCrmStore} comes when all stores
 * exist.
 */
public final class ContractStore implements CrmStore {

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

  /** The stores of one unit of work: the audit log and the outbox only. */
  private static final class Transaction implements StoreTransaction {
    private final UnitOfWork unit;
    private final JdbcAuditLog auditLog;
    private final JdbcOutbox outbox;

    Transaction(UnitOfWork unit) {
      this.unit = unit;
      this.auditLog = new JdbcAuditLog(unit);
      this.outbox = new JdbcOutbox(unit);
    }

    private static UnsupportedOperationException limit(String store) {
      return new UnsupportedOperationException("the audit log and outbox contract store serves only auditLog()"
          + " and outbox(); " + store + " is not in the JDBC adapter yet");
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
      throw limit("accounts()");
    }

    @Override
    public Contacts contacts() {
      throw limit("contacts()");
    }

    @Override
    public Leads leads() {
      throw limit("leads()");
    }

    @Override
    public Deals deals() {
      throw limit("deals()");
    }

    @Override
    public DealHistory dealHistory() {
      throw limit("dealHistory()");
    }

    @Override
    public Pipelines pipelines() {
      throw limit("pipelines()");
    }

    @Override
    public Activities activities() {
      throw limit("activities()");
    }

    @Override
    public LeadAssignmentRules leadAssignmentRules() {
      throw limit("leadAssignmentRules()");
    }

    @Override
    public BusinessUnits businessUnits() {
      throw limit("businessUnits()");
    }

    @Override
    public Users users() {
      throw limit("users()");
    }

    @Override
    public Teams teams() {
      throw limit("teams()");
    }

    @Override
    public FieldDefinitions fieldDefinitions() {
      throw limit("fieldDefinitions()");
    }

    @Override
    public SecurityRoles securityRoles() {
      throw limit("securityRoles()");
    }

    @Override
    public RecordShares recordShares() {
      throw limit("recordShares()");
    }

    @Override
    public FieldSecurityProfiles fieldSecurityProfiles() {
      throw limit("fieldSecurityProfiles()");
    }

    @Override
    public AccessSettingsStore accessSettings() {
      throw limit("accessSettings()");
    }

    @Override
    public AccessGraph accessGraph() {
      throw limit("accessGraph()");
    }
  }
}
