package org.crmkernel.model.value;

import java.math.BigDecimal;
import java.util.Currency;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.jspecify.annotations.Nullable;

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

  /** Normalises the scale and checks the limits; a null part is a {@code required} violation. */
  public Money {
    Violations missing = new Violations();
    missing.check(amount != null, "amount", "required", "must be given");
    missing.check(currency != null, "currency", "required", "must be given");
    missing.throwIfAny();
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > MAX_SCALE) {
      throw CrmValidationException.of("amount", "too_precise", "has more than " + MAX_SCALE + " decimals");
    }
    if (stripped.abs().compareTo(MAX_ABSOLUTE) >= 0) {
      throw CrmValidationException.of("amount", "out_of_range", "must be smaller than 10^18 in magnitude");
    }
    amount = stripped.setScale(Math.max(stripped.scale(), Math.max(0, currency.getDefaultFractionDigits())));
  }

  /**
   * Parses {@code amount} and an ISO 4217 code such as {@code EUR}, listing what is wrong with
   * either (null is {@code required}).
   */
  public static Money of(@Nullable String amount, @Nullable String currencyCode) {
    Violations v = new Violations();
    BigDecimal value = v.attempt("", () -> number(amount));
    Currency currency = v.attempt("", () -> currency(currencyCode));
    v.throwIfAny();
    return new Money(value, currency);
  }

  /** {@code amount} in {@code currency}; a null part is a {@code required} violation. */
  public static Money of(@Nullable BigDecimal amount, @Nullable Currency currency) {
    return new Money(amount, currency);
  }

  /** The ISO 4217 currency for {@code code}, or a validation failure (null is {@code required}). */
  public static Currency currency(@Nullable String code) {
    if (code == null) {
      throw CrmValidationException.of("currency", "required", "must be given");
    }
    try {
      return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CrmValidationException.of("currency", "unknown_currency", "'" + code + "' is not an ISO 4217 currency code");
    }
  }

  private static BigDecimal number(@Nullable String amount) {
    if (amount == null) {
      throw CrmValidationException.of("amount", "required", "must be given");
    }
    try {
      return new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw CrmValidationException.of("amount", "invalid_number", "'" + amount + "' is not a decimal number");
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
