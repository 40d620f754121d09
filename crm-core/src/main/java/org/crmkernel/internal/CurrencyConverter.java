package org.crmkernel.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.crmkernel.model.value.Money;
import org.crmkernel.spi.ExchangeRates;

/** Conversion of amounts through the host's exchange rates, shared by the services that sum money. */
public final class CurrencyConverter {

  private final ExchangeRates rates;

  /** A converter over {@code rates}. */
  public CurrencyConverter(ExchangeRates rates) {
    this.rates = rates;
  }

  /** {@code amount} in {@code target} at the rate of {@code on}; empty when no rate is known. */
  public Optional<Money> convert(Money amount, Currency target, LocalDate on) {
    if (amount.currency().equals(target)) {
      return Optional.of(amount);
    }
    Optional<BigDecimal> rate = rates.rate(amount.currency(), target, on);
    if (rate.isEmpty() || rate.get().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal converted = amount.amount().multiply(rate.get()).setScale(Money.MAX_SCALE, RoundingMode.HALF_EVEN);
    return Optional.of(new Money(converted, target));
  }
}
