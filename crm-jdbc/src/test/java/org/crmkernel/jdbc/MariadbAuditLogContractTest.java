package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.AuditLogContract;

/** The AuditLog contract on MariaDB. */
class MariadbAuditLogContractTest extends AuditLogContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }
}
