package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.BulkUpdateContract;

/** The BulkUpdateContract on MariaDB. */
class MariadbBulkUpdateContractTest extends BulkUpdateContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

}
