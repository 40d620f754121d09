package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/** The AccessStoresContract on MARIADB. */
class MariadbAccessStoresContractTest extends JdbcAccessStoresContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }
}
