package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.TransactionContract;

/** The TransactionContract on PostgreSQL. */
class PostgresqlTransactionContractTest extends TransactionContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

}
