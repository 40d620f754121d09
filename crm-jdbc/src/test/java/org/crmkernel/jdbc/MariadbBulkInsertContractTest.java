package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.BulkInsertContract;

/** The BulkInsertContract on MariaDB. */
class MariadbBulkInsertContractTest extends BulkInsertContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

}
