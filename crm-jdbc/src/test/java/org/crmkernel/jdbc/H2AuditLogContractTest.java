package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.AuditLogContract;

/** The AuditLog contract on H2. */
class H2AuditLogContractTest extends AuditLogContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }
}
