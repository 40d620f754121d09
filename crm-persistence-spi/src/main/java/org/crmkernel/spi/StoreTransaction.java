package org.crmkernel.spi;

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

  /** Business units. */
  BusinessUnits businessUnits();

  /** Users. */
  Users users();

  /** Teams. */
  Teams teams();

  /** Custom field definitions. */
  FieldDefinitions fieldDefinitions();

  /** The append-only audit log. */
  AuditLog auditLog();

  /** The outbox of events waiting for delivery. */
  Outbox outbox();

  /** Marks the unit of work to be rolled back when it returns, even normally. */
  void setRollbackOnly();
}
