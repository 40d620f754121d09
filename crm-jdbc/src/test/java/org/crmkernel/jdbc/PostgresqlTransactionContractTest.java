package org.crmkernel.jdbc;

import org.crmkernel.jdbc.internal.ContractStore;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.TransactionContract;

/** The TransactionContract on POSTGRESQL, for the record kinds the adapter stores so far. */
class PostgresqlTransactionContractTest extends TransactionContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

  @Override
  protected boolean storesKind(RecordKind kind) {
    return ContractStore.RECORD_KINDS.contains(kind);
  }
}
