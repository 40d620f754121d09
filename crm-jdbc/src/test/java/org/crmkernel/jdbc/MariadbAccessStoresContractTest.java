package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/** The AccessStoresContract on MariaDB. */
class MariadbAccessStoresContractTest extends JdbcAccessStoresContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }
}
