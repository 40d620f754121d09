package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/** The AccessStoresContract on H2. */
class H2AccessStoresContractTest extends JdbcAccessStoresContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }
}
