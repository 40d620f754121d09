package org.crmkernel.architecture.violations.spi;

import org.crmkernel.architecture.violations.model.record.Quote;

/** Innocent: the store SPI uses the model. */
public interface CleanStore {
  /** A quote. */
  Quote quote();
}
