package org.crmkernel.spi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.junit.jupiter.api.Test;

class FilterProperties {

  @Provide
  Arbitrary<Row> rows() {
    Arbitrary<String> texts = Arbitraries.of("a", "ab", "b", "\uFFFF", "😀", "Ω", "abc");
    return Combinators.combine(
            texts.optional(0.8),
            texts.list().ofMaxSize(3),
            Arbitraries.longs().between(-3, 3).list().ofMaxSize(3),
            Arbitraries.of("1", "1.0", "1.00", "-2.5", "0").map(BigDecimal::new).optional(0.7))
        .as((name, tags, numbers, amount) ->
            new Row(new UUID(0, 1), name, tags, numbers, amount, Optional.empty()));
  }

  @Provide
  Arbitrary<Long> smallNumbers() {
    return Arbitraries.longs().between(-4, 4);
  }

  @Provide
  Arbitrary<List<Long>> smallNumberLists() {
    return smallNumbers().list().ofMaxSize(4);
  }

  @Property(tries = 1_000)
  void eqHoldsWhenAnyValueIsEqual(@ForAll("rows") Row row, @ForAll("smallNumbers") long n) {
    assertThat(Filter.eq(Row.NUMBERS, n).test(row)).isEqualTo(row.numbers().contains(n));
  }

  @Property(tries = 1_000)
  void inIsAnOrOfEqs(@ForAll("rows") Row row, @ForAll("smallNumberLists") List<Long> values) {
    @SuppressWarnings("unchecked")
    Filter<Row>[] eqs = values.stream().map(v -> Filter.eq(Row.NUMBERS, v)).toArray(Filter[]::new);

    assertThat(Filter.in(Row.NUMBERS, values).test(row)).isEqualTo(Filter.or(eqs).test(row));
  }

  @Property(tries = 1_000)
  void rangeHoldsWhenOneValueLiesWithinBothBounds(@ForAll("rows") Row row,
      @ForAll("smallNumbers") long low, @ForAll("smallNumbers") long high) {
    boolean expected = row.numbers().stream().anyMatch(x -> x >= low && x < high);

    assertThat(Filter.between(Row.NUMBERS, Optional.of(low), Optional.of(high)).test(row)).isEqualTo(expected);
    assertThat(Filter.atLeast(Row.NUMBERS, low).test(row)).isEqualTo(row.numbers().stream().anyMatch(x -> x >= low));
    assertThat(Filter.atMost(Row.NUMBERS, high).test(row)).isEqualTo(row.numbers().stream().anyMatch(x -> x <= high));
  }

  @Property(tries = 1_000)
  void textRangesFollowCodePointOrder(@ForAll("rows") Row row, @ForAll("texts") String low) {
    boolean expected = row.name().filter(n -> Arrays.compare(n.codePoints().toArray(), low.codePoints().toArray()) >= 0)
        .isPresent();

    assertThat(Filter.atLeast(Row.NAME, low).test(row)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "ab", "b", "\uFFFF", "😀", "Ω", "abc", "\uFFFF\uFFFF");
  }

  @Property(tries = 500)
  void prefixMatchesAnyValueStartingWithIt(@ForAll("rows") Row row, @ForAll("texts") String prefix) {
    assertThat(Filter.startsWith(Row.TAGS, prefix).test(row))
        .isEqualTo(row.tags().stream().anyMatch(t -> t.startsWith(prefix)));
  }

  @Property(tries = 500)
  void isEmptyHoldsExactlyWhenNoComparisonCan(@ForAll("rows") Row row, @ForAll("smallNumbers") long n) {
    boolean empty = Filter.isEmpty(Row.NUMBERS).test(row);

    assertThat(empty).isEqualTo(row.numbers().isEmpty());
    if (empty) {
      assertThat(Filter.eq(Row.NUMBERS, n).test(row)).isFalse();
      assertThat(Filter.atLeast(Row.NUMBERS, n).test(row)).isFalse();
      assertThat(Filter.not(Filter.eq(Row.NUMBERS, n)).test(row)).isTrue();
    }
  }

  @Property(tries = 500)
  void decimalsMatchByValue(@ForAll("rows") Row row) {
    boolean isOne = row.amount().filter(a -> a.compareTo(BigDecimal.ONE) == 0).isPresent();

    assertThat(Filter.eq(Row.AMOUNT, new BigDecimal("1.000")).test(row)).isEqualTo(isOne);
  }

  @Test
  void notOverAMultiValuedFieldIsPlainNegation() {
    Filter<Row> notRetail = Filter.not(Filter.eq(Row.TAGS, "retail"));

    // "Some tag is not retail" would hold for the second row; plain negation of "some tag is retail" does not.
    assertThat(notRetail.test(Row.withTags())).isTrue();
    assertThat(notRetail.test(Row.withTags("retail", "b2b"))).isFalse();
    assertThat(notRetail.test(Row.withTags("b2b"))).isTrue();
  }

