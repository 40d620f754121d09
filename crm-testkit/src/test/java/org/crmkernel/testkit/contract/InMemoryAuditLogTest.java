package org.crmkernel.testkit.contract;

import org.crmkernel.spi.CrmStore;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/** Runs {@link AuditLogContract} against the in-memory store. */
class InMemoryAuditLogTest extends AuditLogContract {

  @Override
  protected CrmStore newStore() {
    return InMemoryCrmStore.create();
  }
}
