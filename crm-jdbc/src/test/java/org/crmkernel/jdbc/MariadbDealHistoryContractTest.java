package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.DealHistoryContract;

/** The DealHistoryContract on MariaDB. */
class MariadbDealHistoryContractTest extends DealHistoryContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }
}
