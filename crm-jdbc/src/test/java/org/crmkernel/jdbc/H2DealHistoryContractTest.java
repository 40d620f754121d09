package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.DealHistoryContract;

/** The DealHistoryContract on H2. */
class H2DealHistoryContractTest extends DealHistoryContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }
}
