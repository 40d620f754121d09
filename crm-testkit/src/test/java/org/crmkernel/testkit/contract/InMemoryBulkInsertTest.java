package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link BulkInsertContract} against the in-memory store. */
class InMemoryBulkInsertTest extends BulkInsertContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
