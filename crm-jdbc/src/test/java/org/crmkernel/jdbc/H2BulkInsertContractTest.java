package org.crmkernel.jdbc;

import org.crmkernel.jdbc.internal.ContractStore;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.BulkInsertContract;

/** The BulkInsertContract on H2, for the record kinds the adapter stores so far. */
class H2BulkInsertContractTest extends BulkInsertContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.H2.migratedStore();
  }

  @Override
  protected boolean storesKind(RecordKind kind) {
    return ContractStore.RECORD_KINDS.contains(kind);
  }
}
