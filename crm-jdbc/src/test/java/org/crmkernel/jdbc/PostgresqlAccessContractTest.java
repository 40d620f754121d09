package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/**
 * The AccessContract on POSTGRESQL: access checks, the access graph and the owned stores' visibility
 * reads against the reference model, over random organisations (fewer tries, see {@link JdbcAccessContract}).
 */
class PostgresqlAccessContractTest extends JdbcAccessContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }
}
