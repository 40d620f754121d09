package org.crmkernel.jdbc.internal;

import java.util.function.Function;
import org.crmkernel.spi.TransactionMode;

/** Where units of work get their connection and who ends their transactions. */
interface UnitsOfWork {

  /** Runs {@code work} in one unit of work of {@code mode}. */
  <T> T run(TransactionMode mode, Function<UnitOfWork, T> work);
}
