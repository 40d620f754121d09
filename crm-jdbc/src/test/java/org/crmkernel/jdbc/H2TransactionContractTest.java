package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.TransactionContract;

/** The TransactionContract on H2. */
class H2TransactionContractTest extends TransactionContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

}
