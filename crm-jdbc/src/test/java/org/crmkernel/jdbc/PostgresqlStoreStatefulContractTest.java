package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.StoreStatefulContract;

/** The StoreStatefulContract on PostgreSQL. */
class PostgresqlStoreStatefulContractTest extends StoreStatefulContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

}
