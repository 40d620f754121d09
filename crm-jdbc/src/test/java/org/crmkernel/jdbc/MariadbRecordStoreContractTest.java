package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.RecordStoreContract;

/** The RecordStoreContract on MariaDB. */
class MariadbRecordStoreContractTest extends RecordStoreContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

}
