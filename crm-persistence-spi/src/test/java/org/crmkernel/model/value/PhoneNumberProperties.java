package org.crmkernel.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.violations;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.error.CrmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberProperties {

  /** A valid number of every type of every region libphonenumber knows, with its region. */
  record Sample(String region, Phonenumber.PhoneNumber number) {}

  private static final List<Sample> SAMPLES = samples();

  private static List<Sample> samples() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<Sample> found = new ArrayList<>();
    for (String region : util.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        Phonenumber.PhoneNumber example = util.getExampleNumberForType(region, type);
        if (example != null) {
          found.add(new Sample(region, example));
        }
      }
    }
    return List.copyOf(found);
  }

  @Provide
  Arbitrary<Sample> validNumbers() {
    return Arbitraries.of(SAMPLES);
  }

  private static String format(Sample sample, PhoneNumberFormat format) {
    return PhoneNumberUtil.getInstance().format(sample.number(), format);
  }

  @Property(tries = 500)
  void internationalFormReparsesToTheSameNumber(@ForAll("validNumbers") Sample sample,
      @ForAll("extensions") Optional<String> extension) {
    PhoneNumber number = new PhoneNumber(format(sample, PhoneNumberFormat.E164), extension);

    assertThat(PhoneNumber.parse(number.international(), "ZZ")).isEqualTo(number);
    assertThat(PhoneNumber.parse(number.international(), "DE")).isEqualTo(number);
  }

  @Property(tries = 500)
  void nationalFormWithItsRegionParsesToTheE164Form(@ForAll("validNumbers") Sample sample) {
    PhoneNumber parsed = PhoneNumber.parse(format(sample, PhoneNumberFormat.NATIONAL), sample.region());

    assertThat(parsed).isEqualTo(PhoneNumber.ofE164(format(sample, PhoneNumberFormat.E164)));
  }

  @Provide
  Arbitrary<Optional<String>> extensions() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).optional(0.3);
  }

  @Property(tries = 1_000)
  void parseFailsOnlyWithAValidationError(@ForAll String raw, @ForAll("regions") String region) {
    try {
      PhoneNumber parsed = PhoneNumber.parse(raw, region);
      assertThat(parsed.e164()).startsWith("+");
    } catch (CrmValidationException expected) {
      assertThat(expected.violations()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<String> regions() {
    return Arbitraries.of("DE", "US", "GB", "FR", "ZZ", "XX");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(030) 123456      | DE | +4930123456",
      "030 123456        | DE | +4930123456",
      "(415) 555-2671    | US | +14155552671",
      "415.555.2671      | US | +14155552671",
      "020 7946 0958     | GB | +442079460958",
      "01 23 45 67 89    | FR | +33123456789",
      "0044 20 7946 0958 | DE | +442079460958",
      "+44 20 7946 0958  | US | +442079460958",
      "0049 30 123456    | FR | +4930123456",
      "+1 415 555 2671   | GB | +14155552671"})
  void readsNationalAndInternationalInput(String raw, String region, String e164) {
    PhoneNumber parsed = PhoneNumber.parse(raw, region);

    assertThat(parsed.e164()).isEqualTo(e164);
    assertThat(parsed.extension()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "+1 415 555 2671 ext. 12 | US | +14155552671 | 12",
      "(415) 555-2671 x 7      | US | +14155552671 | 7",
      "030 123456 ext 99       | DE | +4930123456  | 99",
      "+44 20 7946 0958 #4321  | FR | +442079460958 | 4321"})
  void readsExtensions(String raw, String region, String e164, String extension) {
    PhoneNumber parsed = PhoneNumber.parse(raw, region);

    assertThat(parsed).isEqualTo(new PhoneNumber(e164, Optional.of(extension)));
    assertThat(parsed.toString()).isEqualTo(e164 + ";ext=" + extension);
    assertThat(parsed.international()).endsWith(" ext. " + extension);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hello", "phone me", "12", "+49 1", "+1 099 555 0123", "+49 0000 000000", "0301",
      "+999 123456789"})
  void rejectsNonNumbersAndNumbersNotInUse(String raw) {
    assertThat(violations(() -> PhoneNumber.parse(raw, "DE"))).containsExactly(":invalid_phone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"030 ABCDEF", "030 12a3456", "030 l23456", "030 123456A", "+1 800 FLOWERS"})
  void rejectsLetters(String raw) {
    assertThat(violations(() -> PhoneNumber.parse(raw, "DE"))).containsExactly(":invalid_phone");
  }

  @Test
  void rejectsBlankInput() {
    assertThat(violations(() -> PhoneNumber.parse("  ", "DE"))).containsExactly(":required");
  }

  @Test
  void rejectsInputLongerThan64Characters() {
    String raw = "+49 30 123456" + " ".repeat(52);

    assertThat(raw).hasSize(65);
    assertThat(violations(() -> PhoneNumber.parse(raw, "DE"))).containsExactly(":too_long");
    assertThat(PhoneNumber.parse(raw.substring(1), "DE").e164()).isEqualTo("+4930123456");
  }

  @Test
  void rejectsAnOverlongExtension() {
    assertThat(violations(() -> PhoneNumber.parse("+1 415 555 2671 ext. 12345678901", "US")))
        .containsExactly("extension:invalid_phone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4930123456", "+04930123456", "+49 30 123456", "+1234567890123456", "+"})
  void constructorAcceptsOnlyE164(String e164) {
    assertThat(violations(() -> PhoneNumber.ofE164(e164))).containsExactly(":invalid_phone");
  }

  @Test
  void constructorAcceptsOnlyNumericExtensions() {
    assertThat(violations(() -> new PhoneNumber("+4930123456", Optional.of("12a"))))
        .containsExactly("extension:invalid_phone");
    assertThat(violations(() -> new PhoneNumber("+4930123456", Optional.of(""))))
        .containsExactly("extension:invalid_phone");
  }

  @Test
  void showsTheInternationalFormat() {
    assertThat(PhoneNumber.ofE164("+4930123456").international()).isEqualTo("+49 30 123456");
  }
}
