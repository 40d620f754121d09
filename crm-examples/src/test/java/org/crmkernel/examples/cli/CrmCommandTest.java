package org.crmkernel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the {@code crm} command in-process and checks its output and exit codes. */
class CrmCommandTest {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run crm(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CrmCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void demoRunsInMemoryAndShowsEverySection() {
    Run run = crm("demo");

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
    String out = crm("demo", "--customers", "60").out();

    assertThat(out).containsPattern("Nothing was written: accounts (\\d+) -> \\1, audit entries (\\d+) -> \\2, "
        + "events (\\d+) -> \\3, outbox pending 0 -> 0");
  }

  @Test
  void sameSeedPrintsTheSameReportAndAnotherSeedAnotherOne() {
    Run first = crm("demo", "--seed", "7", "--customers", "80");
    Run again = crm("demo", "--seed=7", "--customers=80");
    Run other = crm("demo", "--seed", "8", "--customers", "80");

    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out());
  }

  @Test
  void helpAndNoArgumentsPrintTheUsage() {
    for (Run run : new Run[] {crm(), crm("help"), crm("--help")}) {
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("Usage: crm <command>").contains("demo [--seed N] [--customers N]");
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
