package org.crmkernel.testkit.memory;

import java.util.ArrayList;
import java.util.List;
import org.crmkernel.model.error.StoreFailureException;
import org.crmkernel.spi.AccessSettingsStore;
import org.crmkernel.spi.Activities;
import org.crmkernel.spi.DealHistory;
import org.crmkernel.spi.Deals;
import org.crmkernel.spi.LeadAssignmentRules;
import org.crmkernel.spi.Pipelines;
import org.crmkernel.spi.Accounts;
import org.crmkernel.spi.AuditLog;
import org.crmkernel.spi.BusinessUnits;
import org.crmkernel.spi.Contacts;
import org.crmkernel.spi.FieldDefinitions;
import org.crmkernel.spi.Leads;
import org.crmkernel.spi.FieldSecurityProfiles;
import org.crmkernel.spi.Outbox;
import org.crmkernel.spi.RecordShares;
import org.crmkernel.spi.SecurityRoles;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.Teams;
import org.crmkernel.spi.TransactionMode;
import org.crmkernel.spi.Users;
import org.crmkernel.spi.query.AccessGraph;
import org.jspecify.annotations.Nullable;

/**
 * One unit of work of an {@link InMemoryCrmStore}: its mode, its private write sets (created on
 * the first write to each table, so that reading costs nothing) and the outbox messages it has
 * claimed. Confined to the thread that runs the work; its stores refuse use after the work
 * returned or from another thread.
 */
final class MemoryTransaction implements StoreTransaction {

  private final InMemoryCrmStore store;
  private final TransactionMode mode;
  private final Thread owner;
  private boolean open = true;
  private boolean rollbackOnly;
  private @Nullable Changes<?> @Nullable [] changes;
  private @Nullable List<ClaimKey> claims;

  private @Nullable Accounts accounts;
  private @Nullable Contacts contacts;
  private @Nullable Leads leads;
  private @Nullable Deals deals;
  private @Nullable DealHistory dealHistory;
  private @Nullable Pipelines pipelines;
  private @Nullable Activities activities;
  private @Nullable LeadAssignmentRules leadAssignmentRules;
  private @Nullable BusinessUnits businessUnits;
  private @Nullable Users users;
  private @Nullable Teams teams;
  private @Nullable FieldDefinitions fieldDefinitions;
  private @Nullable SecurityRoles securityRoles;
  private @Nullable RecordShares recordShares;
  private @Nullable FieldSecurityProfiles fieldSecurityProfiles;
  private @Nullable AccessSettingsStore accessSettings;
  private @Nullable MemoryAccessGraph accessGraph;
  private @Nullable AuditLog auditLog;
  private @Nullable Outbox outbox;

  MemoryTransaction(InMemoryCrmStore store, TransactionMode mode) {
    this.store = store;
    this.mode = mode;
    this.owner = Thread.currentThread();
  }

  @Override
  public TransactionMode mode() {
    return mode;
  }

  @Override
  public Accounts accounts() {
    checkUsable();
    Accounts view = accounts;
    return view != null ? view : (accounts = new RecordStores.AccountStore(this, store.accounts, store.accountIndexes));
  }

  @Override
  public Contacts contacts() {
    checkUsable();
    Contacts view = contacts;
    return view != null ? view : (contacts = new RecordStores.ContactStore(this, store.contacts, store.contactIndexes));
  }

  @Override
  public Leads leads() {
    checkUsable();
    Leads view = leads;
    return view != null ? view : (leads = new RecordStores.LeadStore(this, store.leads, store.leadIndexes));
  }

  @Override
  public Deals deals() {
    checkUsable();
    Deals view = deals;
    return view != null ? view : (deals = new RecordStores.DealStore(this, store.deals, store.dealIndexes));
  }

  @Override
  public DealHistory dealHistory() {
    checkUsable();
    DealHistory view = dealHistory;
    return view != null ? view : (dealHistory = new MemoryDealHistory(this, store.dealChanges, store.changesByDeal));
  }

  @Override
  public Pipelines pipelines() {
    checkUsable();
    Pipelines view = pipelines;
    return view != null ? view : (pipelines = new RecordStores.PipelineStore(this, store.pipelines));
  }

  @Override
  public Activities activities() {
    checkUsable();
    Activities view = activities;
    return view != null ? view
        : (activities = new RecordStores.ActivityStore(this, store.activities, store.activityIndexes));
  }

  @Override
  public LeadAssignmentRules leadAssignmentRules() {
    checkUsable();
    LeadAssignmentRules view = leadAssignmentRules;
    return view != null ? view
        : (leadAssignmentRules = new RecordStores.AssignmentRuleStore(this, store.assignmentRules));
  }

  @Override
  public BusinessUnits businessUnits() {
    checkUsable();
    BusinessUnits view = businessUnits;
    return view != null ? view : (businessUnits = new RecordStores.BusinessUnitStore(this, store.businessUnits));
  }

