package org.crmkernel.jdbc;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.OutboxContract;

/** The Outbox contract on PostgreSQL. */
class PostgresqlOutboxContractTest extends OutboxContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }
}
