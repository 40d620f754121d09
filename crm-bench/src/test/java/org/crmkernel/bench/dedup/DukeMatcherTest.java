package org.crmkernel.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crmkernel.bench.dedup.LabelledDataset.Kind;
import org.crmkernel.bench.dedup.LabelledDataset.LabelledRow;
import org.junit.jupiter.api.Test;

class DukeMatcherTest {

  @Test
  void findsATypoDuplicateAndLeavesOthersApart() {
    LabelledDataset set =
        new LabelledDataset(
            "tiny",
            Kind.PERSON,
            List.of(
                person("1", "a", "lachlan", "berry", "19990219", "7364009", "69 giblin street"),
                person("2", "a", "lachlan", "bery", "19990219", "7364009", "69 giblin street"),
                person("3", "b", "deakin", "sondergeld", "19600210", "2635962", "48 goldfinch circuit"),
                person("4", "c", "elle", "lee", "19162429", "7478073", "2 ellerston avenue")));

    DedupMatcher.Result result = new DukeMatcher().run(set);

    assertThat(result.matchedPairs())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).containsExactlyInAnyOrder("1", "2"));
    assertThat(result.clusters()).containsOnlyKeys("1", "2");
    assertThat(result.clusters().get("1")).isEqualTo(result.clusters().get("2"));
    assertThat(result.comparisons()).isPositive();
    assertThat(ClusterMetrics.clusterMetrics(set.truth(), result.clusters()).f1()).isEqualTo(1.0);
  }

  @Test
  void findsAnOrganisationByNameAndReformattedPhone() {
    LabelledDataset set =
        new LabelledDataset(
            "tiny-org",
            Kind.ORGANISATION,
            List.of(
                org("1", "a", "arnie morton's of chicago", "435 s. la cienega blv.", "310/246-1501"),
                org("2", "a", "arnie morton's of chicago", "435 s. la cienega blvd.", "310-246-1501"),
                org("3", "b", "art's delicatessen", "12224 ventura blvd.", "818/762-1221")));

    DedupMatcher.Result result = new DukeMatcher().run(set);

    assertThat(result.clusters()).containsOnlyKeys("1", "2");
  }

  @Test
  void closureJoinsChainsIntoOneCluster() {
    Map<String, String> clusters =
        DukeMatcher.closure(
            List.of(
                new String[] {"c", "d"},
                new String[] {"a", "b"},
                new String[] {"d", "e"},
                new String[] {"b", "c"},
                new String[] {"x", "y"}));

    assertThat(clusters)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "x", "x", "y", "x"));
  }

  private static LabelledRow person(
      String id, String entity, String first, String last, String born, String ssn, String street) {
    return new LabelledRow(
        id,
        entity,
        Map.of(
            "firstName", first,
            "lastName", last,
            "birthDate", born,
            "soc_sec_id", ssn,
            "address.street", street));
  }

  private static LabelledRow org(String id, String entity, String name, String street, String phone) {
    return new LabelledRow(
        id, entity, Map.of("name", name, "address.street", street, "phone", phone));
  }
}
