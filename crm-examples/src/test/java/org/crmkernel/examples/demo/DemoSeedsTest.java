package org.crmkernel.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated data passes the kernel's checks for many seeds and sizes, down to the smallest. */
class DemoSeedsTest {

  @ParameterizedTest
  @CsvSource({"1, 20", "2, 21", "3, 33", "4, 47", "5, 64", "6, 99", "7, 150", "8, 233", "9, 377", "10, 610",
      "-1, 42", "9223372036854775807, 120"})
  void runsToTheEnd(long seed, int customers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Demo.run(new DemoSettings(seed, customers), new PrintStream(out, true, StandardCharsets.UTF_8));

    String report = out.toString(StandardCharsets.UTF_8);
    int accounts = customers * 2 / 5;
    assertThat(report).containsPattern("accounts +" + accounts + " +" + accounts + " ")
        .containsPattern("Katharina Vogel +Nordwind Trading +Administrator +" + accounts + " ")
        .contains("Ryan Cooper's own session now: denied")
        .contains("by stage (amounts in EUR")
        .containsPattern("open pipeline +[0-9]+ ")
        .containsPattern("They assign the [0-9]+ new leads")
        .contains("Outbox pending at the end: 0");
  }
}
