package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.DealHistoryContract;

/** The DealHistoryContract on PostgreSQL. */
class PostgresqlDealHistoryContractTest extends DealHistoryContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }
}
