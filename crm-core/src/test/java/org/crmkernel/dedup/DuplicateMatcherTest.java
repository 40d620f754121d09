package org.crmkernel.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmkernel.dedup.engine.DuplicateMatcher;
import org.crmkernel.model.error.CrmValidationException;
import org.junit.jupiter.api.Test;

/** The matcher on records from outside the store. */
class DuplicateMatcherTest {

  private static final MatchContext AU = new MatchContext("AU", true);

  private static List<MatchRecord> people(int copies) {
    List<MatchRecord> records = new ArrayList<>();
    String[][] people = {{"Olivia", "Nguyen", "1984-02-11"}, {"Liam", "Okafor", "1979-12-01"},
        {"Amelia", "Lindqvist", "1991-07-23"}, {"Noah", "Haddad", "1968-03-30"}};
    for (int p = 0; p < people.length; p++) {
      for (int c = 0; c < copies; c++) {
        records.add(new MatchRecord("p" + p + "-" + c, Map.of("firstName", people[p][0],
            "lastName", c == 1 ? people[p][1].toUpperCase() : people[p][1], "birthDate", people[p][2],
            "phone", c == 0 ? "+61 412 000 00" + p : "0412 000 00" + p)));
      }
    }
    return records;
  }

  @Test
  void theSameRecordsGiveTheSameClustersOnAnyNumberOfThreads() {
    MatchResult one = DuplicateMatcher.builder(DefaultMatchRules.contacts()).context(AU).threads(1).build()
        .match(people(3));
    MatchResult four = DuplicateMatcher.builder(DefaultMatchRules.contacts()).context(AU).threads(4).build()
        .match(people(3));

    assertThat(one.clusterIdsByRecord()).isEqualTo(four.clusterIdsByRecord()).hasSize(12);
    assertThat(one.clusters()).hasSize(4).allSatisfy(c -> assertThat(c.size()).isEqualTo(3));
    assertThat(one.statistics().candidatePairs()).isEqualTo(four.statistics().candidatePairs());
  }

  @Test
  void repeatedIdsAndBadSettingsAreRefusedWithTypedErrors() {
    List<MatchRecord> twice = new ArrayList<>(people(1));
    twice.add(new MatchRecord("p0-0", Map.of("firstName", "Someone")));
    DuplicateMatcher matcher = DuplicateMatcher.builder(DefaultMatchRules.contacts()).build();

    assertThatThrownBy(() -> matcher.match(twice)).isInstanceOf(CrmValidationException.class)
        .hasMessageContaining("p0-0");
    assertThatThrownBy(() -> DuplicateMatcher.builder(DefaultMatchRules.contacts()).threads(0))
        .isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> new MatchRecord(" ", Map.of())).isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> new MatchContext("XX", true)).isInstanceOf(CrmValidationException.class);
  }

  @Test
  void aCancelledRunThrowsAndLearningCanBeCancelledToo() {
    MatchCancellation cancelled = new MatchCancellation();
    cancelled.cancel();
    DuplicateMatcher matcher = DuplicateMatcher.builder(DefaultMatchRules.contacts()).context(AU).build();

    assertThatThrownBy(() -> matcher.match(people(2), cancelled)).isInstanceOf(MatchCancelledException.class);
    assertThatThrownBy(() -> matcher.learn(people(2), cancelled)).isInstanceOf(MatchCancelledException.class);
  }

  @Test
  void anyTwoRecordsCanBeComparedAndExplained() {
    DuplicateMatcher matcher = DuplicateMatcher.builder(DefaultMatchRules.contacts()).context(AU).build();

    ScoredPair pair = matcher.compare(
        new MatchRecord("a", Map.of("firstName", "Bob", "lastName", "Smith", "email", "Bob.Smith+x@Gmail.com")),
        new MatchRecord("b", Map.of("firstName", "Robert", "lastName", "Smith", "email", "bobsmith@gmail.com")));

    assertThat(pair.probability()).isGreaterThan(0.5);
    assertThat(pair.explanation().contributions()).extracting(FieldContribution::comparison)
        .containsExactlyElementsOf(DefaultMatchRules.contacts().comparisons().stream().map(FieldComparison::name)
            .toList());
    assertThat(pair.explanation().describe()).contains("'robert' ~ 'robert'", "'bobsmith@gmail.com'",
        "missing on both sides");
  }

  @Test
  void unparsableValuesAreCountedAndStillMatched() {
    List<MatchRecord> records = List.of(
        new MatchRecord("a", Map.of("firstName", "Ada", "lastName", "Lovelace", "birthDate", "31/02/1815",
            "phone", "n/a")),
        new MatchRecord("b", Map.of("firstName", "Ada", "lastName", "Lovelace", "birthDate", "31/02/1815",
            "phone", "call the office")));

    MatchStatistics statistics = DuplicateMatcher.builder(DefaultMatchRules.contacts()).context(AU).build()
        .match(records).statistics();

    assertThat(statistics.malformedValues()).containsEntry("birthDate", 2L).containsEntry("phone", 2L);
    assertThat(statistics.recordsWithMalformedValues()).isEqualTo(2);
  }
}