  @Test
  void aRangeOverAMultiValuedFieldNeedsOneValueWithinBothBounds() {
    Row row = Row.withNumbers(1L, 10L);

    assertThat(Filter.between(Row.NUMBERS, Optional.of(3L), Optional.of(6L)).test(row)).isFalse();
    assertThat(Filter.and(Filter.atLeast(Row.NUMBERS, 3L), Filter.atMost(Row.NUMBERS, 6L)).test(row)).isTrue();
  }

  @Test
  void emptyAndIsTrueAndEmptyOrIsFalse() {
    Row row = Row.named("x");

    assertThat(Filter.<Row>and().test(row)).isTrue();
    assertThat(Filter.<Row>or().test(row)).isFalse();
    assertThat(Filter.<Row>all().test(row)).isTrue();
  }

  @Test
  void refusesValuesOfTheWrongType() {
    FieldRef<Row, Object> untypedNumbers = untyped(Row.NUMBERS);
    FieldRef<Row, Object> untypedName = untyped(Row.NAME);

    assertThat(violations(() -> Filter.eq(untypedNumbers, 1))).containsExactly("filter.numbers:wrong_type");
    assertThat(violations(() -> Filter.eq(untypedName, 1L))).containsExactly("filter.name:wrong_type");
    assertThat(violations(() -> Filter.in(untypedNumbers, List.of(1L, "2", 3.0))))
        .containsExactly("filter.numbers:wrong_type", "filter.numbers:wrong_type");
    assertThat(violations(() -> Filter.atLeast(untypedName, 1.5))).containsExactly("filter.name:wrong_type");
    assertThat(violations(() -> Filter.eq(AccountFields.custom("region", ValueType.TEXT), 42L)))
        .containsExactly("filter.custom.region:wrong_type");
    assertThat(violations(() -> Filter.eq(AccountFields.custom("amount", ValueType.DECIMAL), 42.0)))
        .containsExactly("filter.custom.amount:wrong_type");
    assertThat(Filter.eq(AccountFields.custom("amount", ValueType.DECIMAL), BigDecimal.TEN))
        .isInstanceOf(Filter.Eq.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static FieldRef<Row, Object> untyped(FieldRef<Row, ?> field) {
    return (FieldRef) field;
  }

  @Test
  void refusesTextThatIsNotWellFormedUnicode() {
    assertThat(violations(() -> Filter.eq(Row.NAME, "a\uD800"))).containsExactly("filter.name:invalid_unicode");
    assertThat(violations(() -> Filter.in(Row.TAGS, List.of("ok", "\uDC00")))).containsExactly("filter.tags:invalid_unicode");
    assertThat(violations(() -> Filter.atLeast(Row.NAME, "\uD83D"))).containsExactly("filter.name:invalid_unicode");
    assertThat(violations(() -> Filter.startsWith(Row.NAME, "\uD83D"))).containsExactly("filter.name:invalid_unicode");
  }

  @Property
  void refusesEveryTextWithAnUnpairedSurrogate(@ForAll("textsWithALoneSurrogate") String text) {
    assertThat(violations(() -> Filter.eq(Row.NAME, text))).containsExactly("filter.name:invalid_unicode");
    assertThat(violations(() -> Filter.startsWith(Row.NAME, text))).containsExactly("filter.name:invalid_unicode");
  }

  @Provide
  Arbitrary<String> textsWithALoneSurrogate() {
    Arbitrary<String> around = Arbitraries.of("", "a", "😀", "Ω").list().ofMaxSize(3).map(l -> String.join("", l));
    Arbitrary<Character> lone = Arbitraries.chars().range('\uD800', '\uDFFF');
    return Combinators.combine(around, lone, around).as((a, c, b) -> a + c + b)
        // A high surrogate directly before a low one would pair up.
        .filter(t -> t.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
  }

  @Test
  void inTakesAtMost1000Values() {
    List<Long> thousand = LongStream.range(0, Filter.MAX_IN_VALUES).boxed().toList();
    List<Long> tooMany = LongStream.rangeClosed(0, Filter.MAX_IN_VALUES).boxed().toList();

    assertThat(Filter.in(Row.NUMBERS, thousand).test(Row.withNumbers(999L))).isTrue();
    assertThat(violations(() -> Filter.in(Row.NUMBERS, tooMany))).containsExactly("filter.numbers:too_many");
  }

  @Test
  void aRangeNeedsABoundAndANonBooleanField() {
    assertThat(violations(() -> Filter.between(Row.NUMBERS, Optional.empty(), Optional.empty())))
        .containsExactly("filter.numbers:invalid_range");
    assertThat(violations(() -> Filter.atLeast(Row.FLAG, false))).containsExactly("filter.flag:invalid_range");
    assertThat(violations(() -> Filter.atMost(Row.FLAG, true))).containsExactly("filter.flag:invalid_range");
    assertThat(violations(() -> Filter.between(Row.FLAG, Optional.empty(), Optional.empty())))
        .containsExactly("filter.flag:invalid_range", "filter.flag:invalid_range");
  }

  @Test
  void prefixesOnlyApplyToTextAndMustNotBeEmpty() {
    assertThat(violations(() -> new Filter.Prefix<>(Row.NUMBERS, "1"))).containsExactly("filter.numbers:invalid_prefix");
    assertThat(violations(() -> new Filter.Prefix<>(AccountFields.custom("score", ValueType.DECIMAL), "1")))
        .containsExactly("filter.custom.score:invalid_prefix");
    assertThat(violations(() -> Filter.startsWith(Row.NAME, ""))).containsExactly("filter.name:invalid_prefix");
    assertThat(violations(() -> new Filter.Prefix<>(Row.NUMBERS, "")))
        .containsExactly("filter.numbers:invalid_prefix", "filter.numbers:invalid_prefix");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void missingFieldsValuesAndOperandsAreRequired() {
    FieldRef<Row, String> noField = null;
    Filter<Row> noFilter = null;
    Filter<Row>[] noFilters = null;

    assertThat(violations(() -> Filter.eq(noField, "x"))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.in(noField, List.of("x")))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.atLeast(noField, "x"))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.startsWith(noField, "x"))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.isEmpty(noField))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.eq(Row.NAME, null))).containsExactly("filter.name:required");
    assertThat(violations(() -> Filter.in(Row.NAME, null))).containsExactly("filter.name:required");
    assertThat(violations(() -> Filter.in(Row.NAME, Arrays.asList("a", null)))).containsExactly("filter.name:required");
    assertThat(violations(() -> Filter.atLeast(Row.NAME, null))).containsExactly("filter.name:required");
    assertThat(violations(() -> Filter.atMost(Row.NAME, null))).containsExactly("filter.name:required");
    assertThat(violations(() -> Filter.between(Row.NAME, null, null)))
        .containsExactly("filter.name:required", "filter.name:required");
    assertThat(violations(() -> Filter.startsWith(Row.NAME, null))).containsExactly("filter.name:required");
    assertThat(violations(() -> Filter.not(noFilter))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.and(Filter.all(), noFilter))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.or(noFilter, Filter.all()))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.and(noFilters))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.or(noFilters))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.<Row>all().and(noFilter))).containsExactly("filter:required");
    assertThat(violations(() -> Filter.eq(Row.NAME, "x").and(noFilter))).containsExactly("filter:required");
    assertThat(violations(() -> new Filter.And<Row>(null))).containsExactly("filter:required");
  }

  @Property
  void eachBadInValueIsListed(@ForAll("smallNumbers") long good, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5) int bad) {
    List<Object> values = new java.util.ArrayList<>(List.of(good));
    for (int i = 0; i < bad; i++) {
      values.add(i % 2 == 0 ? "text" : null);
    }

    assertThat(violations(() -> Filter.in(untyped(Row.NUMBERS), values))).hasSize(bad)
        .allMatch(v -> v.startsWith("filter.numbers:"));
  }

  @Test
  void andWithAllSimplifies() {
    Filter<Row> named = Filter.eq(Row.NAME, "x");
    Filter<Row> tagged = Filter.eq(Row.TAGS, "y");

    assertThat(Filter.<Row>all().and(named)).isSameAs(named);
    assertThat(named.and(Filter.all())).isSameAs(named);
    assertThat(Filter.<Row>all().and(Filter.all())).isInstanceOf(Filter.All.class);
    assertThat(named.and(tagged)).isEqualTo(new Filter.And<>(List.of(named, tagged)));
  }

  @Test
  void fieldsCollectsNestedFieldsInOrder() {
    Filter<Row> filter = Filter.and(
        Filter.or(Filter.eq(Row.NAME, "x"), Filter.not(Filter.isEmpty(Row.TAGS))),
        Filter.all(),
        Filter.not(Filter.and(Filter.in(Row.NUMBERS, List.of(1L)), Filter.startsWith(Row.NAME, "a"))),
        Filter.atLeast(Row.AMOUNT, BigDecimal.ONE));

    assertThat(filter.fields()).containsExactly(Row.NAME, Row.TAGS, Row.NUMBERS, Row.NAME, Row.AMOUNT);
    assertThat(Filter.<Row>all().fields()).isEmpty();
  }

  @Test
  void filtersCopyTheirLists() {
    List<Long> values = new java.util.ArrayList<>(List.of(1L));
    Filter<Row> in = Filter.in(Row.NUMBERS, values);

    values.add(2L);

    assertThat(in.test(Row.withNumbers(2L))).isFalse();
  }
}
