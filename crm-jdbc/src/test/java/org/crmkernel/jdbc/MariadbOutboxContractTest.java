package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.OutboxContract;

/** The Outbox contract on MariaDB. */
class MariadbOutboxContractTest extends OutboxContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }
}
