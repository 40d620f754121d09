package org.crmkernel.model.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValueTypeProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(8);
    Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
        .map(Character::toString)
        .list().ofMaxSize(6).map(parts -> String.join("", parts));
    Arbitrary<String> samples = Arbitraries.of("a", "A", "z", "\uFFFF", "\uFF5E", "😀", "🎉", "中", "文", "𠀀",
            "é", "e\u0301", "\uD800", "\uDC00", "", "|", "\n")
        .list().ofMaxSize(5).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(anyChars, codePoints, samples);
  }

  @Property(tries = 2_000)
  void textOrderIsTheOrderOfCodePoints(@ForAll("texts") String a, @ForAll("texts") String b) {
    int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));

    assertThat(Integer.signum(ValueType.TEXT.compare(a, b))).isEqualTo(expected);
  }

  @Test
  void textOrderDiffersFromStringCompareToBeyondTheBasicPlane() {
    String lastOfBasicPlane = "\uFFFF";
    String firstSupplementary = new String(Character.toChars(0x10000));

    assertThat(ValueType.TEXT.compare(lastOfBasicPlane, firstSupplementary)).isNegative();
    assertThat(lastOfBasicPlane.compareTo(firstSupplementary)).isPositive();
  }

  @Test
  void decimalsCompareByValueNotScale() {
    assertThat(ValueType.DECIMAL.compare(new BigDecimal("1.0"), new BigDecimal("1.00"))).isZero();
    assertThat(ValueType.DECIMAL.compare(new BigDecimal("-0.5"), new BigDecimal("0.25"))).isNegative();
  }

  @Test
  void uuidsCompareUnsigned() {
    UUID signBitSet = new UUID(Long.MIN_VALUE, 0);

    assertThat(ValueType.UUID.compare(signBitSet, new UUID(1, 0))).isPositive();
  }

  @ParameterizedTest
  @EnumSource(ValueType.class)
  void ofFindsEachTypeByItsJavaType(ValueType type) {
    assertThat(ValueType.of(type.javaType())).isSameAs(type);
  }

  @Test
  void ofRefusesOtherJavaTypes() {
    assertThatIllegalArgumentException().isThrownBy(() -> ValueType.of(Integer.class));
    assertThatIllegalArgumentException().isThrownBy(() -> ValueType.of(Object.class));
  }

  @Test
  void acceptsOnlyItsJavaType() {
    assertThat(ValueType.INTEGER.accepts(1L)).isTrue();
    assertThat(ValueType.INTEGER.accepts(1)).isFalse();
    assertThat(ValueType.TEXT.accepts("x")).isTrue();
    assertThat(ValueType.DECIMAL.accepts(1.0d)).isFalse();
  }
}