  @Override
  public Users users() {
    checkUsable();
    Users view = users;
    return view != null ? view : (users = new RecordStores.UserStore(this, store.users));
  }

  @Override
  public Teams teams() {
    checkUsable();
    Teams view = teams;
    return view != null ? view : (teams = new RecordStores.TeamStore(this, store.teams));
  }

  @Override
  public FieldDefinitions fieldDefinitions() {
    checkUsable();
    FieldDefinitions view = fieldDefinitions;
    return view != null ? view : (fieldDefinitions = new RecordStores.FieldDefinitionStore(this, store.fieldDefinitions));
  }

  @Override
  public SecurityRoles securityRoles() {
    checkUsable();
    SecurityRoles view = securityRoles;
    return view != null ? view : (securityRoles = new RecordStores.SecurityRoleStore(this, store.securityRoles));
  }

  @Override
  public RecordShares recordShares() {
    checkUsable();
    RecordShares view = recordShares;
    return view != null ? view : (recordShares = new RecordStores.ShareStore(this, store.recordShares));
  }

  @Override
  public FieldSecurityProfiles fieldSecurityProfiles() {
    checkUsable();
    FieldSecurityProfiles view = fieldSecurityProfiles;
    return view != null ? view
        : (fieldSecurityProfiles = new RecordStores.FieldSecurityProfileStore(this, store.fieldSecurityProfiles));
  }

  @Override
  public AccessSettingsStore accessSettings() {
    checkUsable();
    AccessSettingsStore view = accessSettings;
    return view != null ? view : (accessSettings = new MemoryAccessSettings(this, store.accessSettings));
  }

  @Override
  public AccessGraph accessGraph() {
    checkUsable();
    return graph();
  }

  /** The access graph as this unit of work sees it. */
  MemoryAccessGraph graph() {
    MemoryAccessGraph view = accessGraph;
    return view != null ? view : (accessGraph = new MemoryAccessGraph(this));
  }

  @Override
  public AuditLog auditLog() {
    checkUsable();
    AuditLog view = auditLog;
    return view != null ? view : (auditLog = new MemoryAuditLog(this, store.audit));
  }

  @Override
  public Outbox outbox() {
    checkUsable();
    Outbox view = outbox;
    return view != null ? view : (outbox = new MemoryOutbox(this, store.outbox));
  }

  @Override
  public void setRollbackOnly() {
    checkUsable();
    rollbackOnly = true;
  }

  /** The store this unit of work belongs to. */
  InMemoryCrmStore store() {
    return store;
  }

  /** Whether {@link #setRollbackOnly} was called. */
  boolean isRollbackOnly() {
    return rollbackOnly;
  }

  /** Throws unless the work is still running and this is its thread. */
  void checkUsable() {
    if (!open) {
      throw new IllegalStateException("the unit of work has ended; its stores can no longer be used");
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException("a unit of work's stores are used only on the thread that runs it");
    }
  }

  /** Throws unless the work is running, on this thread, and may write. */
  void checkWritable() {
    checkUsable();
    if (mode == TransactionMode.READ_ONLY) {
      throw new StoreFailureException("read-only transaction: this unit of work may not write");
    }
  }

  /** This unit of work's changes to {@code table}, or null when it has made none. */
  @SuppressWarnings("unchecked")
  <V> @Nullable Changes<V> changesOf(Table<V> table) {
    Changes<?>[] all = changes;
    return all == null ? null : (Changes<V>) all[table.slot()];
  }

  /** This unit of work's changes to {@code table}, created when it makes the first. */
  @SuppressWarnings("unchecked")
  <V> Changes<V> changesFor(Table<V> table) {
    Changes<?>[] all = changes;
    if (all == null) {
      all = new Changes<?>[InMemoryCrmStore.TABLES];
      changes = all;
    }
    Changes<V> mine = (Changes<V>) all[table.slot()];
    if (mine == null) {
      mine = new Changes<>(table);
      all[table.slot()] = mine;
    }
    return mine;
  }

  /** Every table's changes, by slot (entries may be null), or null when nothing was written. */
  @Nullable Changes<?> @Nullable [] allChanges() {
    return changes;
  }

  /** Remembers an outbox message claimed by this unit of work, to release it when it ends. */
  void claimed(ClaimKey key) {
    List<ClaimKey> mine = claims;
    if (mine == null) {
      mine = new ArrayList<>();
      claims = mine;
    }
    mine.add(key);
  }

  /** Ends the unit of work: its stores become unusable and its claims are released. */
  void close() {
    open = false;
    List<ClaimKey> mine = claims;
    if (mine != null) {
      mine.forEach(key -> store.releaseClaim(key, this));
    }
  }
}
