package org.crmkernel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md true: its Java quick start is {@link QuickStart}'s code, line for line, and runs;
 * its first Quick start block holds the two commands that CI extracts.
 */
class ReadmeTest {

  private static final String START_MARKER = "// tag::quickstart[]";
  private static final String END_MARKER = "// end::quickstart[]";
  private static final String ACCESS_START = "// tag::access[]";
  private static final String ACCESS_END = "// end::access[]";

  @Test
  void quickStartCreatesUpdatesListsAndAudits() {
    QuickStart.Outcome outcome = QuickStart.run();

    Account account = outcome.account();
    assertThat(account.name()).isEqualTo("Globex Inc.");
    assertThat(account.industry()).contains("Manufacturing");
    assertThat(account.version()).isEqualTo(2);
    assertThat(account.phones()).singleElement().satisfies(p -> assertThat(p.e164()).isEqualTo("+14155550142"));
    assertThat(account.emails()).singleElement().satisfies(e -> assertThat(e.address()).isEqualTo("info@globex.example"));
    assertThat(outcome.listed()).extracting(Account::name).containsExactly("Globex Inc.");
    assertThat(outcome.history()).extracting(e -> e.operation())
        .containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE);
    assertThat(outcome.history().get(1).changes())
        .contains(FieldChange.of("name", Optional.of("Globex Corporation"), Optional.of("Globex Inc.")));
  }

  @Test
  void readmeQuotesTheQuickStartVerbatim() {
    List<String> snippet = snippet(RepositoryFiles.read("crm-examples/src/main/java/org/crmkernel/examples/QuickStart.java"));
    assertThat(snippet).hasSizeBetween(10, 40);

    String readme = RepositoryFiles.read("README.md");
    assertThat(readme).contains("```java\n" + String.join("\n", snippet) + "\n```\n");
  }

  @Test
  void accessExampleChecksExplainsAndDenies() {
    AccessQuickStart.Outcome outcome = AccessQuickStart.run();

    assertThat(outcome.adaSees()).extracting(Account::name).containsExactly("Initech");
    assertThat(outcome.why().allowed()).isTrue();
    assertThat(outcome.why().describe()).contains("reports directly to them");
    assertThat(outcome.denied().privilege()).isEqualTo("read");
    assertThat(outcome.denied().getMessage()).contains("role 'Salesperson' grants");
  }

  @Test
  void readmeQuotesTheAccessExampleVerbatim() {
    List<String> snippet = snippet(RepositoryFiles.read("crm-examples/src/main/java/org/crmkernel/examples/AccessQuickStart.java"),
        ACCESS_START, ACCESS_END);
    // The catch block closes after the markers; the README shows it closed.
    List<String> shown = new ArrayList<>(snippet);
    shown.add("}");
    assertThat(shown).hasSizeBetween(10, 40);

    assertThat(RepositoryFiles.read("README.md")).contains("```java\n" + String.join("\n", shown) + "\n```\n");
  }

  @Test
  void pipelineExampleConvertsMovesAndCloses() {
    PipelineQuickStart.Outcome outcome = PipelineQuickStart.run();

    assertThat(outcome.converted().accountCreated()).isTrue();
    assertThat(outcome.won().status()).isEqualTo(org.crmkernel.model.pipeline.StageCategory.WON);
    assertThat(outcome.history()).extracting(org.crmkernel.model.pipeline.DealChange::action).containsExactly(
        org.crmkernel.model.pipeline.DealAction.CREATE, org.crmkernel.model.pipeline.DealAction.CHANGE_CLOSE_DATE,
        org.crmkernel.model.pipeline.DealAction.MOVE_STAGE, org.crmkernel.model.pipeline.DealAction.CLOSE_WON);
    // The default tenant profile has USD as its base currency, so the amount needs no rate.
    assertThat(outcome.summary().unconvertedCurrencies()).extracting(java.util.Currency::getCurrencyCode)
        .isEmpty();
  }

  @Test
  void dedupExampleFindsBobAndRobertAndExplainsWhy() {
    org.crmkernel.dedup.MatchResult result = DedupQuickStart.run();

    assertThat(result.clusters()).singleElement().satisfies(cluster -> {
      assertThat(cluster.size()).isEqualTo(2);
      assertThat(cluster.pairs().get(0).explanation().describe())
          .contains("'robert' ~ 'robert'", "'robert.smith@example.com' ~ 'robert.smith@example.com'", "swapped");
    });
  }

  @Test
  void readmeQuotesTheDedupExampleVerbatim() {
    List<String> snippet = snippet(RepositoryFiles.read(
        "crm-examples/src/main/java/org/crmkernel/examples/DedupQuickStart.java"), "// tag::dedup[]",
        "// end::dedup[]");
    assertThat(snippet).hasSizeBetween(8, 30);

    assertThat(RepositoryFiles.read("README.md")).contains("```java\n" + String.join("\n", snippet) + "\n```\n");
  }

  @Test
  void readmeQuotesThePipelineExampleVerbatim() {
    List<String> snippet = snippet(RepositoryFiles.read(
        "crm-examples/src/main/java/org/crmkernel/examples/PipelineQuickStart.java"), "// tag::pipeline[]",
        "// end::pipeline[]");
    assertThat(snippet).hasSizeBetween(10, 40);

    assertThat(RepositoryFiles.read("README.md")).contains("```java\n" + String.join("\n", snippet) + "\n```\n");
  }

  @Test
  void jdbcExampleRunsOnAnEmbeddedH2() {
    JdbcQuickStart.Outcome outcome = JdbcQuickStart.run(
        "jdbc:h2:mem:readme_" + java.util.UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");

    assertThat(outcome.dialect()).isEqualTo(org.crmkernel.jdbc.SqlDialect.H2);
    assertThat(outcome.accounts().items()).extracting(org.crmkernel.model.customer.Account::name)
        .containsExactly("Globex Corporation");
  }

  @Test
  void readmeQuotesTheJdbcExampleVerbatim() {
    List<String> snippet = snippet(RepositoryFiles.read(
        "crm-examples/src/main/java/org/crmkernel/examples/JdbcQuickStart.java"), "// tag::jdbc[]", "// end::jdbc[]");
    assertThat(snippet).hasSizeBetween(8, 30);

    assertThat(RepositoryFiles.read("README.md")).contains("```java\n" + String.join("\n", snippet) + "\n```\n");
  }

  @Test
  void quickStartBlockHoldsTheDemoThenTheTestCommand() {
    List<String> commands = firstBlockUnder(RepositoryFiles.read("README.md"), "## Quick start");

    assertThat(commands).containsExactly("./crm demo", "mvn -B verify");
  }

  /** The lines between the markers, less their common indentation. */
  static List<String> snippet(String source) {
    return snippet(source, START_MARKER, END_MARKER);
  }

  /** The lines between {@code startMarker} and {@code endMarker}, less their common indentation. */
  static List<String> snippet(String source, String startMarker, String endMarker) {
    List<String> lines = source.lines().toList();
    int start = indexOfTrimmed(lines, startMarker);
    int end = indexOfTrimmed(lines, endMarker);
    assertThat(start).as("line with " + startMarker).isNotNegative();
    assertThat(end).as("line with " + endMarker).isGreaterThan(start);
    List<String> body = lines.subList(start + 1, end);
    int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
        .orElse(0);
    return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
  }

  /** The non-blank lines of the first fenced code block after {@code heading}, before the next heading. */
  static List<String> firstBlockUnder(String markdown, String heading) {
    List<String> lines = markdown.lines().toList();
    int at = indexOfTrimmed(lines, heading);
    assertThat(at).as("a line '" + heading + "' in README.md").isNotNegative();
    List<String> block = new ArrayList<>();
    boolean inBlock = false;
    for (String line : lines.subList(at + 1, lines.size())) {
      String trimmed = line.strip();
      if (!inBlock && trimmed.startsWith("#")) {
        break;
      }
      if (trimmed.startsWith("```")) {
        if (inBlock) {
          return block;
        }
        inBlock = true;
      } else if (inBlock && !trimmed.isEmpty()) {
        block.add(trimmed);
      }
    }
    throw new AssertionError("no closed fenced code block under '" + heading + "'");
  }

  private static int indexOfTrimmed(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(text)) {
        return i;
      }
    }
    return -1;
  }
}
