package org.crmkernel.model.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkernel.model.ModelFixtures.violations;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CustomFieldsProperties {

  private static final FieldValue ONE = new FieldValue.IntegerValue(1);
  private static final FieldValue TWO = new FieldValue.IntegerValue(2);

  @Provide
  Arbitrary<String> apiNames() {
    return Arbitraries.strings().withCharRange('a', 'e').withChars('_', '1').ofMinLength(1).ofMaxLength(4)
        .filter(name -> FieldDefinition.API_NAME.matcher(name).matches());
  }

  @Provide
  Arbitrary<Map<String, FieldValue>> valueMaps() {
    return Arbitraries.maps(apiNames(), Arbitraries.longs().map(n -> (FieldValue) new FieldValue.IntegerValue(n)))
        .ofMaxSize(8);
  }

  @Property(tries = 500)
  void keysAreSortedByName(@ForAll("valueMaps") Map<String, FieldValue> values) {
    CustomFields fields = CustomFields.of(values);

    assertThat(List.copyOf(fields.values().keySet())).isSorted().containsExactlyInAnyOrderElementsOf(values.keySet());
    assertThat(fields.isEmpty()).isEqualTo(values.isEmpty());
  }

  @Property(tries = 500)
  void withSetsOrRemovesOneFieldAndLeavesTheRest(@ForAll("valueMaps") Map<String, FieldValue> values,
      @ForAll("apiNames") String name, @ForAll boolean set) {
    CustomFields before = CustomFields.of(values);
    Optional<FieldValue> value = set ? Optional.of(TWO) : Optional.empty();

    CustomFields after = before.with(name, value);

    Map<String, FieldValue> expected = new HashMap<>(values);
    value.ifPresentOrElse(v -> expected.put(name, v), () -> expected.remove(name));
    assertThat(after.values()).isEqualTo(expected);
    assertThat(after.get(name)).isEqualTo(value);
    assertThat(before).isEqualTo(CustomFields.of(values));
  }

  @Test
  void copiesTheMapInAndHandsOutAnUnmodifiableOne() {
    TreeMap<String, FieldValue> values = new TreeMap<>(Map.of("b", ONE));
    CustomFields fields = new CustomFields(values);

    values.put("a", TWO);

    assertThat(fields.values()).containsOnlyKeys("b");
    assertThatThrownBy(() -> fields.values().put("c", ONE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fields.values().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesBadKeys() {
    assertThat(violations(() -> CustomFields.of(Map.of("Region", ONE)))).containsExactly("custom.Region:invalid_name");
    assertThat(violations(() -> CustomFields.none().with("1st", Optional.of(ONE))))
        .containsExactly("custom.1st:invalid_name");
  }

  @Test
  void noneIsEmpty() {
    assertThat(CustomFields.none().isEmpty()).isTrue();
    assertThat(CustomFields.of(Map.of())).isEqualTo(CustomFields.none());
    assertThat(CustomFields.none().get("region")).isEmpty();
  }

  @Test
  void keysAreSortedByNameWhateverTheCallersComparator() {
    TreeMap<String, FieldValue> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.put("alpha", ONE);
    reversed.put("beta", TWO);

    CustomFields fields = new CustomFields(reversed);

    assertThat(List.copyOf(fields.values().keySet())).containsExactly("alpha", "beta");
    assertThat(fields.values().comparator()).isNull();
  }

  @Test
  void multiPicklistChoicesAreSortedWhateverTheCallersComparator() {
    SortedSet<String> reversed = new TreeSet<>(Comparator.reverseOrder());
    reversed.add("blue");
    reversed.add("red");

    FieldValue.MultiPicklistValue value = new FieldValue.MultiPicklistValue(reversed);

    assertThat(value.display()).isEqualTo("blue;red");
    assertThat(value.scalars()).containsExactly("blue", "red");
  }

  @Test
  void multiPicklistChoicesAreCopiedSortedAndUnmodifiable() {
    SortedSet<String> choices = new TreeSet<>(List.of("red", "blue"));
    FieldValue.MultiPicklistValue value = new FieldValue.MultiPicklistValue(choices);

    choices.add("green");

    assertThat(value.choices()).containsExactly("blue", "red");
    assertThatThrownBy(() -> value.choices().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void decimalValuesDropTrailingZeros() {
    assertThat(new FieldValue.DecimalValue(new java.math.BigDecimal("1.50")))
        .isEqualTo(new FieldValue.DecimalValue(new java.math.BigDecimal("1.5")));
    assertThat(new FieldValue.DecimalValue(new java.math.BigDecimal("1E+3")).display()).isEqualTo("1000");
    assertThat(new FieldValue.DecimalValue(new java.math.BigDecimal("100")).value().scale()).isZero();
  }
}
