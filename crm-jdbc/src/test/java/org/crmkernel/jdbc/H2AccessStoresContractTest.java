package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/** The AccessStoresContract on H2, without the access graph's tests (see {@link JdbcAccessStoresContract}). */
class H2AccessStoresContractTest extends JdbcAccessStoresContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }
}
