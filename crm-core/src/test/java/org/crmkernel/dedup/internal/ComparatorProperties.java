package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaccardSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The string comparators against commons-text 1.15.0 where it has the same function, and
 * against naive references written here where it has not; and the properties every similarity
 * shares: a value in [0, 1], symmetry, 1.0 for equal strings.
 */
class ComparatorProperties {

  static final List<String> NAMES =
      List.of(
          "martha", "marhta", "dwayne", "duane", "dixon", "dicksonx", "jones", "johnson",
          "müller", "mueller", "schmidt", "schmitt", "o'neil", "oneill", "jean-luc", "zoë",
          "acme widgets gmbh", "acme widget", "widgets acme", "the acme corporation",
          "müller & söhne kg", "mueller und soehne", "international business machines",
          "intl business machines corp", "ab", "a", "x", "đorđe", "łukasz", "ямщиков",
          "李小龙", "😀 smile", "san  francisco   bay", " leading", "trailing ");

  static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  static final JaccardSimilarity JACCARD = new JaccardSimilarity();
  static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  static final DamerauLevenshteinDistance DAMERAU = new DamerauLevenshteinDistance();

  // ---- generators

  /** Similar, unrelated, arbitrary-Unicode and few-letter pairs: matches both rare and common. */
  @Provide
  Arbitrary<Tuple2<String, String>> pairs() {
    return Arbitraries.oneOf(similarPairs(), unicodePairs(), fewLetterPairs(), tokenPairs());
  }

  /** A name and the same name after 0 to 3 random edits (insert, delete, substitute, swap). */
  @Provide
  Arbitrary<Tuple2<String, String>> similarPairs() {
    return Combinators.combine(
            Arbitraries.of(NAMES), Arbitraries.integers().between(0, 3), Arbitraries.longs())
        .as((name, edits, seed) -> Tuple.of(name, edit(name, edits, new Random(seed))));
  }

  /** Any UTF-16 chars, including lone and paired surrogates. */
  @Provide
  Arbitrary<Tuple2<String, String>> unicodePairs() {
    Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(16);
    Arbitrary<String> surrogates =
        Arbitraries.strings()
            .withChars('\uD83D', '\uDE00', '\uDE01', '\uDC00', 'a', ' ')
            .ofMaxLength(12);
    Arbitrary<String> either = Arbitraries.oneOf(any, surrogates);
    return Combinators.combine(either, either).as(Tuple::of);
  }

  /** Strings over "abc " so grams, chars and tokens repeat. */
  @Provide
  Arbitrary<Tuple2<String, String>> fewLetterPairs() {
    Arbitrary<String> few = Arbitraries.strings().withChars('a', 'b', 'c', ' ').ofMaxLength(24);
    return Combinators.combine(few, few).as(Tuple::of);
  }

  /** Organisation-like strings: tokens of a small vocabulary with misspellings, runs of spaces. */
  @Provide
  Arbitrary<Tuple2<String, String>> tokenPairs() {
    Arbitrary<String> token =
        Arbitraries.of(
            "acme", "acne", "akme", "widgets", "widget", "gmbh", "kg", "ltd", "müller", "muller",
            "a", "the");
    Arbitrary<String> separator = Arbitraries.of(" ", " ", "  ", "   ");
    Arbitrary<String> name =
        Combinators.combine(
                token.list().ofMaxSize(5), separator.list().ofSize(6), Arbitraries.of(true, false))
            .as(
                (tokens, separators, padded) -> {
                  StringBuilder s = new StringBuilder(padded ? separators.get(5) : "");
                  for (int i = 0; i < tokens.size(); i++) {
                    s.append(i == 0 ? "" : separators.get(i)).append(tokens.get(i));
                  }
                  return s.toString();
                });
    return Combinators.combine(name, name).as(Tuple::of);
  }

  static String edit(String name, int edits, Random random) {
    StringBuilder s = new StringBuilder(name);
    String alphabet = "abcdeilmnorstuüé -";
    for (int e = 0; e < edits; e++) {
      int kind = random.nextInt(4);
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      if (kind == 0 || s.length() == 0) {
        s.insert(random.nextInt(s.length() + 1), c);
      } else if (kind == 1) {
        s.deleteCharAt(random.nextInt(s.length()));
      } else if (kind == 2) {
        s.setCharAt(random.nextInt(s.length()), c);
      } else if (s.length() >= 2) {
        int i = random.nextInt(s.length() - 1);
        char first = s.charAt(i);
        s.setCharAt(i, s.charAt(i + 1));
        s.setCharAt(i + 1, first);
      }
    }
    return s.toString();
  }

