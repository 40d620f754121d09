package org.crmkernel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkernel.dedup.DefaultMatchRules;
import org.crmkernel.dedup.MatchRulesJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm dedup} on a small labelled Febrl sample shipped in the test resources (see its README). */
class DedupCommandTest {

  private static final String MAP = "given_name=firstName,surname=lastName,street_number+address_1=address.street,"
      + "suburb=address.city,postcode=address.postalCode,date_of_birth=birthDate,soc_sec_id=socSecId";

  @TempDir
  Path dir;
  private Path input;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void copySample() throws IOException {
    input = dir.resolve("febrl-sample.csv");
    try (InputStream in = getClass().getResourceAsStream("/dedup/febrl-sample.csv")) {
      Files.copy(in, input);
    }
  }

  private Run crm(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CrmCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyRowGetsAClusterAndTheClustersMatchTheTruth() throws IOException {
    Path output = dir.resolve("clusters.csv");

    Run run = crm("dedup", "--input", input.toString(), "--id", "rec_id", "--map", MAP, "--region", "AU",
        "--output", output.toString(), "--threads", "2");

    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(output);
    List<String> inputIds = ids(input);
    assertThat(lines.get(0)).isEqualTo("record_id,cluster_id");
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0]).containsExactlyElementsOf(inputIds);
    Map<String, String> clusters = new HashMap<>();
    lines.subList(1, lines.size()).forEach(l -> clusters.put(l.split(",")[0], l.split(",")[1]));
    assertThat(pairwiseF1(clusters)).isGreaterThanOrEqualTo(0.95);
    assertThat(run.err()).contains("rows: 303", "candidate pairs:", "clusters:", "time:")
        // Our three impossible dates and one in the Febrl data (19729518).
        .contains("rows with bad values: 4 (birthDate 4)");
  }

  @Test
  void learntRulesAreSavedAndCanBeUsedAgain() throws IOException {
    Path rules = dir.resolve("learnt.json");
    Run learn = crm("dedup", "--input", input.toString(), "--id", "rec_id", "--map", MAP, "--region", "AU",
        "--output", dir.resolve("a.csv").toString(), "--learn", "--save-rules", rules.toString());
    assertThat(learn.code()).as(learn.err()).isZero();
    assertThat(learn.err()).contains("contacts rules, version 2 (learnt from");
    assertThat(MatchRulesJson.read(rules).version()).isEqualTo(DefaultMatchRules.contacts().version() + 1);

    Run again = crm("dedup", "--input", input.toString(), "--id", "rec_id", "--map", MAP, "--region", "AU",
        "--rules", rules.toString(), "--output", dir.resolve("b.csv").toString());
    assertThat(again.code()).as(again.err()).isZero();
  }

  @Test
  void missingColumnsAreListedTogetherAndNothingIsWritten() {
    Path output = dir.resolve("never.csv");

    Run run = crm("dedup", "--input", input.toString(), "--id", "record", "--map", "given=firstName,surname=lastName",
        "--output", output.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("--id column 'record'", "--map column 'given'").doesNotContain("'surname'");
    assertThat(output).doesNotExist();
  }

  @Test
  void blankAndRepeatedIdsAreRefusedBeforeMatching() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "id,first,last\n1,Ada,Lovelace\n,Bob,Smith\n1,Robert,Smith\n");
    Path output = dir.resolve("never.csv");

    Run run = crm("dedup", "--input", bad.toString(), "--id", "id", "--map", "first=firstName,last=lastName",
        "--output", output.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("row 3 has no id", "rows 2 and 4 share the id '1'", "nothing was written");
    assertThat(output).doesNotExist();
  }

  @Test
  void badOptionsAreListedAtOnce() {
    Run run = crm("dedup", "--input", input.toString(), "--id", "rec_id", "--map", "a=b,c", "--kind", "people",
        "--region", "XX", "--dates", "ymd", "--threads", "0", "--output", dir.resolve("o.csv").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("'c' is not column=field", "--kind takes contacts, leads or accounts",
        "--region", "--dates takes dmy or mdy", "--threads takes a whole number");
    assertThat(crm("dedup", "--frobnicate").code()).isEqualTo(2);
  }

  @Test
  void oddValuesAndAccountsWork() throws IOException {
    Path odd = dir.resolve("odd.csv");
    Files.writeString(odd, """
        id,name,phone,street,city
        a,"Acme Pty. Ltd.",+61 2 9876 5432,"12 Main Street",Sydney
        b,"ACME PTY LTD",(02) 9876-5432,"12 Main St.",SYDNEY
        c,"Robert'); DROP TABLE crm_account;--",,,
        d,"ＧＬＯＢＥＸ　ＣＯＲＰ",,,
        e,"Globex Corporation",,,
        f,"\u202eevil\u202c",not a phone,"",""
        """);
    Path output = dir.resolve("accounts.csv");

    Run run = crm("dedup", "--input", odd.toString(), "--id", "id", "--kind", "accounts", "--region", "AU",
        "--map", "name=name,phone=phone,street=address.street,city=address.city", "--output", output.toString());

    assertThat(run.code()).as(run.err()).isZero();
    Map<String, String> clusters = new HashMap<>();
    Files.readAllLines(output).stream().skip(1).forEach(l -> clusters.put(l.split(",")[0], l.split(",")[1]));
    assertThat(clusters).hasSize(6);
    assertThat(clusters.get("b")).isEqualTo(clusters.get("a"));
    assertThat(clusters.get("c")).isEqualTo("c");
    assertThat(clusters.get("f")).isEqualTo("f");
    assertThat(run.err()).contains("rows with bad values: 1 (phone 1)");
  }

  private static List<String> ids(Path csv) throws IOException {
    List<String> ids = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      ids.add(line.split(",")[0].strip());
    }
    return ids;
  }

  /** Pairwise F1 of the clusters against the entity numbers in the Febrl ids. */
  private static double pairwiseF1(Map<String, String> clusters) {
    Map<String, Map<String, Integer>> cells = new HashMap<>();
    Map<String, Integer> entities = new HashMap<>();
    Map<String, Integer> predicted = new HashMap<>();
    clusters.forEach((id, cluster) -> {
      String entity = id.replaceAll("rec-(\\d+)-.*", "$1");
      cells.computeIfAbsent(cluster, c -> new HashMap<>()).merge(entity, 1, Integer::sum);
      entities.merge(entity, 1, Integer::sum);
      predicted.merge(cluster, 1, Integer::sum);
    });
    long correct = cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(n -> (long) n * (n - 1) / 2)
        .sum();
    long truePairs = entities.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long predictedPairs = predicted.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    double precision = (double) correct / predictedPairs;
    double recall = (double) correct / truePairs;
    return 2 * precision * recall / (precision + recall);
  }
}
