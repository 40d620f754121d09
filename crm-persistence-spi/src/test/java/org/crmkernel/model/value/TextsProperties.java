package org.crmkernel.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkernel.model.ModelFixtures.pathsAndCodes;

import java.text.Normalizer;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.error.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsProperties {

  private static final String EMOJI = "😀";

  @Provide
  Arbitrary<String> rawTexts() {
    Arbitrary<String> pieces = Arbitraries.of("a", "Z", " ", "\t", "\n", "\r", "\u0000", "\u007F", "\u0085",
        "e\u0301", "é", "\uD800", "\uDC00", EMOJI, "中", "\u2000", "\u00A0", "\u001C");
    return Arbitraries.oneOf(
        pieces.list().ofMaxSize(12).map(parts -> String.join("", parts)),
        Arbitraries.strings().all().ofMaxLength(12));
  }

  @Property(tries = 2_000)
  void cleanedTextIsCleanAndCleaningAgainChangesNothing(@ForAll("rawTexts") String raw, @ForAll boolean multiLine) {
    Violations first = new Violations();
    String cleaned = Texts.clean(raw, "p", 10, multiLine, first);
    if (cleaned == null) {
      assertThat(first.list()).isNotEmpty();
      return;
    }
    Violations second = new Violations();

    assertThat(first.isEmpty()).isTrue();
    assertThat(Texts.clean(cleaned, "p", 10, multiLine, second)).isEqualTo(cleaned);
    assertThat(second.isEmpty()).isTrue();
    assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
    assertThat(cleaned).isEqualTo(cleaned.strip());
    assertThat(cleaned.codePointCount(0, cleaned.length())).isLessThanOrEqualTo(10);
    assertThat(Texts.isClean(cleaned, 10, multiLine)).isEqualTo(!cleaned.isEmpty());
  }

  @Property(tries = 1_000)
  void reportsAtMostOneCharacterProblemAndOneLengthProblem(@ForAll("rawTexts") String raw) {
    Violations found = new Violations();
    Texts.clean(raw, "p", 3, false, found);

    assertThat(pathsAndCodes(found.list()))
        .allMatch(v -> v.startsWith("p:"))
        .doesNotHaveDuplicates()
        .hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void composesToNfcAndStrips() {
    Violations v = new Violations();

    assertThat(Texts.clean("  Jose\u0301 \n", "name", 10, false, v)).isEqualTo("José");
    assertThat(v.isEmpty()).isTrue();
  }

  @Test
  void countsLengthInCodePointsSoAnEmojiCountsOne() {
    Violations ok = new Violations();
    Violations tooLong = new Violations();

    assertThat(Texts.clean(EMOJI.repeat(5), "p", 5, false, ok)).isEqualTo(EMOJI.repeat(5));
    assertThat(ok.isEmpty()).isTrue();
    assertThat(Texts.clean(EMOJI.repeat(6), "p", 5, false, tooLong)).isNull();
    assertThat(pathsAndCodes(tooLong.list())).containsExactly("p:too_long");
  }

  @Test
  void measuresTheComposedForm() {
    // Five code points typed, three after composition.
    Violations v = new Violations();

    assertThat(Texts.clean("e\u0301e\u0301e", "p", 3, false, v)).isEqualTo("\u00E9\u00E9e");
    assertThat(v.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0007", "tab\there", "line\nbreak", "a\rb", "a\u0085b", "a\u007Fb"})
  void rejectsControlCharactersInSingleLineText(String raw) {
    Violations v = new Violations();

    assertThat(Texts.clean(raw, "city", 80, false, v)).isNull();
    assertThat(pathsAndCodes(v.list())).containsExactly("city:control_character");
  }

  @Test
  void multiLineTextKeepsLineBreaksAndTabsButNoOtherControls() {
    Violations ok = new Violations();
    Violations bad = new Violations();

    assertThat(Texts.clean("1 Main St\r\nSuite\t5", "street", 80, true, ok)).isEqualTo("1 Main St\r\nSuite\t5");
    assertThat(ok.isEmpty()).isTrue();
    assertThat(Texts.clean("1 Main St\n\u0000", "street", 80, true, bad)).isNull();
    assertThat(pathsAndCodes(bad.list())).containsExactly("street:control_character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "a\uDC00", "\uDBFF", "\uDC00\uD800"})
  void rejectsUnpairedSurrogates(String raw) {
    Violations v = new Violations();

    assertThat(Texts.clean(raw, "p", 80, false, v)).isNull();
    assertThat(pathsAndCodes(v.list())).containsExactly("p:invalid_unicode");
  }

  @Test
  void listsACharacterProblemAndALengthProblemTogether() {
    Violations v = new Violations();

    Texts.clean("abc\u0000def", "p", 3, false, v);

    assertThat(pathsAndCodes(v.list())).containsExactly("p:control_character", "p:too_long");
  }

  @Test
  void requiredRejectsBlankAndNull() {
    Violations v = new Violations();

    assertThat(Texts.required(null, "a", 5, v)).isNull();
    assertThat(Texts.required(" \t", "b", 5, v)).isNull();
    assertThat(pathsAndCodes(v.list())).containsExactly("a:required", "b:required");
  }

  @Test
  void optionalTreatsBlankAsAbsent() {
    Violations v = new Violations();

    assertThat(Texts.optional(Optional.of("  "), "p", 5, v)).isEmpty();
    assertThat(Texts.optional(Optional.empty(), "p", 5, v)).isEmpty();
    assertThat(Texts.optional(Optional.of(" x "), "p", 5, v)).contains("x");
    assertThat(v.isEmpty()).isTrue();
  }

  @Test
  void isCleanOnlyForTheCleanForm() {
    assertThat(Texts.isClean("José", 10, false)).isTrue();
    assertThat(Texts.isClean("Jose\u0301", 10, false)).isFalse();
    assertThat(Texts.isClean(" José", 10, false)).isFalse();
    assertThat(Texts.isClean("", 10, false)).isFalse();
    assertThat(Texts.isClean("a\nb", 10, false)).isFalse();
    assertThat(Texts.isClean("a\nb", 10, true)).isTrue();
  }
}
