package org.crmkernel.architecture.violations.testkit.memory;

import org.crmkernel.architecture.violations.customer.internal.CustomerRows;
import org.crmkernel.architecture.violations.pipeline.PipelineService;

/** Violates: crm-testkit depends on crm-core, and on a crm-core internal class at that. */
public final class InMemoryStore {
  /** Counts. */
  public int count() {
    return new PipelineService().stages() + new CustomerRows().count();
  }
}
