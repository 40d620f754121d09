package org.crmkernel.architecture.violations.spi;

import java.sql.Connection;

/** Violates: the store SPI uses {@code java.sql}. */
public interface StoreUsingJdbc {
  /** A connection. */
  Connection connection();
}
