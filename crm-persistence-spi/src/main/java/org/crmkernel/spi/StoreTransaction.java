package org.crmkernel.spi;

import org.crmkernel.spi.query.AccessGraph;

/**
 * The stores of one unit of work. They are valid only while the work runs and only on its
 * thread.
 */
public interface StoreTransaction {

  /** Whether this unit of work may write. */
  TransactionMode mode();

  /** Accounts. */
  Accounts accounts();

  /** Contacts. */
  Contacts contacts();

  /** Leads. */
  Leads leads();

  /** Deals (opportunities). */
  Deals deals();

  /** The append-only history of deals. */
  DealHistory dealHistory();

  /** Sales pipelines. */
  Pipelines pipelines();

  /** Activities. */
  Activities activities();

  /** Lead assignment rules. */
  LeadAssignmentRules leadAssignmentRules();

  /** Business units. */
  BusinessUnits businessUnits();

  /** Users. */
  Users users();

  /** Teams. */
  Teams teams();

  /** Custom field definitions. */
  FieldDefinitions fieldDefinitions();

  /** Security roles. */
  SecurityRoles securityRoles();

  /** Shares of owned records. */
  RecordShares recordShares();

  /** Field security profiles. */
  FieldSecurityProfiles fieldSecurityProfiles();

  /** Each tenant's access settings and the version access caches compare with. */
  AccessSettingsStore accessSettings();

  /**
   * The unit tree, manager chains and shares as this unit of work sees them, for access
   * decisions; the same answers the store uses for {@link org.crmkernel.spi.query.Visibility}.
   */
  AccessGraph accessGraph();

  /** The append-only audit log. */
  AuditLog auditLog();

  /** The outbox of events waiting for delivery. */
  Outbox outbox();

  /** Marks the unit of work to be rolled back when it returns, even normally. */
  void setRollbackOnly();
}
