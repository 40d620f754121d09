package org.crmkernel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code crm} command in-process and checks its output and exit codes. */
class CrmCommandTest {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  /** Runs {@code crm args} in a working directory of the test's own, so no crm-data/ is left behind. */
  Run crm(String... args) {
    return crmIn(workingDirectory, args);
  }

  static Run crmIn(Path workingDirectory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CrmCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @TempDir Path workingDirectory;

  @Test
  void demoRunsOnItsOwnEmbeddedH2DatabaseByDefaultAndEmptiesItOnEveryRun() {
    Run first = crm("demo", "--customers", "20");
    Run second = crm("demo", "--customers", "20");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    Path database = workingDirectory.resolve("crm-data").resolve("demo.mv.db").toAbsolutePath();
    assertThat(database).exists();
    assertThat(first.out()).contains("Store:  H2 at jdbc:h2:file:" + workingDirectory.toAbsolutePath().resolve("crm-data")
        .resolve("demo") + " (JdbcCrmStore", "emptied at the start of each run").contains("Outbox pending at the end: 0");
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void storeAndDatabaseOptionsThatCannotBeUsedFailWithAMessageAndExitOne() {
    assertThat(crm("demo", "--store", "disk")).satisfies(run -> {
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).isEqualTo("crm: --store takes h2 (the default) or memory, not 'disk'" + System.lineSeparator());
    });
    assertThat(crm("demo", "--db", "postgres://localhost/crm")).satisfies(run -> {
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("--db: 'postgres://localhost/crm' is not a JDBC URL of a supported database",
          "jdbc:postgresql://HOST[:PORT]/DATABASE").doesNotContain("Usage:");
    });
    assertThat(crm("demo", "--db", "jdbc:oracle:thin:@//db:1521/crm").err()).contains("is not a JDBC URL of a supported");
    assertThat(crm("demo", "--db-user", "ada")).satisfies(run -> {
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("--db-user needs --db JDBC_URL");
    });
    assertThat(crm("demo", "--store", "memory", "--db", "jdbc:h2:mem:x")).satisfies(run -> {
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("--store and --db exclude each other");
    });
    assertThat(crm("demo", "--db").exitCode()).isEqualTo(2);
    assertThat(workingDirectory.resolve("crm-data")).doesNotExist();
  }

  @Test
  void anUnreachableDatabaseFailsWithAMessageThatHidesThePassword() {
    // Port 1 on the loopback refuses at once: nothing listens there.
    Run refused = crm("demo", "--db", "jdbc:postgresql://127.0.0.1:1/crm?user=ada&password=s3cret");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).startsWith("crm: cannot connect to jdbc:postgresql://127.0.0.1:1/crm?user=ada&password=***: ")
        .doesNotContain("s3cret").doesNotContain("Usage:");
    assertThat(refused.out()).isEmpty();
  }

  @Test
  void demoRunsInMemoryAndShowsEverySection() {
    Run run = crm("demo", "--store", "memory");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("seed 42, 300 customers")
        .contains("in memory (InMemoryCrmStore")
        .contains("Organisation", "Notifications", "Custom fields", "Customers, created in batches with createAll",
            "Listing and querying", "Changing an account", "Rejected input", "Changing and retiring custom fields",
            "Audit trail of", "Events and outbox")
        .contains("accounts      120      120")
        .contains("Page 2, fetched with the opaque keyset cursor")
        .contains("StaleVersionException")
        .contains("threw CrmValidationException with 6 violations")
        .contains("with ExistingValues.REJECT: refused [existing_values_invalid]")
        .contains("with ExistingValues.CLEAR_INVALID: applied")
        .contains("is retired and accepts no values [retired]")
        .contains("custom.tax_id          ***** -> *****")
        .contains("clock +2 s, relay.deliverDue() at 2025-03-03 08:00:02: delivered 1, failed 0")
        .contains("Outbox pending at the end: 0");
    assertThat(run.out()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  @Test
  void demoReportsNothingWrittenForRejectedInput() {
    String out = crm("demo", "--customers", "60", "--store=memory").out();

    assertThat(out).containsPattern("Nothing was written: accounts (\\d+) -> \\1, audit entries (\\d+) -> \\2, "
        + "events (\\d+) -> \\3, outbox pending 0 -> 0");
  }

  @Test
  void sameSeedPrintsTheSameReportAndAnotherSeedAnotherOne() {
    Run first = crm("demo", "--seed", "7", "--customers", "80", "--store", "memory");
    Run again = crm("demo", "--seed=7", "--customers=80", "--store=memory");
    Run other = crm("demo", "--seed", "8", "--customers", "80", "--store", "memory");

    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out());
  }

  @Test
  void helpAndNoArgumentsPrintTheUsage() {
    for (Run run : new Run[] {crm(), crm("help"), crm("--help")}) {
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("Usage: crm <command>")
          .contains("demo [--seed N] [--customers N] [--store h2|memory]", "[--db JDBC_URL [--db-user USER]",
              "--store h2      (default) the JDBC adapter on an embedded H2 file database", "./crm-data/",
              "--store memory  the in-memory store", "the demo works in a new tenant of its own");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void unknownCommandPrintsTheUsageAndExitsWithTwo() {
    Run run = crm("deploy");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("crm: unknown command 'deploy'").contains("Usage: crm <command>");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownOrIncompleteOptionPrintsTheUsageAndExitsWithTwo() {
    assertThat(crm("demo", "--fast").exitCode()).isEqualTo(2);
    assertThat(crm("demo", "--fast").err()).contains("unknown option for demo: '--fast'", "Usage:");
    assertThat(crm("demo", "--seed").exitCode()).isEqualTo(2);
    assertThat(crm("demo", "--seed").err()).contains("--seed needs a value");
  }

  @Test
  void unusableOptionValuesFailWithAMessageAndExitOne() {
    Run notANumber = crm("demo", "--seed", "forty-two");
    Run tooFew = crm("demo", "--customers", "5");

    assertThat(notANumber.exitCode()).isEqualTo(1);
    assertThat(notANumber.err()).isEqualTo("crm: --seed takes a whole number, not 'forty-two'" + System.lineSeparator());
    assertThat(tooFew.exitCode()).isEqualTo(1);
    assertThat(tooFew.err()).contains("--customers: the number of customers must be between 20 and 20000, was 5")
        .doesNotContain("Usage:");
    assertThat(tooFew.out()).isEmpty();
  }
}
