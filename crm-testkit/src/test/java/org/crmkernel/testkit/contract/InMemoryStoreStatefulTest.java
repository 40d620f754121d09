package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link StoreStatefulContract} against the in-memory store. */
class InMemoryStoreStatefulTest extends StoreStatefulContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
