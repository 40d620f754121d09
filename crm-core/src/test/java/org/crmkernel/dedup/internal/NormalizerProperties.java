package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormalizerProperties {

  /** Pieces that have broken text code before: marks, width forms, surrogates, bidi, controls. */
  private static final List<String> ODD =
      List.of(
          "José", "ＡＢＣ", "ｊｏｈｎ", "😀", "👩‍👩‍👧", "\u0301", "\u0308\u0323", "\u20DD", "\u200F", "\u202E",
          "\u200D", "\uFEFF", "שלום", "مرحبا", "١٢٣", "\u0000", "\u001F", "\u007F", "\u0085", "\uD800",
          "\uDC00", "\uDBFF\uDFFF", "ß", "ẞ", "İ", "ı", "ǅ", "ﬁ", "Ⅻ", "½", "²", "Ω", "K", "&", "＆", "@",
          "+", "＋", "/", "#", "-", "'", "’", "ʼ", ".", ",", " ", "\t", "\n", "\u00A0", "\u3000", "12",
          "5/12", "st", "Inc.", "S.A.", "the", "and", "Dr.", "Jr.", "1980", "03", "March", "gmail.com",
          "a", "B", "Ø", "Æ", "Þ", "ð", "Œ", "ł", "đ", "漢字", "ｶﾀｶﾅ", "Ꭰ", "𝔘𝔫𝔦");

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().ascii().ofMaxLength(40),
        Arbitraries.of(ODD).list().ofMaxSize(14).map(parts -> String.join("", parts)),
        Arbitraries.of(ODD).list().ofMaxSize(10).map(parts -> String.join(" ", parts)));
  }

  @Provide
  Arbitrary<String> longText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(5_000).ofMaxLength(10_000),
        Arbitraries.of(ODD).list().ofMinSize(2_000).ofMaxSize(3_000).map(parts -> String.join("", parts)));
  }

  /** Every normaliser, each result required to be non-null. */
  private static final List<Function<String, Object>> ALL =
      List.of(
          PersonNames::fold,
          PersonNames::givenName,
          PersonNames::surname,
          PersonNames::fullName,
          s -> Nicknames.canonical(PersonNames.fold(s)),
          s -> Nicknames.sameName(PersonNames.fold(s), "robert"),
          OrganisationNames::normalize,
          Emails::normalize,
          s -> Phones.normalize(s, "AU"),
          s -> Phones.normalize(s, "US"),
          s -> Phones.normalize(s, ""),
          s -> Phones.normalize(s, s),
          Addresses::streetName,
          Addresses::streetNumber,
          Addresses::unit,
          Addresses::postalCode,
          s -> DateValues.parse(s, true),
          s -> DateValues.parse(s, false).value());

  @Property(tries = 400)
  void noNormaliserThrowsOrReturnsNull(@ForAll("anyText") String text) {
    for (Function<String, Object> f : ALL) {
      assertThat(f.apply(text)).isNotNull();
    }
  }

  @Property(tries = 15)
  void longInputsAreHandled(@ForAll("longText") String text) {
    for (Function<String, Object> f : ALL) {
      assertThat(f.apply(text)).isNotNull();
    }
  }

  @Property(tries = 400)
  void foldIsIdempotentAndClean(@ForAll("anyText") String text) {
    String folded = PersonNames.fold(text);
    assertThat(PersonNames.fold(folded)).isEqualTo(folded);
    assertThat(folded).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    assertThat(folded.codePoints().allMatch(cp -> cp == ' ' || Character.isLetterOrDigit(cp))).isTrue();
  }

  @Property(tries = 400)
  void organisationNamesAreIdempotent(@ForAll("anyText") String text) {
    String once = OrganisationNames.normalize(text);
    assertThat(OrganisationNames.normalize(once)).isEqualTo(once);
  }

  @Property(tries = 400)
  void emailsAreIdempotent(@ForAll("anyText") String local, @ForAll("anyText") String domain) {
    for (String email : List.of(local, local + "@" + domain, local + "+x@gmail.com", local + "@googlemail.com")) {
      String once = Emails.normalize(email);
      assertThat(Emails.normalize(once)).isEqualTo(once);
    }
  }

  @Property(tries = 400)
  void postalCodesAreIdempotent(@ForAll("anyText") String text) {
    String once = Addresses.postalCode(text);
    assertThat(Addresses.postalCode(once)).isEqualTo(once);
  }

  @Property(tries = 400)
  void parsedDatesAreIsoAndStable(@ForAll("anyText") String text, @ForAll boolean dayFirst) {
    ParsedDate date = DateValues.parse(text, dayFirst);
    if (date.parsed()) {
      assertThat(date.value()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(DateValues.parse(date.value(), dayFirst)).isEqualTo(date);
    } else {
      assertThat(date.value()).isEqualTo(PersonNames.fold(text));
    }
  }

  @Provide
  Arbitrary<String> asciiWords() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMinLength(1).ofMaxLength(30);
  }

  @Property(tries = 300)
  void foldIgnoresCaseAndAccentsOfAsciiLetters(@ForAll("asciiWords") String word, @ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder decorated = new StringBuilder();
    for (char c : word.toCharArray()) {
      String plain = "aeioucny".indexOf(c) >= 0 && random.nextBoolean() ? accented(c) : String.valueOf(c);
      decorated.append(random.nextBoolean() ? plain.toUpperCase(Locale.ROOT) : plain);
    }
    assertThat(PersonNames.fold(decorated.toString())).isEqualTo(PersonNames.fold(word));
    assertThat(PersonNames.fold(word.toUpperCase(Locale.ROOT))).isEqualTo(PersonNames.fold(word));
  }

  private static String accented(char c) {
    return switch (c) {
      case 'a' -> "á";
      case 'e' -> "è";
      case 'i' -> "î";
      case 'o' -> "ö";
      case 'u' -> "ü";
      case 'c' -> "ç";
      case 'n' -> "ñ";
      default -> "y\u0301";
    };
  }

  @Property(tries = 200)
  void fullwidthFoldsAsAscii(@ForAll("asciiWords") String word) {
    StringBuilder wide = new StringBuilder();
    for (char c : word.toCharArray()) {
      wide.append(c == ' ' ? '\u3000' : (char) (c - 'a' + 'Ａ'));
    }
    assertThat(PersonNames.fold(wide.toString())).isEqualTo(PersonNames.fold(word));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Combinators.combine(
            Arbitraries.integers().between(1000, 9999),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 31))
        .as((y, m, d) -> LocalDate.of(y, m, Math.min(d, LocalDate.of(y, m, 1).lengthOfMonth())));
  }

  @Property(tries = 300)
  void datesRoundTripInEveryAcceptedForm(@ForAll("dates") LocalDate date) {
    String iso = date.toString();
    for (String pattern : List.of("yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy",
        "dd-MM-yyyy", "d MMMM yyyy", "MMMM d, yyyy", "dd-MMM-yyyy", "  d MMM yyyy  ")) {
      String written = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(date);
      assertThat(DateValues.parse(written, true)).as(written).isEqualTo(new ParsedDate(iso, true));
    }
    for (String pattern : List.of("MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "MMMM d, yyyy")) {
      String written = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(date);
      assertThat(DateValues.parse(written, false)).as(written).isEqualTo(new ParsedDate(iso, true));
    }
  }

  @Property(tries = 200)
  void phonesAreDigitsOrE164(@ForAll("anyText") String text) {
    String phone = Phones.normalize(text, "US");
    assertThat(phone).matches("\\+?\\d*");
  }
}
