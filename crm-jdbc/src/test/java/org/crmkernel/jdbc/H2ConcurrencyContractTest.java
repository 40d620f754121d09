package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.ConcurrencyContract;

/** The ConcurrencyContract on H2. */
class H2ConcurrencyContractTest extends ConcurrencyContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

}
