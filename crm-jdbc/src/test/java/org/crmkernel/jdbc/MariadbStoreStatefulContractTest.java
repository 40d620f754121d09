package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.StoreStatefulContract;

/** The StoreStatefulContract on MariaDB. */
class MariadbStoreStatefulContractTest extends StoreStatefulContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

}
