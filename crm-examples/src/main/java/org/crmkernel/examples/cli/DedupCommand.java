package org.crmkernel.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crmkernel.dedup.engine.DuplicateMatcher;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.KeyPart;
import org.crmkernel.dedup.MatchProgress;
import org.crmkernel.dedup.MatchProgressListener;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.MatchRulesJson;
import org.crmkernel.dedup.MatchStatistics;
import org.crmkernel.dedup.OversizedBlock;

/**
 * {@code crm dedup}: matches the rows of a CSV file as contacts, leads or accounts and writes
 * {@code record_id,cluster_id}, one line per input row in input order; a row in no cluster of
 * duplicates is its own cluster. The summary goes to standard error, with a progress line when
 * standard error is a terminal.
 */
final class DedupCommand {

  private DedupCommand() {}

  static void run(DedupRequest request, PrintStream err, boolean terminal) {
    long start = System.nanoTime();
    if (!Files.isRegularFile(request.input())) {
      throw new CommandLineException("dedup: --input " + request.input() + " is not a readable file",
          CommandLineException.INVALID);
    }
    request.rules().filter(file -> !Files.isRegularFile(file)).ifPresent(file -> {
      throw new CommandLineException("dedup: --rules " + file + " is not a readable file", CommandLineException.INVALID);
    });
    MatchRules rules = request.rules().map(MatchRulesJson::read).orElse(request.kind().defaultRules());
    reportUnmappedFields(rules, request, err);
    // Opening checks the header for every mapped column; then the ids are checked in a quick first pass.
    new CsvRecords(request.input(), request.idColumn(), request.fieldsByColumn()).close();
    CsvRecords.checkIds(request.input(), request.idColumn());
    MatchProgressListener progress = terminal ? new ProgressLine(err) : MatchProgressListener.NONE;
    if (request.learn()) {
      try (CsvRecords records = new CsvRecords(request.input(), request.idColumn(), request.fieldsByColumn())) {
        rules = matcher(rules, request, progress).learn(records);
      }
      if (terminal) {
        err.print("\r\033[K");
      }
      err.print(rules.describe());
    }
    MatchRules used = rules;
    request.saveRules().ifPresent(file -> write(file, List.of(MatchRulesJson.write(used))));
    MatchResult result;
    List<String> ids;
    long ragged;
    try (CsvRecords records = new CsvRecords(request.input(), request.idColumn(), request.fieldsByColumn())) {
      result = matcher(rules, request, progress).match(records);
      ids = records.ids();
      ragged = records.raggedRows();
    }
    if (terminal) {
      err.print("\r\033[K");
    }
    Map<String, String> clusterOf = result.clusterIdsByRecord();
    // Written beside the target and moved into place, so a failure never leaves half a file.
    Path target = request.output().toAbsolutePath();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        out.write("record_id,cluster_id\n");
        for (String id : ids) {
          out.write(csv(id));
          out.write(',');
          out.write(csv(clusterOf.getOrDefault(id, id)));
          out.write('\n');
        }
      }
      Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // The write already failed; that is what the user needs to hear.
      }
      throw new UncheckedIOException("cannot write " + request.output(), e);
    }
    summary(result.statistics(), result.possibleMatches().size(), ragged, System.nanoTime() - start, err);
  }

  private static DuplicateMatcher matcher(MatchRules rules, DedupRequest request, MatchProgressListener progress) {
    return DuplicateMatcher.builder(rules).context(request.context()).threads(request.threads()).progress(progress)
        .build();
  }

  private static void reportUnmappedFields(MatchRules rules, DedupRequest request, PrintStream err) {
    Set<String> read = new TreeSet<>();
    for (FieldComparison c : rules.comparisons()) {
      read.add(c.field());
      c.swapField().ifPresent(read::add);
    }
    rules.blocking().forEach(k -> k.parts().stream().map(KeyPart::field).forEach(read::add));
    Set<String> unmapped = new TreeSet<>(read);
    unmapped.removeAll(request.fieldsByColumn().values());
    if (!unmapped.isEmpty()) {
      err.println("dedup: the rules also read " + String.join(", ", unmapped) + ", which --map does not provide;"
          + " they add no evidence");
    }
    Set<String> ignored = new TreeSet<>(request.fieldsByColumn().values());
    ignored.removeAll(read);
    if (!ignored.isEmpty()) {
      err.println("dedup: " + String.join(", ", ignored) + " (custom text fields for these rules) are read but no"
          + " rule compares them; give --rules to use them");
    }
  }

  private static void summary(MatchStatistics s, int possible, long ragged, long nanos, PrintStream err) {
    err.printf(Locale.ROOT, "rows: %,d%n", s.records());
    err.printf(Locale.ROOT, "candidate pairs: %,d (reduction ratio %.6f)%n", s.candidatePairs(), s.reductionRatio());
    err.printf(Locale.ROOT, "clusters: %,d of 2 or more rows, holding %,d rows; %,d rows stand alone%n", s.clusters(),
        s.recordsInClusters(), s.records() - s.recordsInClusters());
    err.printf(Locale.ROOT, "possible matches to review: %,d%n", possible);
    if (s.oversizedBlockCount() > 0) {
      OversizedBlock largest = s.oversizedBlocks().get(0);
      err.printf(Locale.ROOT, "blocks capped for size: %,d (largest: %s '%s' with %,d rows)%n",
          s.oversizedBlockCount(), largest.key(), largest.value(), largest.records());
    }
    if (s.recordsWithMalformedValues() > 0 || ragged > 0) {
      List<String> fields = new ArrayList<>();
      s.malformedValues().forEach((field, count) -> fields.add(String.format(Locale.ROOT, "%s %,d", field, count)));
      err.printf(Locale.ROOT, "rows with bad values: %,d (%s), matched on what could be used%n",
          s.recordsWithMalformedValues(), fields.isEmpty() ? "none by field" : String.join(", ", fields));
      if (ragged > 0) {
        err.printf(Locale.ROOT, "rows whose column count differs from the header: %,d%n", ragged);
      }
    }
    err.printf(Locale.ROOT, "time: %.2f s%n", nanos / 1e9);
  }

  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** A progress line redrawn in place on a terminal. */
  private static final class ProgressLine implements MatchProgressListener {
    private final PrintStream err;

    ProgressLine(PrintStream err) {
      this.err = err;
    }

    @Override
    public void onProgress(MatchProgress p) {
      String phase = p.phase().name().toLowerCase(Locale.ROOT);
      if (p.total() > 0) {
        int width = 30;
        int filled = (int) Math.min(width, width * p.done() / p.total());
        err.printf(Locale.ROOT, "\r\033[K%-10s [%s%s] %,d/%,d", phase, "#".repeat(filled), " ".repeat(width - filled),
            p.done(), p.total());
      } else {
        err.printf(Locale.ROOT, "\r\033[K%-10s %,d", phase, p.done());
      }
      err.flush();
    }
  }
}
