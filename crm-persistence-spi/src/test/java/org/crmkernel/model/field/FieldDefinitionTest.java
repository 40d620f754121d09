package org.crmkernel.model.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.REVISION;
import static org.crmkernel.model.ModelFixtures.TENANT;
import static org.crmkernel.model.ModelFixtures.pathsAndCodes;
import static org.crmkernel.model.ModelFixtures.uuid;
import static org.crmkernel.model.ModelFixtures.violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldDefinitionTest {

  /** One value of each case of {@link FieldValue}, valid for a field without limits. */
  private static final List<FieldValue> ONE_OF_EACH_CASE = List.of(
      new FieldValue.TextValue("text"),
      new FieldValue.IntegerValue(7),
      new FieldValue.DecimalValue(new BigDecimal("1.5")),
      new FieldValue.MoneyValue(Money.of("2.5", "EUR")),
      new FieldValue.DateValue(LocalDate.of(2024, 5, 1)),
      new FieldValue.DateTimeValue(Instant.parse("2024-05-01T10:15:30Z")),
      new FieldValue.BooleanValue(true),
      new FieldValue.PicklistValue("red"),
      new FieldValue.MultiPicklistValue(new TreeSet<>(Set.of("red", "blue"))),
      new FieldValue.EmailValue(Email.parse("ada@example.com")),
      new FieldValue.PhoneValue(PhoneNumber.ofE164("+4930123456")),
      new FieldValue.UrlValue("https://example.com/x"));

  /** The cases each type takes. */
  private static final Map<FieldType, Set<Class<?>>> FITS = Map.ofEntries(
      Map.entry(FieldType.TEXT, Set.of(FieldValue.TextValue.class)),
      Map.entry(FieldType.LONG_TEXT, Set.of(FieldValue.TextValue.class)),
      Map.entry(FieldType.INTEGER, Set.of(FieldValue.IntegerValue.class)),
      Map.entry(FieldType.DECIMAL, Set.of(FieldValue.DecimalValue.class)),
      Map.entry(FieldType.MONEY, Set.of(FieldValue.MoneyValue.class)),
      Map.entry(FieldType.DATE, Set.of(FieldValue.DateValue.class)),
      Map.entry(FieldType.DATE_TIME, Set.of(FieldValue.DateTimeValue.class)),
      Map.entry(FieldType.BOOLEAN, Set.of(FieldValue.BooleanValue.class)),
      Map.entry(FieldType.PICKLIST, Set.of(FieldValue.PicklistValue.class)),
      Map.entry(FieldType.MULTI_PICKLIST, Set.of(FieldValue.MultiPicklistValue.class)),
      Map.entry(FieldType.EMAIL, Set.of(FieldValue.EmailValue.class)),
      Map.entry(FieldType.PHONE, Set.of(FieldValue.PhoneValue.class)),
      Map.entry(FieldType.URL, Set.of(FieldValue.UrlValue.class)));

  private static FieldDefinition define(RecordKind kind, String apiName, String label, FieldType type,
      Optional<Integer> maxLength, Optional<BigDecimal> min, Optional<BigDecimal> max, List<String> choices) {
    return new FieldDefinition(FieldDefinitionId.of(uuid(30)), TENANT, kind, apiName, label, type, false, maxLength,
        min, max, choices, false, false, REVISION);
  }

  private static FieldDefinition field(FieldType type) {
    return define(RecordKind.ACCOUNT, "region", "Region", type, Optional.empty(), Optional.empty(), Optional.empty(),
        type.isPicklist() ? List.of("red", "blue", "green") : List.of());
  }

  private static FieldDefinition bounded(FieldType type, String min, String max) {
    return define(RecordKind.ACCOUNT, "score", "Score", type, Optional.empty(), Optional.of(new BigDecimal(min)),
        Optional.of(new BigDecimal(max)), List.of());
  }

  private static FieldDefinition withMaxLength(FieldType type, int maxLength) {
    return define(RecordKind.ACCOUNT, "note", "Note", type, Optional.of(maxLength), Optional.empty(),
        Optional.empty(), List.of());
  }

  private static FieldDefinition withFlags(boolean required, boolean retired) {
    return new FieldDefinition(FieldDefinitionId.of(uuid(31)), TENANT, RecordKind.LEAD, "segment", "Segment",
        FieldType.TEXT, required, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false, retired,
        REVISION);
  }

  private static List<String> check(FieldDefinition definition, FieldValue value) {
    return pathsAndCodes(definition.check(Optional.of(value)));
  }

  static Stream<Arguments> everyTypeWithEveryCase() {
    return Stream.of(FieldType.values())
        .flatMap(type -> ONE_OF_EACH_CASE.stream().map(value -> Arguments.of(type, value)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("everyTypeWithEveryCase")
  void acceptsExactlyTheCasesThatFitItsType(FieldType type, FieldValue value) {
    List<String> found = check(field(type), value);

    if (FITS.get(type).contains(value.getClass())) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).containsExactly("custom.region:wrong_type");
    }
  }

  @Test
  void everyTypeHasItsCasesListed() {
    assertThat(FITS).containsOnlyKeys(FieldType.values());
  }

  @Test
  void textMayNotExceedTheMaximumLengthInCodePoints() {
    FieldDefinition note = withMaxLength(FieldType.TEXT, 3);

    assertThat(check(note, new FieldValue.TextValue("😀😀😀"))).isEmpty();
    assertThat(check(note, new FieldValue.TextValue("😀😀😀😀"))).containsExactly("custom.note:too_long");
    assertThat(check(field(FieldType.TEXT), new FieldValue.TextValue("x".repeat(256))))
        .containsExactly("custom.region:too_long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jose\u0301", " padded", "padded "})
  void textMustBeTrimmedAndNfc(String text) {
    assertThat(check(field(FieldType.TEXT), new FieldValue.TextValue(text)))
        .containsExactly("custom.region:not_normalised");
  }

  @Test
  void textMustNotBeBlankOrHoldControls() {
    assertThat(check(field(FieldType.TEXT), new FieldValue.TextValue("  "))).containsExactly("custom.region:blank");
    assertThat(check(field(FieldType.TEXT), new FieldValue.TextValue("\u200B"))).containsExactly("custom.region:blank");
    assertThat(check(field(FieldType.TEXT), new FieldValue.TextValue("\u00A0\uFEFF\u2060")))
        .containsExactly("custom.region:blank");
    assertThat(check(field(FieldType.LONG_TEXT), new FieldValue.TextValue("\u200B\n\u200C")))
        .containsExactly("custom.region:blank");
    assertThat(check(field(FieldType.TEXT), new FieldValue.TextValue("a\nb")))
        .containsExactly("custom.region:control_character");
    assertThat(check(field(FieldType.LONG_TEXT), new FieldValue.TextValue("a\nb"))).isEmpty();
    assertThat(check(field(FieldType.LONG_TEXT), new FieldValue.TextValue("a\uD800")))
        .containsExactly("custom.region:invalid_unicode");
  }

  @Test
  void numbersMustLieWithinTheBounds() {
    FieldDefinition integer = bounded(FieldType.INTEGER, "0", "10");
    FieldDefinition decimal = bounded(FieldType.DECIMAL, "-1.5", "1.5");
    FieldDefinition money = bounded(FieldType.MONEY, "0", "100");

    assertThat(check(integer, new FieldValue.IntegerValue(0))).isEmpty();
    assertThat(check(integer, new FieldValue.IntegerValue(10))).isEmpty();
    assertThat(check(integer, new FieldValue.IntegerValue(-1))).containsExactly("custom.score:too_small");
    assertThat(check(integer, new FieldValue.IntegerValue(11))).containsExactly("custom.score:too_large");
    assertThat(check(decimal, new FieldValue.DecimalValue(new BigDecimal("1.50")))).isEmpty();
    assertThat(check(decimal, new FieldValue.DecimalValue(new BigDecimal("1.51"))))
        .containsExactly("custom.score:too_large");
    assertThat(check(money, new FieldValue.MoneyValue(Money.of("-0.01", "EUR"))))
        .containsExactly("custom.score:too_small");
  }

  @Test
  void picklistsTakeOnlyTheirChoices() {
    assertThat(check(field(FieldType.PICKLIST), new FieldValue.PicklistValue("purple")))
        .containsExactly("custom.region:unknown_choice");
    assertThat(check(field(FieldType.PICKLIST), new FieldValue.PicklistValue("Red")))
        .containsExactly("custom.region:unknown_choice");
    assertThat(check(field(FieldType.MULTI_PICKLIST),
        new FieldValue.MultiPicklistValue(new TreeSet<>(Set.of("red", "purple", "pink")))))
        .containsExactly("custom.region:unknown_choice", "custom.region:unknown_choice");
  }

  @Test
  void multiPicklistMustHoldAChoice() {
    assertThat(check(field(FieldType.MULTI_PICKLIST), new FieldValue.MultiPicklistValue(new TreeSet<>())))
        .containsExactly("custom.region:required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com", "example.com", "https://", "not a url", "mailto:ada@example.com"})
  void urlsMustBeAbsoluteHttp(String url) {
    assertThat(check(field(FieldType.URL), new FieldValue.UrlValue(url))).containsExactly("custom.region:invalid_url");
  }

  @Test
  void urlsFollowTheTextRules() {
    assertThat(check(field(FieldType.URL), new FieldValue.UrlValue("https://example.com/a\uD800")))
        .containsExactly("custom.region:invalid_unicode");
    assertThat(check(field(FieldType.URL), new FieldValue.UrlValue("https://example.com/\u0085")))
        .containsExactly("custom.region:control_character");
  }

  @Test
  void urlsMustBeNfcLikeText() {
    assertThat(check(field(FieldType.URL), new FieldValue.UrlValue("https://example.com/cafe\u0301")))
        .containsExactly("custom.region:not_normalised");
  }

  @Test
  void urlsMayNotExceedTheMaximumLength() {
    FieldDefinition link = withMaxLength(FieldType.URL, 20);

    assertThat(check(link, new FieldValue.UrlValue("https://example.com/"))).isEmpty();
    assertThat(check(link, new FieldValue.UrlValue("https://example.com/x"))).containsExactly("custom.note:too_long");
  }

  @Test
  void aRequiredFieldNeedsAValueUnlessRetired() {
    assertThat(pathsAndCodes(withFlags(true, false).check(Optional.empty()))).containsExactly("custom.segment:required");
    assertThat(withFlags(false, false).check(Optional.empty())).isEmpty();
    assertThat(withFlags(true, true).check(Optional.empty())).isEmpty();
  }

  @Test
  void aRetiredFieldTakesNoValue() {
    assertThat(check(withFlags(false, true), new FieldValue.TextValue("x"))).containsExactly("custom.segment:retired");
    assertThat(check(withFlags(false, true), new FieldValue.IntegerValue(1))).containsExactly("custom.segment:retired");
  }

  @Test
  void aPicklistNeedsValues() {
    assertThat(violations(() -> define(RecordKind.ACCOUNT, "color", "Color", FieldType.PICKLIST, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of()))).containsExactly("picklistValues:required");
  }

  @Test
  void picklistValuesMustBeDistinctCleanAndFreeOfSemicolons() {
    assertThat(violations(() -> define(RecordKind.ACCOUNT, "color", "Color", FieldType.MULTI_PICKLIST,
        Optional.empty(), Optional.empty(), Optional.empty(), List.of("red", "a;b", " blue", "red", ""))))
        .containsExactly("picklistValues[1]:invalid_choice", "picklistValues[2]:invalid_choice",
            "picklistValues[4]:invalid_choice", "picklistValues:duplicate");
  }

  @Test
  void aPicklistTakesAtMost500Values() {
    List<String> choices = java.util.stream.IntStream.rangeClosed(0, FieldDefinition.MAX_PICKLIST_VALUES)
        .mapToObj(i -> "c" + i).toList();

    assertThat(violations(() -> define(RecordKind.ACCOUNT, "color", "Color", FieldType.PICKLIST, Optional.empty(),
        Optional.empty(), Optional.empty(), choices))).containsExactly("picklistValues:too_many");
  }

  @Test
  void onlyPicklistsTakeValues() {
    assertThat(violations(() -> define(RecordKind.ACCOUNT, "color", "Color", FieldType.TEXT, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of("red")))).containsExactly("picklistValues:not_applicable");
  }

  @ParameterizedTest
  @EnumSource(FieldType.class)
  void maxLengthMustFitTheTypesCap(FieldType type) {
    boolean takesLength = type.maxLengthCap() > 0 && type != FieldType.EMAIL && type != FieldType.PHONE
        && !type.isPicklist();
    List<String> choices = type.isPicklist() ? List.of("red") : List.of();
    if (!takesLength) {
      assertThat(violations(() -> define(RecordKind.ACCOUNT, "note", "Note", type, Optional.of(10), Optional.empty(),
          Optional.empty(), choices))).containsExactly("maxLength:not_applicable");
      return;
    }
    assertThat(withMaxLength(type, type.maxLengthCap()).effectiveMaxLength()).isEqualTo(type.maxLengthCap());
    assertThat(withMaxLength(type, 1).effectiveMaxLength()).isEqualTo(1);
    assertThat(violations(() -> withMaxLength(type, type.maxLengthCap() + 1)))
        .containsExactly("maxLength:out_of_range");
    assertThat(violations(() -> withMaxLength(type, 0))).containsExactly("maxLength:out_of_range");
  }

  @Test
  void boundsMustBeOrderedAndOnlyOnNumbers() {
    assertThat(violations(() -> bounded(FieldType.DECIMAL, "2", "1"))).containsExactly("min:out_of_range");
    assertThat(bounded(FieldType.DECIMAL, "1.0", "1.00").min()).contains(new BigDecimal("1.0"));
    assertThat(violations(() -> bounded(FieldType.TEXT, "1", "2"))).containsExactly("min:not_applicable");
    assertThat(violations(() -> define(RecordKind.ACCOUNT, "when", "When", FieldType.DATE, Optional.empty(),
        Optional.empty(), Optional.of(BigDecimal.ONE), List.of()))).containsExactly("min:not_applicable");
  }

  @ParameterizedTest
  @EnumSource(value = RecordKind.class, names = {"ACCOUNT", "CONTACT", "LEAD", "DEAL"}, mode = EnumSource.Mode.EXCLUDE)
  void onlyCustomerKindsTakeCustomFields(RecordKind kind) {
    assertThat(violations(() -> define(kind, "region", "Region", FieldType.TEXT, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of()))).containsExactly("recordKind:not_customizable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Name", "1abc", "a-b", "_a", "", "a b", "émoji",
      "a123456789012345678901234567890123456789012345678901234567890123"})
  void refusesBadApiNames(String apiName) {
    assertThat(violations(() -> define(RecordKind.ACCOUNT, apiName, "Label", FieldType.TEXT, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of()))).containsExactly("apiName:invalid_name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "region", "a_1", "a12345678901234567890123456789012345678901234567890123456789012"})
  void acceptsGoodApiNames(String apiName) {
    FieldDefinition definition = define(RecordKind.CONTACT, apiName, "Label", FieldType.TEXT, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());

    assertThat(definition.path()).isEqualTo("custom." + apiName);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e10000000", "-1e999999999", "1e25"})
  void boundsBeyondTheDecimalLimitsAreOutOfRange(String huge) {
    assertThat(violations(() -> bounded(FieldType.DECIMAL, huge, "1"))).containsExactly("min:out_of_range");
    assertThat(violations(() -> bounded(FieldType.DECIMAL, "1", huge))).containsExactly("max:out_of_range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-10000000", "-1e-999999999", "0.1234567890123456789"})
  void boundsWithMoreThan18DecimalsAreTooPrecise(String precise) {
    assertThat(violations(() -> bounded(FieldType.DECIMAL, precise, "1"))).containsExactly("min:too_precise");
    assertThat(violations(() -> bounded(FieldType.DECIMAL, "-1", precise))).containsExactly("max:too_precise");
  }

  @Test
  void boundsAtTheDecimalLimitsAreAccepted() {
    String largest = "9".repeat(24) + "." + "9".repeat(18);

    assertThat(bounded(FieldType.DECIMAL, "-" + largest, largest).max()).contains(new BigDecimal(largest));
    assertThat(bounded(FieldType.DECIMAL, "1e-18", "1e23").min()).contains(new BigDecimal("1e-18"));
  }

  @Test
  void listsEverySettingProblemAtOnce() {
    assertThat(violations(() -> define(RecordKind.USER, "Bad-Name", " ", FieldType.PICKLIST, Optional.of(5),
        Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.ONE), List.of("a", "a"))))
        .containsExactly("recordKind:not_customizable", "apiName:invalid_name", "label:required",
            "maxLength:not_applicable", "min:not_applicable", "min:out_of_range", "picklistValues:duplicate");
  }

  @Test
  void cleansTheLabel() {
    assertThat(field(FieldType.TEXT).label()).isEqualTo("Region");
    assertThat(define(RecordKind.ACCOUNT, "r", "  Re\u0301gion ", FieldType.TEXT, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of()).label()).isEqualTo("Région");
  }

  @Test
  void copiesThePicklistValues() {
    List<String> choices = new java.util.ArrayList<>(List.of("red"));
    FieldDefinition color = define(RecordKind.ACCOUNT, "color", "Color", FieldType.PICKLIST, Optional.empty(),
        Optional.empty(), Optional.empty(), choices);

    choices.add("blue");

    assertThat(color.picklistValues()).containsExactly("red");
  }

  @ParameterizedTest
  @EnumSource(FieldType.class)
  void fieldRefCarriesTheValueTypeAndMultiplicity(FieldType type) {
    CustomFieldRef<Object> ref = field(type).fieldRef();

    assertThat(ref.name()).isEqualTo("custom.region");
    assertThat(ref.valueType()).isEqualTo(type.valueType());
    assertThat(ref.multiValued()).isEqualTo(type == FieldType.MULTI_PICKLIST);
    assertThat(ref.sortable()).isEqualTo(type != FieldType.MULTI_PICKLIST);
  }
}
