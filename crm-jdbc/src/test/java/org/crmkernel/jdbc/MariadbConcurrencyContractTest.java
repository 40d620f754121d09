package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.ConcurrencyContract;

/** The ConcurrencyContract on MariaDB. */
class MariadbConcurrencyContractTest extends ConcurrencyContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

}
