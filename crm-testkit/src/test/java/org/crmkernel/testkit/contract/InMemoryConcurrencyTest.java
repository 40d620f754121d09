package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link ConcurrencyContract} against the in-memory store. */
class InMemoryConcurrencyTest extends ConcurrencyContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
