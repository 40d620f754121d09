package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/** The AccessStoresContract on POSTGRESQL. */
class PostgresqlAccessStoresContractTest extends JdbcAccessStoresContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }
}
