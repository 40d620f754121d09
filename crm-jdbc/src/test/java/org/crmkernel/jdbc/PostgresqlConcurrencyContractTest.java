package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.ConcurrencyContract;

/** The ConcurrencyContract on PostgreSQL. */
class PostgresqlConcurrencyContractTest extends ConcurrencyContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

}
