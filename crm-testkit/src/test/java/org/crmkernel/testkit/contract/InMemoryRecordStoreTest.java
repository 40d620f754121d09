package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link RecordStoreContract} against the in-memory store. */
class InMemoryRecordStoreTest extends RecordStoreContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
