package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;

/**
 * The AccessContract on MARIADB: access checks, the access graph and the owned stores' visibility
 * reads against the reference model, over random organisations (fewer tries, see {@link JdbcAccessContract}).
 */
class MariadbAccessContractTest extends JdbcAccessContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }
}
