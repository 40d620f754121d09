package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link TransactionContract} against the in-memory store. */
class InMemoryTransactionTest extends TransactionContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
