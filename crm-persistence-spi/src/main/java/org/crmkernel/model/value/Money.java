package org.crmkernel.model.value;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.crmkernel.model.error.CrmValidationException;

/**
 * An amount of money in an ISO 4217 currency. The amount keeps at least the currency's minor
 * unit digits ({@code 12.5 EUR} becomes {@code 12.50 EUR}) and at most {@value #MAX_SCALE}
 * decimals, so equal amounts are equal records.
 */
public record Money(BigDecimal amount, Currency currency) {

  /** The most decimals an amount may carry. */
  public static final int MAX_SCALE = 6;

  /** The largest absolute amount: 10^18, which fits every SQL database's DECIMAL(24,6). */
  public static final BigDecimal MAX_ABSOLUTE = BigDecimal.TEN.pow(18);

  /** Normalises the scale and checks the limits. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > MAX_SCALE) {
      throw CrmValidationException.of("amount", "too_precise", "has more than " + MAX_SCALE + " decimals");
    }
    if (stripped.abs().compareTo(MAX_ABSOLUTE) >= 0) {
      throw CrmValidationException.of("amount", "out_of_range", "must be smaller than 10^18 in magnitude");
    }
    amount = stripped.setScale(Math.max(stripped.scale(), Math.max(0, currency.getDefaultFractionDigits())));
  }

  /** Parses {@code amount} and an ISO 4217 code such as {@code EUR}. */
  public static Money of(String amount, String currencyCode) {
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw CrmValidationException.of("amount", "invalid_number", "'" + amount + "' is not a decimal number");
    }
    return new Money(value, currency(currencyCode));
  }

  /** {@code amount} in {@code currency}. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** The ISO 4217 currency for {@code code}, or a validation failure. */
  public static Currency currency(String code) {
    try {
      return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CrmValidationException.of("currency", "unknown_currency", "'" + code + "' is not an ISO 4217 currency code");
    }
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
