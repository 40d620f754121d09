package org.crmkernel.bench.dedup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmkernel.bench.dedup.ClusterMetrics.Scores;

/**
 * Runs every matcher on every labelled set in one process and prints a Markdown table of pair
 * and cluster precision, recall and F1, comparisons and speed.
 *
 * <pre>
 * java -cp crm-bench/target/benchmarks.jar org.crmkernel.bench.dedup.DedupQualityRun \
 *     [dataDir] [--sets name,...]
 * </pre>
 *
 * The data directory defaults to {@code ../shared/data/dedup} relative to the working directory.
 * Each matcher runs once on the smallest selected set before anything is timed.
 */
public final class DedupQualityRun {

  /** The matchers compared; add one here to put it in the table. */
  public static final List<DedupMatcher> MATCHERS = List.of(new DukeMatcher(), CrmKernelMatcher.defaults(2),
      CrmKernelMatcher.learnt(2));

  private DedupQualityRun() {}

  /** Parses the arguments, runs the matchers and prints the table to standard output. */
  public static void main(String[] args) {
    Path dir = Path.of("../shared/data/dedup");
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--sets")) {
        if (i + 1 == args.length) {
          usage("--sets needs a comma-separated list of set names");
        }
        wanted.addAll(Arrays.asList(args[++i].split(",")));
      } else if (args[i].startsWith("--")) {
        usage("unknown option " + args[i]);
      } else {
        dir = Path.of(args[i]);
      }
    }
    if (!Files.isDirectory(dir)) {
      usage("no data directory at " + dir.toAbsolutePath().normalize());
    }
    List<LabelledDataset> all = LabelledDatasets.all(dir);
    Set<String> names = all.stream().map(LabelledDataset::name).collect(Collectors.toCollection(LinkedHashSet::new));
    for (String w : wanted) {
      if (!names.contains(w)) {
        usage("unknown set " + w + "; the sets are " + names);
      }
    }
    List<LabelledDataset> sets = new ArrayList<>();
    for (LabelledDataset s : all) {
      if (wanted.isEmpty() || wanted.contains(s.name())) {
        sets.add(s);
      }
    }
    run(sets, MATCHERS, System.out);
  }

  /** Warms each matcher up on the smallest set, then runs and prints every matcher on every set. */
  static void run(List<LabelledDataset> sets, List<DedupMatcher> matchers, PrintStream out) {
    LabelledDataset smallest =
        sets.stream().min(Comparator.comparingInt(s -> s.rows().size())).orElseThrow();
    for (DedupMatcher m : matchers) {
      m.run(smallest);
    }
    out.println(
        "| set | kind | records | true pairs | matcher | pair P | pair R | pair F1 | cluster P"
            + " | cluster R | cluster F1 | comparisons | seconds | records/s |");
    out.println("|---|---|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (LabelledDataset set : sets) {
      Map<String, String> truth = set.truth();
      for (DedupMatcher m : matchers) {
        DedupMatcher.Result r = m.run(set);
        Scores pairs = ClusterMetrics.pairMetrics(truth, r.matchedPairs());
        Scores clusters = ClusterMetrics.clusterMetrics(truth, r.clusters());
        double seconds = r.time().toNanos() / 1e9;
        out.println(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %.2f | %.0f |",
                set.name(),
                set.kind().name().toLowerCase(Locale.ROOT),
                set.rows().size(),
                pairs.truePairs(),
                m.name(),
                pairs.precision(),
                pairs.recall(),
                pairs.f1(),
                clusters.precision(),
                clusters.recall(),
                clusters.f1(),
                r.comparisons() < 0 ? "n/a" : Long.toString(r.comparisons()),
                seconds,
                set.rows().size() / seconds));
        out.flush();
      }
    }
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: java -cp crm-bench/target/benchmarks.jar "
            + DedupQualityRun.class.getName()
            + " [dataDir (default ../shared/data/dedup)] [--sets name,...]");
    System.exit(2);
  }
}