  // ---- oracles and references

  @Property
  void jaroWinklerIsCommonsText(@ForAll("pairs") Tuple2<String, String> p) {
    assertThat(JaroWinkler.similarity(p.get1(), p.get2()))
        .isCloseTo(JARO_WINKLER.apply(p.get1(), p.get2()), within(1e-12));
  }

  @Property
  void jaccardOfCharsIsCommonsText(@ForAll("pairs") Tuple2<String, String> p) {
    assertThat(QGrams.jaccard(p.get1(), p.get2(), 1))
        .isCloseTo(JACCARD.apply(p.get1(), p.get2()), within(1e-12));
  }

  @Property
  void jaccardOfGramsIsTheSetReference(
      @ForAll("pairs") Tuple2<String, String> p, @ForAll @IntRange(min = 1, max = 3) int q) {
    assertThat(QGrams.jaccard(p.get1(), p.get2(), q))
        .isCloseTo(naiveJaccard(p.get1(), p.get2(), q), within(1e-12));
  }

  @Property
  void optimalStringAlignmentIsTheMatrixReference(@ForAll("pairs") Tuple2<String, String> p) {
    int distance = DamerauLevenshtein.distance(p.get1(), p.get2());
    assertThat(distance).isEqualTo(naiveOsa(p.get1(), p.get2()));
    // commons-text 1.15.0 has an OSA distance of its own, but it compares boxed chars with ==, so
    // chars above 127 never equal themselves (fixed upstream in apache/commons-text#770): it is an
    // oracle for ASCII text only. The plain Levenshtein distance bounds OSA from above.
    if ((p.get1() + p.get2()).chars().allMatch(c -> c < 128)) {
      assertThat(distance).isEqualTo(DAMERAU.apply(p.get1(), p.get2()));
    }
    assertThat(distance).isLessThanOrEqualTo(LEVENSHTEIN.apply(p.get1(), p.get2()));
  }

  @Property
  void tokenSetIsTheSplitReference(@ForAll("pairs") Tuple2<String, String> p) {
    assertThat(TokenSet.similarity(p.get1(), p.get2()))
        .isCloseTo(naiveTokenSet(p.get1(), p.get2()), within(1e-12));
  }

  static double naiveJaccard(String a, String b, int q) {
    Set<String> x = grams(a, q);
    Set<String> y = grams(b, q);
    if (x.isEmpty() && y.isEmpty()) {
      return 1d;
    }
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return (double) common.size() / union.size();
  }

  static Set<String> grams(String s, int q) {
    Set<String> grams = new HashSet<>();
    if (!s.isEmpty() && s.length() < q) {
      grams.add(s);
    }
    for (int i = 0; i + q <= s.length(); i++) {
      grams.add(s.substring(i, i + q));
    }
    return grams;
  }

