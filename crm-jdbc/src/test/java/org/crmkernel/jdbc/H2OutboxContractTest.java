package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.OutboxContract;

/** The Outbox contract on H2. */
class H2OutboxContractTest extends OutboxContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }
}
