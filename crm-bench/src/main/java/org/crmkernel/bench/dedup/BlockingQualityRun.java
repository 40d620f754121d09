package org.crmkernel.bench.dedup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmkernel.dedup.MatchRecord;
import org.crmkernel.dedup.engine.DuplicateMatcher;

/**
 * How well the blocking keys do on the labelled sets, without scoring: the candidate pairs, the
 * reduction ratio (the share of all pairs never compared) and the pairs completeness (the share
 * of true pairs among the candidates), for the default rules and the rules with the sets' extra
 * columns.
 *
 * <pre>
 * java -cp crm-bench/target/benchmarks.jar org.crmkernel.bench.dedup.BlockingQualityRun [dataDir]
 * </pre>
 */
public final class BlockingQualityRun {

  private BlockingQualityRun() {}

  /** Prints the table. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/dedup");
    List<LabelledDataset> sets = LabelledDatasets.all(dir);
    System.out.println("| set | records | true pairs | rules | candidate pairs | reduction ratio | pairs completeness |");
    System.out.println("|---|--:|--:|---|--:|--:|--:|");
    for (LabelledDataset set : sets) {
      for (CrmKernelMatcher matcher : List.of(CrmKernelMatcher.defaults(2), CrmKernelMatcher.learnt(2))) {
        Map<String, String> truth = set.truth();
        List<MatchRecord> records = new ArrayList<>();
        set.rows().forEach(r -> records.add(new MatchRecord(r.id(), r.values())));
        long[] counts = new long[2];
        DuplicateMatcher.builder(matcher.rulesFor(set.kind())).context(CrmKernelMatcher.contextFor(set.kind()))
            .threads(2).build().forEachCandidatePair(records, (a, b) -> {
              counts[0]++;
              if (truth.get(a).equals(truth.get(b))) {
                counts[1]++;
              }
            });
        long n = records.size();
        double all = n * (n - 1) / 2.0;
        System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %s | %,d | %.5f | %.4f |%n", set.name(), n, set.truePairs(),
            matcher.name().replace("crmkernel ", "").replace("learnt", "with extra columns"),
            counts[0], 1 - counts[0] / all, (double) counts[1] / set.truePairs());
      }
    }
  }
}
