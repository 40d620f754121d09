package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link AccessStoresContract} against the in-memory store. */
class InMemoryAccessStoresTest extends AccessStoresContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
