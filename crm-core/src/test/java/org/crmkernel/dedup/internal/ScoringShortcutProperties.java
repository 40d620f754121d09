package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkernel.dedup.BlockingKey;
import org.crmkernel.dedup.ComparisonLevel;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.KeyPart;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.Normalization;
import org.crmkernel.dedup.Similarity;

/** The scoring loop's shortcuts give exactly what the plain computation gives. */
class ScoringShortcutProperties {

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars("abcab01 .@").ofMinLength(0).ofMaxLength(14);
  }

  @Property(tries = 3000)
  void theBoundedDistanceIsTheDistanceUpToTheBound(@ForAll("text") String a, @ForAll("text") String b,
      @ForAll @IntRange(min = 0, max = 6) int bound) {
    assertThat(BoundedEditDistance.distanceAtMost(a, b, bound))
        .isEqualTo(Math.min(DamerauLevenshtein.distance(a, b), bound + 1));
  }

  @Property(tries = 3000)
  void theFastLevelIsTheLevelOfTheSimilarity(@ForAll("text") String a, @ForAll("text") String b,
      @ForAll Similarity similarity, @ForAll("minimums") List<Double> minimums) {
    List<ComparisonLevel> levels = new ArrayList<>();
    for (int l = 0; l < minimums.size(); l++) {
      levels.add(new ComparisonLevel("l" + l, minimums.get(l), 0.5, 0.5));
    }
    levels.add(new ComparisonLevel("rest", 0, 0.5, 0.5));
    MatchRules rules = new MatchRules("t", 1, 0.1, 0.9, 0.5, 0.5, 0.999, 10,
        List.of(new FieldComparison("c", "f", Optional.empty(), Normalization.NONE, similarity, levels)),
        List.of(new BlockingKey("k", List.of(KeyPart.of("f", Normalization.NONE)), 0)), Optional.empty());
    CompiledRules compiled = new CompiledRules(rules);
    FeatureTable table = new FeatureTable(new boolean[1], 1);
    table.append(2);
    table.value(0, 0, Similarities.prepare(similarity, a));
    table.value(0, 1, Similarities.prepare(similarity, b));

    assertThat(compiled.fastLevel(table, 0, 0, 1)).isEqualTo(compiled.level(0, compiled.similarity(table, 0, 0, 1)));
  }

  @Property(tries = 500)
  void stoppingEarlyKeepsExactlyThePairsThatReachTheFloor(@ForAll("text") String a1, @ForAll("text") String a2,
      @ForAll("text") String b1, @ForAll("text") String b2, @ForAll @IntRange(min = -20, max = 20) int floor) {
    MatchRules rules = org.crmkernel.dedup.DefaultMatchRules.leads();
    CompiledRules compiled = new CompiledRules(rules);
    FeatureTable table = new FeatureTable(compiled.swaps(), rules.blocking().size());
    table.append(2);
    String[][] values = {{a1, a2}, {b1, b2}};
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < compiled.comparisons(); c++) {
        // Alternate the two values over the comparisons so that some agree and some do not.
        table.value(c, r, values[r][c % 2]);
        if (compiled.swaps()[c]) {
          table.swapValue(c, r, values[r][(c + 1) % 2]);
        }
      }
    }
    double full = compiled.weight(table, 0, 1);

    double early = compiled.weightIfAtLeast(table, 0, 1, floor);

    if (full >= floor) {
      assertThat(early).isEqualTo(full);
    } else {
      assertThat(early).isEqualTo(Double.NEGATIVE_INFINITY);
    }
  }

  @Provide
  Arbitrary<List<Double>> minimums() {
    return Arbitraries.doubles().between(0.01, 1.0).ofScale(2).set().ofMinSize(1).ofMaxSize(4)
        .map(set -> set.stream().sorted((x, y) -> Double.compare(y, x)).toList());
  }

  @Provide
  Arbitrary<String> internationalNumbers() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5);
    return digits.list().ofMinSize(1).ofMaxSize(5).flatMap(groups -> Arbitraries.of(" ", "-", ".", "/", "")
        .map(separator -> "+" + String.join(separator, groups)));
  }

  @Property(tries = 5000)
  void internationalNumbersComeOutAsLibphonenumberHasThem(@ForAll("internationalNumbers") String raw,
      @ForAll("regions") String region) {
    assertThat(Phones.normalize(raw, region)).isEqualTo(throughLibphonenumber(raw, region));
  }

  @Provide
  Arbitrary<String> regions() {
    return Arbitraries.of("AU", "US", "GB", "DE", "FR", "IT", "BR", "IN", "JP", "MX", "AR");
  }

  /** The slow path on every input, as Phones did before its shortcut. */
  private static String throughLibphonenumber(String raw, String region) {
    String digits = raw.replaceAll("[^0-9]", "");
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    if (digits.length() >= 5) {
      try {
        var number = util.parse(raw, region);
        if (util.isPossibleNumber(number)) {
          return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        }
      } catch (NumberParseException e) {
        // falls through to the digits
      }
    }
    return digits.isEmpty() ? "" : "+" + digits;
  }
}
