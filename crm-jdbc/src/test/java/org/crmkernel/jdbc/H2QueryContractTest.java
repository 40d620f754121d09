package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.QueryContract;

/** The QueryContract on H2. */
class H2QueryContractTest extends QueryContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

}
