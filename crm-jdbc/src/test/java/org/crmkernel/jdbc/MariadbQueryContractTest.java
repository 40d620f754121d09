package org.crmkernel.jdbc;

import org.crmkernel.jdbc.internal.ContractStore;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.contract.QueryContract;

/** The QueryContract on MARIADB, for the record kinds the adapter stores so far. */
class MariadbQueryContractTest extends QueryContract {

  @Override
  protected CrmStore newStore() {
    return TestDatabases.MARIADB.migratedStore();
  }

  @Override
  protected boolean storesKind(RecordKind kind) {
    return ContractStore.RECORD_KINDS.contains(kind);
  }
}
