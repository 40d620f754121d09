package org.crmkernel.bench.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmkernel.bench.dedup.LabelledDataset.Kind;
import org.crmkernel.bench.dedup.LabelledDataset.LabelledRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks each loaded set against the figures of the data directory's READMEs (records,
 * entities, true pairs) and a few rows against the raw files.
 *
 * <p>The data are not in the repository: they live in {@code ../shared/data/dedup} on the
 * developers' machine. The tests skip whenever that directory is missing, including on CI, which
 * has no {@code ../shared}; set {@code -Ddedup.data=...} to point them elsewhere.
 */
class LabelledDatasetsTest {

  static Map<String, LabelledDataset> sets = Map.of();

  @BeforeAll
  static void load() {
    DedupData.directory()
        .ifPresent(
            dir ->
                sets =
                    LabelledDatasets.all(dir).stream()
                        .collect(Collectors.toMap(LabelledDataset::name, Function.identity())));
  }

  /** Skips each test, visibly, when there is no data directory. */
  @BeforeEach
  void needsTheData() {
    assumeThat(sets)
        .as("the shared dedup data directory (../shared/data/dedup) is missing; skipped")
        .isNotEmpty();
  }

  /** Records, entities and true pairs as the READMEs give them; entities -1 where not given. */
  @Test
  void everySetMatchesItsReadme() {
    List<Object[]> expected =
        List.of(
            new Object[] {"febrl1", Kind.PERSON, 1000, 500, 500L},
            new Object[] {"febrl2", Kind.PERSON, 5000, 4000, 1934L},
            new Object[] {"febrl3", Kind.PERSON, 5000, 2000, 6538L},
            new Object[] {"dsgen-A-1000", Kind.PERSON, 1000, 500, 500L},
            new Object[] {"dsgen-A-2500", Kind.PERSON, 2500, 1250, 1250L},
            new Object[] {"dsgen-A-5000", Kind.PERSON, 5000, 2500, 2500L},
            new Object[] {"dsgen-A-10000", Kind.PERSON, 10000, 5000, 5000L},
            new Object[] {"dsgen-C-1000", Kind.PERSON, 1000, 600, 1372L},
            new Object[] {"dsgen-C-2500", Kind.PERSON, 2500, 1500, 3433L},
            new Object[] {"dsgen-C-5000", Kind.PERSON, 5000, 3000, 6793L},
            new Object[] {"dsgen-C-10000", Kind.PERSON, 10000, 6000, 13556L},
            new Object[] {"restaurant", Kind.ORGANISATION, 864, 752, 112L},
            new Object[] {"dedupe-csv", Kind.ORGANISATION, 3337, 1162, 6608L},
            new Object[] {"dedupe-patent", Kind.ORGANISATION, 2379, 102, 293785L});
    assertThat(sets).hasSize(expected.size());
    for (Object[] e : expected) {
      LabelledDataset set = sets.get((String) e[0]);
      assertThat(set).as((String) e[0]).isNotNull();
      assertThat(set.kind()).as(set.name()).isEqualTo(e[1]);
      assertThat(set.rows()).as(set.name()).hasSize((Integer) e[2]);
      assertThat(set.entities()).as(set.name()).isEqualTo((Integer) e[3]);
      assertThat(set.truePairs()).as(set.name()).isEqualTo((Long) e[4]);
    }
  }

  @Test
  void febrlRowsUseKernelNamesAndJoinTheStreet() {
    LabelledRow row = row("febrl1", "rec-223-org");
    assertThat(row.entity()).isEqualTo("223");
    assertThat(row.values())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "lastName", "waller",
                "address.street", "6 tullaroop street",
                "address.street2", "willaroo",
                "address.city", "st james",
                "address.postalCode", "4011",
                "address.region", "wa",
                "birthDate", "19081209",
                "soc_sec_id", "6988048"));
  }

  @Test
  void dsgenRowsHavePhoneButNeitherAgeNorBlockingNumber() {
    LabelledRow row = row("dsgen-C-1000", "970");
    assertThat(row.entity()).isEqualTo("97");
    assertThat(row.values())
        .containsEntry("firstName", "andrew")
        .containsEntry("address.street", "9 elkedra close")
        .containsEntry("phone", "07 67261627")
        .doesNotContainKeys("lastName", "age", "blocking_number", "rec_id");
  }

  @Test
  void restaurantValuesAreUnquotedAndClassIsTheTruth() {
    LabelledRow first = sets.get("restaurant").rows().get(0);
    LabelledRow second = sets.get("restaurant").rows().get(1);
    assertThat(first.values())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "name", "arnie morton's of chicago",
                "address.street", "435 s. la cienega blv.",
                "address.city", "los angeles",
                "phone", "310/246-1501",
                "type", "american"));
    assertThat(first.entity()).isEqualTo("0").isEqualTo(second.entity());
  }

  @Test
  void dedupeCsvKeepsMultiLineValuesAndOtherColumns() {
    LabelledRow row = row("dedupe-csv", "1958");
    assertThat(row.entity()).isEqualTo("27");
    assertThat(row.values())
        .containsEntry("name", "Chicago Commons\nAssociation St Catherine's - St. Lucy School")
        .containsEntry("address.street", "27 Washington Oak Park IL 60302")
        .containsEntry("phone", "3865286")
        .containsEntry("website", "www.chicagocommons.org")
        .containsEntry("Executive Director", "Dan Valliere")
        .doesNotContainKeys("Zip", "Fax", "Id", "True Id");
  }

  @Test
  void patentRowsCarryNameCoauthorsAndClasses() {
    LabelledRow row = row("dedupe-patent", "2909");
    assertThat(row.entity()).isEqualTo("402600");
    assertThat(row.values())
        .containsEntry("name", "AGILENT TECHNOLOGIES")
        .containsEntry("Class", "A61N**A61B")
        .containsEntry("Lat", "0.0")
        .containsKey("Coauthor");
  }

  @Test
  void noValueIsBlankOrUntrimmed() {
    for (LabelledDataset set : sets.values()) {
      for (LabelledRow row : set.rows()) {
        for (String v : row.values().values()) {
          assertThat(v).as(set.name() + " " + row.id()).isNotBlank().isEqualTo(v.trim());
        }
      }
    }
  }

  private static LabelledRow row(String set, String id) {
    return sets.get(set).rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
