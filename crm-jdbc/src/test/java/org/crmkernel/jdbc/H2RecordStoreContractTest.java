package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.RecordStoreContract;

/** The RecordStoreContract on H2. */
class H2RecordStoreContractTest extends RecordStoreContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

}
