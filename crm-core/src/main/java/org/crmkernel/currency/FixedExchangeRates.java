package org.crmkernel.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.value.Money;
import org.crmkernel.spi.ExchangeRates;

/**
 * Exchange rates from a fixed table, as Salesforce's dated exchange rates: each rate takes effect
 * on a day and holds until the next rate of the same pair. A rate given one way answers the
 * other way too (as its inverse, to 16 significant digits) unless that way has its own rate.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class FixedExchangeRates implements ExchangeRates {

  private static final FixedExchangeRates NONE = new FixedExchangeRates(Map.of());
  private static final MathContext INVERSE = new MathContext(16);
  /** Rates lie in [10^-12, 10^12): at most this many digits before the point. */
  private static final int MAX_MAGNITUDE = 12;

  private final Map<List<Currency>, NavigableMap<LocalDate, BigDecimal>> rates;

  private FixedExchangeRates(Map<List<Currency>, NavigableMap<LocalDate, BigDecimal>> rates) {
    this.rates = rates;
  }

  /** A table without rates: only amounts already in the base currency convert. */
  public static FixedExchangeRates none() {
    return NONE;
  }

  /** Starts a table. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate on) {
    Arguments.present(from, "from");
    Arguments.present(to, "to");
    Arguments.present(on, "on");
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    Optional<BigDecimal> direct = lookup(from, to, on);
    if (direct.isPresent()) {
      return direct;
    }
    return lookup(to, from, on).map(r -> BigDecimal.ONE.divide(r, INVERSE));
  }

  private Optional<BigDecimal> lookup(Currency from, Currency to, LocalDate on) {
    NavigableMap<LocalDate, BigDecimal> byDay = rates.get(List.of(from, to));
    if (byDay == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, BigDecimal> effective = byDay.floorEntry(on);
    return effective == null ? Optional.empty() : Optional.of(effective.getValue());
  }

  /** Collects rates; each must be positive, and a pair has at most one rate per day. */
  public static final class Builder {
    private final Map<List<Currency>, TreeMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    private Builder() {}

    /**
     * One unit of {@code from} is worth {@code rate} units of {@code to} from {@code effectiveFrom}
     * until the pair's next rate.
     *
     * @throws CrmValidationException if a code is not ISO 4217, the rate is not a positive
     *     number from 10^-12 up to below 10^12, the currencies are the same, or the pair already has a
     *     rate that day
     */
    public Builder rate(String from, String to, String rate, LocalDate effectiveFrom) {
      Arguments.present(effectiveFrom, "effectiveFrom");
      Currency source = Money.currency(from);
      Currency target = Money.currency(to);
      BigDecimal value;
      try {
        value = new BigDecimal(Arguments.present(rate, "rate").strip());
      } catch (NumberFormatException e) {
        throw CrmValidationException.of("rate", "invalid_number", "'" + rate + "' is not a decimal number");
      }
      if (value.signum() <= 0) {
        throw CrmValidationException.of("rate", "not_positive", "a rate must be positive");
      }
      // Digits before the point (negative for small rates): converting with a rate of absurd
      // magnitude would build numbers of millions of digits.
      int magnitude = value.precision() - value.scale();
      if (magnitude > MAX_MAGNITUDE || magnitude <= -MAX_MAGNITUDE) {
        throw CrmValidationException.of("rate", "out_of_range",
            "a rate must be at least 10^-" + MAX_MAGNITUDE + " and below 10^" + MAX_MAGNITUDE);
      }
      if (source.equals(target)) {
        throw CrmValidationException.of("to", "same_currency", "a currency's rate against itself is always 1");
      }
      TreeMap<LocalDate, BigDecimal> byDay = rates.computeIfAbsent(List.of(source, target), k -> new TreeMap<>());
      if (byDay.putIfAbsent(effectiveFrom, value.stripTrailingZeros()) != null) {
        throw CrmValidationException.of("effectiveFrom", "duplicate",
            from + "/" + to + " already has a rate effective " + effectiveFrom);
      }
      return this;
    }

    /** The table. */
    public FixedExchangeRates build() {
      Map<List<Currency>, NavigableMap<LocalDate, BigDecimal>> copy = new HashMap<>();
      rates.forEach((pair, byDay) -> copy.put(pair, java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(byDay))));
      return new FixedExchangeRates(Map.copyOf(copy));
    }
  }
}
