package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.BulkUpdateContract;

/** The BulkUpdateContract on PostgreSQL. */
class PostgresqlBulkUpdateContractTest extends BulkUpdateContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

}
