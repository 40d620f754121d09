package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link OutboxContract} against the in-memory store. */
class InMemoryOutboxTest extends OutboxContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
