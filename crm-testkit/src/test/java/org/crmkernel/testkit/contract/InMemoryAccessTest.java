package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link AccessContract} against the in-memory store. */
class InMemoryAccessTest extends AccessContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
