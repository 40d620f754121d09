package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.TransactionContract;

/** The TransactionContract on MariaDB. */
class MariadbTransactionContractTest extends TransactionContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

}
