package org.crmkernel.bench.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.crmkernel.dedup.DefaultMatchRules;
import org.crmkernel.dedup.engine.DuplicateMatcher;
import org.crmkernel.dedup.MatchContext;
import org.crmkernel.dedup.MatchRecord;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.dedup.MatchStatistics;

/**
 * The scale run: generates synthetic contacts with known duplicates (not timed), then times one
 * match of all of them with the default contact rules, and prints the time, the heap's peak,
 * the pairs compared and the pairwise precision, recall and F1 of the clusters.
 *
 * <pre>
 * java -Xmx4g -XX:ActiveProcessorCount=2 -cp crm-bench/target/benchmarks.jar \
 *     org.crmkernel.bench.dedup.MillionContactsRun [records=1000000] [threads=2] [seed=1]
 * </pre>
 */
public final class MillionContactsRun {

  private MillionContactsRun() {}

  /** Runs it. */
  public static void main(String[] args) {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    long g0 = System.nanoTime();
    for (SyntheticContacts.Row row : new SyntheticContacts(seed, 0.2).rows(records)) {
      if (row.record().id().isEmpty()) {
        throw new IllegalStateException("unreachable: ids are never empty");
      }
    }
    double generating = (System.nanoTime() - g0) / 1e9;
    // The records are made as the matcher reads them, as a store's scan would stream them: only the
    // truth (id to person) is kept beside the matcher's own state. Making them is timed with the run.
    Map<String, String> truth = new HashMap<>(records * 2);
    Iterable<SyntheticContacts.Row> rows = new SyntheticContacts(seed, 0.2).rows(records);
    Iterable<MatchRecord> input = () -> new java.util.Iterator<>() {
      private final java.util.Iterator<SyntheticContacts.Row> it = rows.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public MatchRecord next() {
        SyntheticContacts.Row row = it.next();
        truth.put(row.record().id(), row.entity());
        return row.record();
      }
    };
    System.gc();
    resetPeaks();
    DuplicateMatcher matcher = DuplicateMatcher.builder(DefaultMatchRules.contacts())
        .context(new MatchContext("AU", true)).threads(threads).build();
    long t0 = System.nanoTime();
    MatchResult result = matcher.match(input);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = heapPeak();
    MatchStatistics s = result.statistics();
    ClusterMetrics.Scores scores = ClusterMetrics.clusterMetrics(truth, result.clusterIdsByRecord());
    System.out.printf(Locale.ROOT, "%,d contacts (%,d people) generated and matched in %.1f s on %d threads%n",
        truth.size(), truth.values().stream().distinct().count(), seconds, threads);
    System.out.printf(Locale.ROOT, "of which making the records takes about %.1f s (timed alone, same seed), so the"
        + " matcher's own time is about %.1f s%n", generating, seconds - generating);
    System.out.printf(Locale.ROOT, "heap: max %,d MB, sum of the heap pools' peaks %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    System.out.printf(Locale.ROOT, "candidate pairs %,d (by key %s), kept %,d, clusters %,d, reduction ratio %.7f,"
        + " oversized blocks %,d%n", s.candidatePairs(), s.candidatePairsByKey(), s.keptPairs(), s.clusters(),
        s.reductionRatio(), s.oversizedBlockCount());
    System.out.printf(Locale.ROOT, "cluster pairs: precision %.4f recall %.4f F1 %.4f (true pairs %,d, predicted %,d)%n",
        scores.precision(), scores.recall(), scores.f1(), scores.truePairs(), scores.predictedPairs());
    System.out.printf(Locale.ROOT, "records per second %,.0f%n", records / seconds);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
