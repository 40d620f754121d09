package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.QueryContract;

/** The QueryContract on MariaDB. */
class MariadbQueryContractTest extends QueryContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

}
