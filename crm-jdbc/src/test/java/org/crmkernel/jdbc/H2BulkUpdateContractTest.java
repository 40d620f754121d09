package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.BulkUpdateContract;

/** The BulkUpdateContract on H2. */
class H2BulkUpdateContractTest extends BulkUpdateContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

}
