package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link QueryContract} against the in-memory store. */
class InMemoryQueryTest extends QueryContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
