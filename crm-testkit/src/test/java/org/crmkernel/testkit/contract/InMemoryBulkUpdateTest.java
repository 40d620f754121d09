package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link BulkUpdateContract} against the in-memory store. */
class InMemoryBulkUpdateTest extends BulkUpdateContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
