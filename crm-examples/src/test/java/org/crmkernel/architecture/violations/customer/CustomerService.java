package org.crmkernel.architecture.violations.customer;

import org.crmkernel.architecture.violations.customer.internal.CustomerRows;
import org.crmkernel.architecture.violations.internal.Kernel;
import org.crmkernel.architecture.violations.jdbc.JdbcStoreBuilder;
import org.crmkernel.architecture.violations.testkit.memory.InMemoryStore;

/** Violates twice: crm-core depends on crm-jdbc and crm-testkit. Its use of core internals is fine. */
public final class CustomerService {
  /** Touches everything. */
  public String wire() {
    return JdbcStoreBuilder.class.getName() + InMemoryStore.class.getName()
        + new CustomerRows().count() + Kernel.name();
  }
}
