package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.BulkInsertContract;

/** The BulkInsertContract on H2. */
class H2BulkInsertContractTest extends BulkInsertContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

}