  static int naiveOsa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static double naiveTokenSet(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1d;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return 0d;
    }
    double best = Math.max(greedy(x, y), greedy(y, x));
    return 2 * best / (x.size() + y.size());
  }

  static List<String> tokens(String s) {
    List<String> tokens = new ArrayList<>(Arrays.asList(s.split(" +")));
    tokens.removeIf(String::isEmpty);
    return tokens;
  }

  static double greedy(List<String> from, List<String> to) {
    boolean[] used = new boolean[to.size()];
    double sum = 0;
    for (String token : from) {
      int best = -1;
      double bestValue = 0;
      for (int j = 0; j < to.size(); j++) {
        double value = token.equals(to.get(j)) ? 1d : JARO_WINKLER.apply(token, to.get(j));
        if (!used[j] && value >= 0.9 && value > bestValue) {
          best = j;
          bestValue = value;
        }
      }
      if (best >= 0) {
        used[best] = true;
        sum += bestValue;
      }
    }
    return sum;
  }

  // ---- range, symmetry, identity

  static final List<ToDoubleBiFunction<String, String>> SIMILARITIES =
      List.of(
          JaroWinkler::similarity,
          DamerauLevenshtein::similarity,
          (a, b) -> QGrams.jaccard(a, b, 1),
          (a, b) -> QGrams.jaccard(a, b, 2),
          (a, b) -> QGrams.jaccard(a, b, 3),
          TokenSet::similarity,
          Phonetics::codeSimilarity,
          Numbers::similarity,
          DateProximity::similarity);

  @Property
  void everySimilarityIsInRangeAndSymmetric(@ForAll("pairs") Tuple2<String, String> p) {
    for (ToDoubleBiFunction<String, String> similarity : SIMILARITIES) {
      double ab = similarity.applyAsDouble(p.get1(), p.get2());
      assertThat(ab).isBetween(0d, 1d);
      assertThat(similarity.applyAsDouble(p.get2(), p.get1())).isEqualTo(ab);
    }
  }

  @Property
  void everySimilarityIsOneForEqualStrings(@ForAll("pairs") Tuple2<String, String> p) {
    String copy = new String(p.get1().toCharArray());
    for (ToDoubleBiFunction<String, String> similarity : SIMILARITIES) {
      assertThat(similarity.applyAsDouble(p.get1(), copy)).isEqualTo(1d);
    }
  }

  @Property
  void numbersAndDatesAreInRangeAndSymmetric(
      @ForAll("numbers") String a,
      @ForAll("numbers") String b,
      @ForAll("dates") String c,
      @ForAll("dates") String d) {
    double numbers = Numbers.similarity(a, b);
    assertThat(numbers).isBetween(0d, 1d).isEqualTo(Numbers.similarity(b, a));
    assertThat(Numbers.similarity(a, new String(a.toCharArray()))).isEqualTo(1d);
    double dates = DateProximity.similarity(c, d);
    assertThat(dates).isBetween(0d, 1d).isEqualTo(DateProximity.similarity(d, c));
    assertThat(DateProximity.similarity(c, new String(c.toCharArray()))).isEqualTo(1d);
  }

  @Property
  void numbersParseAsBigDecimalDoes(@ForAll("numbers") String s) {
    double parsed = Numbers.parse(s);
    if (s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
      assertThat(parsed)
          .isCloseTo(new BigDecimal(s).doubleValue(), within(1e-9 * Math.max(1, Math.abs(parsed))));
    } else {
      assertThat(parsed).isNaN();
    }
  }

  @Property
  void datesAreTheCalendarsDates(@ForAll("dates") String s) {
    LocalDate date;
    try {
      date = s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    int parsed = DateProximity.parse(s);
    if (date == null) {
      assertThat(parsed).isEqualTo(-1);
    } else {
      assertThat(parsed)
          .isEqualTo(date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth());
      assertThat(DateProximity.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
          .isEqualTo(date.toEpochDay());
    }
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.-+ e").ofMaxLength(12),
        Arbitraries.bigDecimals()
            .between(BigDecimal.valueOf(-1e6), BigDecimal.valueOf(1e6))
            .ofScale(3)
            .map(BigDecimal::toPlainString),
        Arbitraries.strings().withChars("0123456789").ofMinLength(15).ofMaxLength(40));
  }

  @Provide
  Arbitrary<String> dates() {
    Arbitrary<String> valid =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
            .map(day -> LocalDate.ofEpochDay(day).toString());
    Arbitrary<String> nearlyValid =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-/ ").ofMaxLength(11);
    return Arbitraries.oneOf(valid, nearlyValid, noise);
  }

  @Example
  void qOutsideOneToThreeIsRefused() {
    assertThatThrownBy(() -> QGrams.jaccard("ab", "ab", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q from 1 to 3");
    assertThatThrownBy(() -> QGrams.jaccard("ab", "ab", 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void phoneticEncodersTakeAnyString(@ForAll("pairs") Tuple2<String, String> p) {
    for (String s : List.of(p.get1(), p.get2())) {
      String code = Phonetics.doubleMetaphone(s);
      assertThat(Phonetics.codeSimilarity(code, code)).isEqualTo(1d);
      assertThat(Phonetics.soundex(s)).matches("|[A-Z][0-9]{3}");
      assertThat(Phonetics.nysiis(s)).hasSizeLessThanOrEqualTo(6);
    }
  }
}
