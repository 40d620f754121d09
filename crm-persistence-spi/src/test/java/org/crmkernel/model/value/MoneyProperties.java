package org.crmkernel.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyProperties {

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-999999999999999999.999999"), new BigDecimal("999999999999999999.999999"))
        .ofScale(6)
        .map(BigDecimal::stripTrailingZeros);
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("EUR", "USD", "JPY", "KWD", "CHF", "XXX").map(Currency::getInstance);
  }

  @Property(tries = 500)
  void trailingZerosDoNotMakeAmountsDifferent(@ForAll("amounts") BigDecimal amount,
      @ForAll("currencies") Currency currency, @ForAll @IntRange(max = 10) int extraZeros) {
    Money plain = new Money(amount, currency);
    Money padded = new Money(amount.setScale(amount.scale() + extraZeros), currency);

    assertThat(padded).isEqualTo(plain);
    assertThat(plain.amount().compareTo(amount)).isZero();
    assertThat(plain.amount().scale())
        .isBetween(Math.max(0, currency.getDefaultFractionDigits()), Money.MAX_SCALE);
    assertThat(plain.isNegative()).isEqualTo(amount.signum() < 0);
  }

  @ParameterizedTest
  @CsvSource({
      "12.5, EUR, 12.50 EUR",
      "12.500, EUR, 12.50 EUR",
      "12.123, EUR, 12.123 EUR",
      "1E+3, EUR, 1000.00 EUR",
      "1500, JPY, 1500 JPY",
      "1500.0, JPY, 1500 JPY",
      "0.5, JPY, 0.5 JPY",
      "1.5, KWD, 1.500 KWD",
      "0.000, usd, 0.00 USD",
      "-3.1, EUR, -3.10 EUR",
      "' 7 ', ' chf ', 7.00 CHF"})
  void normalisesTheScaleToTheCurrency(String amount, String currency, String shown) {
    assertThat(Money.of(amount, currency)).hasToString(shown);
  }

  @Test
  void negativeAmountsAreAllowedAndFlagged() {
    Money refund = Money.of("-12.5", "EUR");

    assertThat(refund.isNegative()).isTrue();
    assertThat(Money.of("0", "EUR").isNegative()).isFalse();
  }

  @Test
  void acceptsSixDecimalsAndRejectsSeven() {
    assertThat(Money.of("1.123456", "EUR").amount()).isEqualByComparingTo("1.123456");
    assertThat(Money.of("1.1234560", "EUR").amount()).isEqualByComparingTo("1.123456");
    assertThat(violations(() -> Money.of("1.1234567", "EUR"))).containsExactly("amount:too_precise");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000000000", "-1000000000000000000", "1E+18", "123456789012345678901"})
  void rejectsAmountsOf10ToThe18OrMore(String amount) {
    assertThat(violations(() -> Money.of(amount, "EUR"))).containsExactly("amount:out_of_range");
  }

  @Test
  void acceptsTheLargestAmountBelow10ToThe18() {
    assertThat(Money.of("-999999999999999999.999999", "EUR").amount())
        .isEqualByComparingTo("-999999999999999999.999999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,50", "abc", "", "1.2.3"})
  void rejectsTextThatIsNotANumber(String amount) {
    assertThat(violations(() -> Money.of(amount, "EUR"))).containsExactly("amount:invalid_number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EURO", "ZZZ", "", "€"})
  void rejectsUnknownCurrencies(String code) {
    assertThat(violations(() -> Money.currency(code))).containsExactly("currency:unknown_currency");
  }
}
