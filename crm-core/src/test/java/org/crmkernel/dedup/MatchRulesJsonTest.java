package org.crmkernel.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.junit.jupiter.api.Test;

class MatchRulesJsonTest {

  @Test
  void theDefaultRulesSurviveARoundTrip() {
    for (MatchRules rules : List.of(DefaultMatchRules.contacts(), DefaultMatchRules.leads(),
        DefaultMatchRules.accounts())) {
      assertThat(MatchRulesJson.read(MatchRulesJson.write(rules))).isEqualTo(rules);
    }
  }

  @Property(tries = 200)
  void anyValidRulesSurviveARoundTrip(@ForAll("rules") MatchRules rules) {
    assertThat(MatchRulesJson.read(MatchRulesJson.write(rules))).isEqualTo(rules);
  }

  @Test
  void everyProblemOfAHandEditedFileIsListedAtOnce() {
    String json = """
        {"kind": "contacts", "prior": 2, "matchThreshold": 0.9, "possibleThreshold": 0.95,
         "clusterThreshold": 0.5, "strongLinkThreshold": 0.99, "maxBlockSize": 1,
         "comparisons": [
           {"name": "lastName", "field": "lastName", "normalization": "surname", "similarity": "jaroWinklr",
            "levels": [{"label": "exact", "minSimilarity": 1, "m": 0.9, "u": 0.1},
                       {"label": "rest", "minSimilarity": 0.5, "m": 1.5, "u": 0.9}]}],
         "blocking": [{"name": "k", "parts": [{"field": "lastName", "normalization": "surnam", "transform": "prefix"}]}]}
        """;

    assertThatThrownBy(() -> MatchRulesJson.read(json)).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::path).contains(
            "comparisons[0].similarity", "blocking[0].parts[0].normalization"));
    String fixedNames = json.replace("jaroWinklr", "jaroWinkler").replace("surnam\"", "surname\"");
    assertThatThrownBy(() -> MatchRulesJson.read(fixedNames)).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("prior",
            "possibleThreshold", "maxBlockSize", "comparisons[0].levels[1].m", "comparisons[0].levels[1].minSimilarity",
            "blocking[0].parts[0].length"));
  }

  @Test
  void textThatIsNotARulesObjectIsRefused() {
    assertThatThrownBy(() -> MatchRulesJson.read("{not json")).isInstanceOf(CrmValidationException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> MatchRulesJson.read("[1, 2]")).isInstanceOf(CrmValidationException.class)
        .hasMessageContaining("object");
    assertThatThrownBy(() -> MatchRulesJson.read("{}")).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::path).contains("kind", "prior", "comparisons",
            "blocking"));
    assertThatThrownBy(() -> MatchRulesJson.read(" ".repeat(MatchRulesJson.MAX_CHARS + 1)))
        .isInstanceOf(CrmValidationException.class);
  }

  @Test
  void describedRulesNameEveryComparisonLevelAndKey() {
    String text = DefaultMatchRules.contacts().describe();

    for (FieldComparison c : DefaultMatchRules.contacts().comparisons()) {
      assertThat(text).contains(c.name());
      c.levels().forEach(l -> assertThat(text).contains(l.label()));
    }
    DefaultMatchRules.contacts().blocking().forEach(k -> assertThat(text).contains(k.name()));
  }

  @Provide
  Arbitrary<MatchRules> rules() {
    Arbitrary<Double> probability = Arbitraries.doubles().between(0.0001, 0.9999).ofScale(6);
    Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    Arbitrary<List<ComparisonLevel>> levels = Arbitraries.integers().between(2, 5).flatMap(n ->
        probability.list().ofSize(2 * n).map(ps -> {
          List<ComparisonLevel> list = new java.util.ArrayList<>();
          for (int i = 0; i < n; i++) {
            double min = i == n - 1 ? 0 : 1.0 - i * (1.0 / n);
            list.add(new ComparisonLevel("l" + i, min, ps.get(2 * i), ps.get(2 * i + 1)));
          }
          return list;
        }));
    Arbitrary<FieldComparison> comparison = Combinators.combine(name, name,
        Arbitraries.of(Normalization.class), Arbitraries.of(Similarity.class), levels, Arbitraries.of(true, false))
        .as((n, field, norm, sim, ls, swap) -> new FieldComparison(n, field,
            swap ? Optional.of(field + "2") : Optional.empty(), norm, sim, ls));
    Arbitrary<KeyPart> part = Combinators.combine(name, Arbitraries.of(Normalization.class),
        Arbitraries.of(KeyTransform.class), Arbitraries.integers().between(1, 9)).as((field, norm, transform, length) ->
        new KeyPart(field, norm, transform,
            transform == KeyTransform.PREFIX || transform == KeyTransform.SUFFIX ? length : 0));
    Arbitrary<BlockingKey> key = Combinators.combine(name, part.list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.of(0, 2, 5, 20), Arbitraries.of(true, false)).as(BlockingKey::new);
    return Combinators.combine(probability, probability, comparison.list().ofMinSize(1).ofMaxSize(6)
            .uniqueElements(FieldComparison::name), key.list().ofMinSize(1).ofMaxSize(4).uniqueElements(BlockingKey::name),
        Arbitraries.integers().between(2, MatchRules.MAX_BLOCK_SIZE), Arbitraries.of(true, false))
        .as((a, b, comparisons, keys, maxBlock, learnt) -> new MatchRules("kind", 3, Math.min(a, b) / 2,
            Math.max(a, b), Math.min(a, b), a, Math.max(a, b), maxBlock, comparisons, keys,
            learnt ? Optional.of(new Learning(10_000_000_000L, 3_000_000_000L, 17, true, 2)) : Optional.empty()));
  }
}
