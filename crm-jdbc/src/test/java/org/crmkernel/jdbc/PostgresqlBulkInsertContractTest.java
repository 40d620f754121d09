package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.BulkInsertContract;

/** The BulkInsertContract on PostgreSQL. */
class PostgresqlBulkInsertContractTest extends BulkInsertContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

}
