package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.AuditLogContract;

/** The AuditLog contract on PostgreSQL. */
class PostgresqlAuditLogContractTest extends AuditLogContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }
}
