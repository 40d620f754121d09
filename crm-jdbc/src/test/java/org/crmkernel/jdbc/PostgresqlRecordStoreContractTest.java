package org.crmkernel.jdbc;

import org.crmkernel.jdbc.internal.ContractStore;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.RecordStoreContract;

/** The RecordStoreContract on POSTGRESQL, for the record kinds the adapter stores so far. */
class PostgresqlRecordStoreContractTest extends RecordStoreContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.POSTGRESQL.migratedStore();
  }

  @Override
  protected boolean storesKind(RecordKind kind) {
    return ContractStore.RECORD_KINDS.contains(kind);
  }
}
