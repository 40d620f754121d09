package org.crmkernel.model.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalValueProperties {

  @ParameterizedTest
  @ValueSource(strings = {"1e10000000", "-1e10000000", "1e999999999", "1e2147483647", "1e25", "1234567890123456789012345"})
  void refusesHugeNumbersBeforeExpandingThem(String number) {
    assertThat(violations(() -> new FieldValue.DecimalValue(new BigDecimal(number)))).containsExactly(":out_of_range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-10000000", "1e-999999999", "1e-2147483647", "0.0000000000000000001", "1.0000000000000000001"})
  void refusesNumbersWithTooManyDecimals(String number) {
    assertThat(violations(() -> new FieldValue.DecimalValue(new BigDecimal(number)))).containsExactly(":too_precise");
  }

  @Test
  void listsBothLimitsWhenANumberBreaksBoth() {
    BigDecimal both = new BigDecimal("1" + "0".repeat(24) + "." + "0".repeat(18) + "1");

    assertThat(violations(() -> new FieldValue.DecimalValue(both))).containsExactly(":out_of_range", ":too_precise");
  }

  @Test
  void acceptsNumbersAtTheLimitsAndDropsTrailingZeros() {
    String integerDigits = "9".repeat(FieldValue.DecimalValue.MAX_INTEGER_DIGITS);
    String decimals = "9".repeat(FieldValue.DecimalValue.MAX_SCALE);

    assertThat(new FieldValue.DecimalValue(new BigDecimal(integerDigits + "." + decimals)).display())
        .isEqualTo(integerDigits + "." + decimals);
    assertThat(new FieldValue.DecimalValue(new BigDecimal("1e23")).display()).isEqualTo("1" + "0".repeat(23));
    assertThat(new FieldValue.DecimalValue(new BigDecimal("1e-18")).value()).isEqualByComparingTo("0.000000000000000001");
    assertThat(new FieldValue.DecimalValue(new BigDecimal("0e-100000")).value()).isEqualTo(BigDecimal.ZERO);
    assertThat(new FieldValue.DecimalValue(new BigDecimal("12.3400000000000000000000")).value())
        .isEqualTo(new BigDecimal("12.34"));
    assertThat(violations(() -> new FieldValue.DecimalValue(null))).containsExactly(":required");
  }

  @Property
  void acceptsEveryNumberWithinTheLimitsUnchangedInValue(@ForAll("withinLimits") BigDecimal number,
      @ForAll @IntRange(max = 30) int paddingZeros) {
    BigDecimal padded = number.setScale(number.scale() + paddingZeros);

    FieldValue.DecimalValue value = new FieldValue.DecimalValue(padded);

    assertThat(value.value()).isEqualByComparingTo(number);
    assertThat(value.value().scale()).isBetween(0, FieldValue.DecimalValue.MAX_SCALE);
    assertThat(value).isEqualTo(new FieldValue.DecimalValue(number));
  }

  @Property
  void refusesEveryNumberBeyondTheLimits(@ForAll("withinLimits") BigDecimal number,
      @ForAll @IntRange(min = 1, max = 1_000_000_000) int extraDigits) {
    BigDecimal nonZero = number.signum() == 0 ? BigDecimal.ONE : number;
    // Shifting by more than 24 + 18 digits moves the smallest non-zero number (1e-18) past the
    // integer limit, and the largest (just under 1e24) past the decimal limit.
    int shift = FieldValue.DecimalValue.MAX_INTEGER_DIGITS + FieldValue.DecimalValue.MAX_SCALE + extraDigits;
    BigDecimal huge = nonZero.scaleByPowerOfTen(shift);
    BigDecimal tiny = nonZero.scaleByPowerOfTen(-shift);

    assertThat(violations(() -> new FieldValue.DecimalValue(huge))).containsExactly(":out_of_range");
    assertThat(violations(() -> new FieldValue.DecimalValue(tiny))).containsExactly(":too_precise");
  }

  @Provide
  Arbitrary<BigDecimal> withinLimits() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
        .between(BigInteger.TEN.pow(24).negate().add(BigInteger.ONE), BigInteger.TEN.pow(24).subtract(BigInteger.ONE));
    Arbitrary<Integer> scale = Arbitraries.integers().between(0, FieldValue.DecimalValue.MAX_SCALE);
    // Up to 24 digits with up to 18 of them after the point: always within both limits.
    return net.jqwik.api.Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }
}
