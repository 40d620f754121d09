package org.crmkernel.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo prints the same report on the JDBC adapter as on the in-memory store, line for line,
 * but for the "Store:" line: on H2 always, on PostgreSQL and MariaDB when their URLs are set (see
 * {@link DemoDatabases}). Each database runs the demo twice: the second run, in a new tenant
 * beside the first one's data, must print the same report too.
 */
class DemoStoresDifferentialTest {

  /** Large enough for every section, smaller than the default to keep the build quick. */
  private static final DemoSettings SETTINGS = new DemoSettings(42, 120);
  private static final String STORE_LINE = "  Store:  ";

  private static String inMemory;

  @BeforeAll
  static void runInMemory() {
    try (DemoStore store = DemoStore.inMemory()) {
      inMemory = report(store);
    }
    assertThat(storeLine(inMemory)).contains("in memory");
  }

  @Test
  void theEmbeddedH2DatabasePrintsTheInMemoryReport(@TempDir Path directory) {
    for (int run = 1; run <= 2; run++) {
      try (JdbcDemoStore store = JdbcDemoStore.embeddedH2(directory)) {
        String report = report(store);

        assertThat(storeLine(report)).startsWith(STORE_LINE + "H2 at jdbc:h2:file:");
        assertSameAsInMemory(report, "embedded H2, run " + run);
      }
    }
  }

  @Test
  void anH2DatabaseByUrlPrintsTheInMemoryReportAlsoBesideAnEarlierRun(@TempDir Path directory) {
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("given");
    runTwiceOn(url, "H2");
  }

  @ParameterizedTest
  @EnumSource(DemoDatabases.class)
  void anExternalDatabasePrintsTheInMemoryReportAlsoBesideAnEarlierRun(DemoDatabases database) {
    try (DemoDatabases.Scratch scratch = database.scratch()) {
      runTwiceOn(scratch.url(), database == DemoDatabases.POSTGRESQL ? "PostgreSQL" : "MariaDB");
    }
  }

  private static void runTwiceOn(String url, String dialect) {
    for (int run = 1; run <= 2; run++) {
      try (JdbcDemoStore store = JdbcDemoStore.database(url, Optional.empty(), Optional.empty())) {
        String report = report(store);

        assertThat(storeLine(report)).startsWith(STORE_LINE + dialect + " at " + JdbcDemoStore.withoutPassword(url))
            .contains("a new tenant of its own");
        assertSameAsInMemory(report, dialect + " by URL, run " + run);
      }
    }
  }

  private static void assertSameAsInMemory(String report, String what) {
    assertThat(String.join("\n", withoutStoreLine(report))).as("the report on %s, less its Store line", what)
        .isEqualTo(String.join("\n", withoutStoreLine(inMemory)));
  }

  private static String report(DemoStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Demo.run(SETTINGS, store, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String storeLine(String report) {
    List<String> lines = report.lines().filter(l -> l.startsWith(STORE_LINE)).toList();
    assertThat(lines).as("the Store lines of the report").hasSize(1);
    return lines.get(0);
  }

  private static List<String> withoutStoreLine(String report) {
    return report.lines().filter(l -> !l.startsWith(STORE_LINE)).toList();
  }
}
