package org.crmkernel.currency;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.crmkernel.model.value.Money;

/**
 * Converts amounts to the tenant's base currency with the kernel's {@link
 * org.crmkernel.spi.ExchangeRates}, as reports do.
 */
public interface CurrencyService {

  /** The tenant's base currency. */
  Currency baseCurrency();

  /**
   * {@code amount} in the base currency at the rate in effect on {@code on}, rounded half-even to
   * at most {@link Money#MAX_SCALE} decimals and at least the currency's minor unit; empty when
   * no rate is known for that day.
   */
  Optional<Money> toBaseCurrency(Money amount, LocalDate on);
}
