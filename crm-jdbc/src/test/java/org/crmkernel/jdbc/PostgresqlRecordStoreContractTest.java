package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.RecordStoreContract;

/** The RecordStoreContract on PostgreSQL. */
class PostgresqlRecordStoreContractTest extends RecordStoreContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

}
