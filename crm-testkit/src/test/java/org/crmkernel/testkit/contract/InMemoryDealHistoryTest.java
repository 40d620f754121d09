package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link DealHistoryContract} against the in-memory store. */
class InMemoryDealHistoryTest extends DealHistoryContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
