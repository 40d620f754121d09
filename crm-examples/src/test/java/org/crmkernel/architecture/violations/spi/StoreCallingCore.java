package org.crmkernel.architecture.violations.spi;

import org.crmkernel.architecture.violations.pipeline.PipelineService;

/** Violates: the store SPI depends on crm-core. */
public interface StoreCallingCore {
  /** A service. */
  PipelineService service();
}
