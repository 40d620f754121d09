package org.crmkernel.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * A host's exchange rates, used to convert amounts to a tenant's base currency for reports. The
 * kernel ships a fixed-table implementation; hosts plug in their treasury or a market feed.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ExchangeRates {

  /**
   * How many units of {@code to} one unit of {@code from} was worth on {@code on}: the rate in
   * effect that day. Empty when no rate is known for that day. The kernel never asks for a
   * currency against itself.
   */
  Optional<BigDecimal> rate(Currency from, Currency to, LocalDate on);
}
