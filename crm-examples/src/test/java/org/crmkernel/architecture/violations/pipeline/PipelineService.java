package org.crmkernel.architecture.violations.pipeline;

/** A crm-core service that depends on nothing. */
public final class PipelineService {
  /** A stage count. */
  public int stages() {
    return 3;
  }
}
