package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.StoreStatefulContract;

/** The StoreStatefulContract on H2. */
class H2StoreStatefulContractTest extends StoreStatefulContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

}
