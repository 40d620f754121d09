package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.QueryContract;

/** The QueryContract on PostgreSQL. */
class PostgresqlQueryContractTest extends QueryContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

}
