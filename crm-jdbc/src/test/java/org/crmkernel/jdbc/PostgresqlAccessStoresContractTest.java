package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/** The AccessStoresContract on PostgreSQL. */
class PostgresqlAccessStoresContractTest extends JdbcAccessStoresContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }
}
