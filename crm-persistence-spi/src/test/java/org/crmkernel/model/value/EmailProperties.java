package org.crmkernel.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.crmkernel.model.ModelFixtures.violations;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.error.CrmValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailProperties {

  /** Addresses as people type them: mixed case, IDN domains, decomposed accents, spaces around. */
  @Provide
  Arbitrary<String> typedAddresses() {
    Arbitrary<String> local = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ019._+-'").ofMinLength(1).ofMaxLength(70),
        Arbitraries.of("Ada.Lovelace", "o'brien", "José", "Jose\u0301", "用户", "a..b", ".a", "a b"));
    Arbitrary<String> label = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ09-").ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("Müller", "MU\u0308LLER", "例え", "xn--mller-kva", "EXAMPLE", "-bad", "bad-", ""));
    Arbitrary<String> tld = Arbitraries.of("com", "DE", "example", "c", "123", "xn--p1ai", "рф");
    Arbitrary<String> domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), tld)
        .as((labels, top) -> String.join(".", labels) + "." + top);
    Arbitrary<String> padding = Arbitraries.of("", " ", "\t", " \n");
    return Combinators.combine(padding, local, domain, padding).as((p, l, d, q) -> p + l + "@" + d + q);
  }

  @Property(tries = 1_000)
  void parsingTheNormalFormAgainGivesTheSameAddress(@ForAll("typedAddresses") String typed) {
    Email parsed;
    try {
      parsed = Email.parse(typed);
    } catch (CrmValidationException rejected) {
      return;
    }

    assertThat(Email.parse(parsed.address())).isEqualTo(parsed);
    assertThatNoException().isThrownBy(() -> new Email(parsed.address()));
  }

  @Property(tries = 1_000)
  void parseNeverFailsWithAnotherExceptionType(@ForAll String raw) {
    try {
      Email.parse(raw);
    } catch (CrmValidationException expected) {
      assertThat(expected.violations()).isNotEmpty();
    }
  }

  @Property(tries = 500)
  void keepsTheLocalPartAndLowerCasesTheDomain(@ForAll("typedAddresses") String typed) {
    Email parsed;
    try {
      parsed = Email.parse(typed);
    } catch (CrmValidationException rejected) {
      return;
    }
    String local = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFC).strip();
    local = local.substring(0, local.lastIndexOf('@'));

    assertThat(parsed.localPart()).isEqualTo(local);
    assertThat(parsed.domain()).isEqualTo(parsed.domain().toLowerCase(java.util.Locale.ROOT));
    assertThat(parsed.domain()).matches("[a-z0-9.-]+");
  }

  @Test
  void normalisesDomainsAndKeepsTheLocalPart() {
    Email email = Email.parse("  Hans.Meier@Müller.Example ");

    assertThat(email.address()).isEqualTo("Hans.Meier@xn--mller-kva.example");
    assertThat(email.localPart()).isEqualTo("Hans.Meier");
    assertThat(email.domain()).isEqualTo("xn--mller-kva.example");
    assertThat(email.matchKey()).isEqualTo("hans.meier@xn--mller-kva.example");
  }

  @Test
  void composesDecomposedCharactersInTheLocalPart() {
    assertThat(Email.parse("Jose\u0301@example.com").localPart()).isEqualTo("José");
  }

  @Test
  void acceptsAddressesOfTheMaximumLengths() {
    String local = "a".repeat(64);
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
    String address = local + "@" + domain;

    assertThat(address).hasSize(Email.MAX_LENGTH);
    assertThat(Email.parse(address).address()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ada.example.com", "ada@lovelace@example.com", "@example.com", "ada@", "ada @example.com",
      "ada@exa mple.com", "ada@-example.com", "ada@example-.com", "ada@example..com", "ada@example.com.",
      "ada@example.c", "ada@example.123", "ada@localhost", "ada..lovelace@example.com", ".ada@example.com",
      "ada@exam_ple.com", "a(b)@example.com"})
  void rejectsMalformedAddresses(String raw) {
    assertThat(violations(() -> Email.parse(raw))).containsExactly(":invalid_email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void rejectsBlankInput(String raw) {
    assertThat(violations(() -> Email.parse(raw))).containsExactly(":required");
  }

  @Test
  void rejectsALocalPartLongerThan64() {
    assertThat(violations(() -> Email.parse("a".repeat(65) + "@example.com"))).containsExactly(":too_long");
  }

  @Test
  void rejectsAnAddressLongerThan254() {
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".com";

    assertThat(violations(() -> Email.parse("a".repeat(64) + "@" + domain))).containsExactly(":too_long");
  }

  @Test
  void listsEveryProblemOfOneAddress() {
    assertThat(violations(() -> Email.parse("a".repeat(65) + "@example.c")))
        .containsExactly(":too_long", ":invalid_email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada@Example.com", " ada@example.com", "ada@example.com ", "ada@müller.example",
      "Jose\u0301@example.com"})
  void constructorRefusesAddressesNotInNormalForm(String address) {
    assertThat(violations(() -> new Email(address))).containsExactly(":not_normalised");
  }

  @Test
  void constructorRefusesInvalidAddresses() {
    assertThat(violations(() -> new Email("not an address"))).containsExactly(":invalid_email");
  }

  @Test
  void matchKeyIgnoresCase() {
    List<Email> spellings = List.of(Email.parse("ADA@example.com"), Email.parse("ada@EXAMPLE.com"));

    assertThat(spellings.get(0)).isNotEqualTo(spellings.get(1));
    assertThat(spellings.get(0).matchKey()).isEqualTo(spellings.get(1).matchKey()).isEqualTo("ada@example.com");
  }
}
