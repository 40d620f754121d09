package org.crmkernel.dedup.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmkernel.dedup.DuplicateCluster;
import org.crmkernel.dedup.MatchCancellation;
import org.crmkernel.dedup.MatchCancelledException;
import org.crmkernel.dedup.MatchContext;
import org.crmkernel.dedup.MatchProgress;
import org.crmkernel.dedup.MatchProgress.Phase;
import org.crmkernel.dedup.MatchProgressListener;
import org.crmkernel.dedup.MatchRecord;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.MatchStatistics;
import org.crmkernel.dedup.ScoredPair;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One match run: read and normalise the records in parallel chunks, block, score the candidate
 * pairs on a pool of threads, then cluster (or learn). Memory is bounded by the feature table
 * (the normalised values, not the records) and the pairs that reach the possible-match
 * threshold; candidate pairs below it are scored and dropped.
 */
public final class MatchEngine {

  private static final Logger LOG = LoggerFactory.getLogger(MatchEngine.class);
  private static final int CHUNK = 4096;
  private static final long PAIRS_PER_TASK = 200_000;
  private static final long REPORT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final int MAX_DUPLICATE_IDS_LISTED = 20;

  private final CompiledRules compiled;
  private final MatchContext context;
  private final int threads;
  private final MatchProgressListener listener;
  private final MatchCancellation cancellation;
  private long lastReport;

  /** A run of {@code rules} on {@code threads} threads. */
  public MatchEngine(MatchRules rules, MatchContext context, int threads, MatchProgressListener listener,
      MatchCancellation cancellation) {
    this.compiled = new CompiledRules(rules);
    this.context = context;
    this.threads = threads;
    this.listener = listener;
    this.cancellation = cancellation;
  }

  /** What reading produced. */
  private record Read(FeatureTable table, Map<String, Long> malformed, long recordsWithMalformed) {}

  /** What scoring produced: the kept pairs, the candidate pairs per key (in processing order) and, when learning, the level patterns. */
  private record Scored(PairList kept, long[] candidatesByKey, PatternCounts patterns) {

    long candidates() {
      long total = 0;
      for (long count : candidatesByKey) {
        total += count;
      }
      return total;
    }
  }

  /** Records read and normalised, ready to be matched or learnt from; the records themselves are not kept. */
  public static final class Prepared {
    private final Read read;
    private final long startNanos;
    private boolean used;

    private Prepared(Read read, long startNanos) {
      this.read = read;
      this.startNanos = startNanos;
    }

    private Read use() {
      if (used) {
        throw new IllegalStateException("prepared records are matched or learnt from once; prepare them again");
      }
      used = true;
      return read;
    }
  }

  /** Reads and normalises {@code records}, in parallel chunks. */
  public Prepared prepare(Iterable<MatchRecord> records) {
    long start = System.nanoTime();
    ExecutorService pool = pool();
    try {
      return new Prepared(read(records, pool), start);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Finds the duplicate clusters among {@code records}. */
  public MatchResult match(Iterable<MatchRecord> records) {
    return match(prepare(records));
  }

  /** Finds the duplicate clusters among prepared records; each prepared set can be matched once. */
  public MatchResult match(Prepared prepared) {
    ExecutorService pool = pool();
    try {
      Read read = prepared.use();
      FeatureTable table = read.table();
      Blocking blocking = block(table);
      double keepWeight = MatchRules.weightOf(compiled.rules().possibleThreshold());
      Scored scored = score(blocking, table, keepWeight, false, pool);
      table.dropKeys();
      report(Phase.CLUSTERING, 0, -1, true);
      Clustering clustering = new Clustering(compiled, table);
      List<Clustering.Cluster> found = clustering.cluster(scored.kept(),
          done -> report(Phase.CLUSTERING, done, -1, false), cancellation::isCancelled);
      checkCancelled(Phase.CLUSTERING);
      return result(table, read, blocking, scored, found, Duration.ofNanos(System.nanoTime() - prepared.startNanos));
    } finally {
      pool.shutdownNow();
    }
  }

  /** The rules with probabilities learnt from the candidate pairs of {@code records}. */
  public MatchRules learn(Iterable<MatchRecord> records) {
    return learn(prepare(records));
  }

  /** The rules with probabilities learnt from the candidate pairs of prepared records. */
  public MatchRules learn(Prepared prepared) {
    ExecutorService pool = pool();
    try {
      FeatureTable table = prepared.use().table();
      Blocking blocking = block(table);
      Scored scored = score(blocking, table, Double.POSITIVE_INFINITY, true, pool);
      checkCancelled(Phase.SCORING);
      return ExpectationMaximisation.learn(compiled.rules(), scored.patterns(), table.size(), scored.candidates());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Sends every candidate pair of {@code records} (each once, as the blocking keys propose them) to
   * {@code sink} on the calling thread: for checking blocking against labelled data without
   * scoring.
   */
  public void forEachCandidatePair(Iterable<MatchRecord> records, java.util.function.BiConsumer<String, String> sink) {
    FeatureTable table = prepare(records).use().table();
    Blocking blocking = block(table);
    for (Blocking.Unit unit : blocking.units()) {
      blocking.forEachPair(unit, (i, j, key) -> sink.accept(table.id(i), table.id(j)));
    }
  }

  /** The explanation of two records' score. */
  public ScoredPair explain(MatchRecord first, MatchRecord second) {
    FieldSpecs specs = new FieldSpecs(compiled.rules(), context);
    FeatureTable table = new FeatureTable(compiled.swaps(), compiled.rules().blocking().size());
    table.append(2);
    long[] malformed = new long[specs.checkedFields().size()];
    specs.read(first, table, 0, malformed);
    specs.read(second, table, 1, malformed);
    return Explainer.pair(compiled, table, 0, 1, compiled.weight(table, 0, 1));
  }

  private ExecutorService pool() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread thread = new Thread(r, "crm-dedup-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    return Executors.newFixedThreadPool(threads, factory);
  }

  private record Chunk(FeatureTable table, long[] malformed, long recordsWithMalformed) {}

  private Read read(Iterable<MatchRecord> records, ExecutorService pool) {
    FieldSpecs specs = new FieldSpecs(compiled.rules(), context);
    boolean[] swaps = compiled.swaps();
    int keys = compiled.rules().blocking().size();
    FeatureTable table = new FeatureTable(swaps, keys);
    long[] malformed = new long[specs.checkedFields().size()];
    long recordsWithMalformed = 0;
    Set<String> ids = new HashSet<>();
    List<String> duplicateIds = new ArrayList<>();
    long duplicateCount = 0;
    List<Future<Chunk>> inFlight = new ArrayList<>();
    Iterator<MatchRecord> it = records.iterator();
    report(Phase.READING, 0, -1, true);
    while (it.hasNext() || !inFlight.isEmpty()) {
      while (it.hasNext() && inFlight.size() < threads * 2) {
        List<MatchRecord> chunk = new ArrayList<>(CHUNK);
        while (it.hasNext() && chunk.size() < CHUNK) {
          MatchRecord record = it.next();
          if (!ids.add(record.id())) {
            duplicateCount++;
            if (duplicateIds.size() < MAX_DUPLICATE_IDS_LISTED) {
              duplicateIds.add(record.id());
            }
            continue;
          }
          chunk.add(record);
        }
        inFlight.add(pool.submit(() -> readChunk(specs, swaps, keys, chunk)));
      }
      Chunk done = await(inFlight.remove(0), Phase.READING);
      table.appendAll(done.table());
      for (int s = 0; s < malformed.length; s++) {
        malformed[s] += done.malformed()[s];
      }
      recordsWithMalformed += done.recordsWithMalformed();
      report(Phase.READING, table.size(), -1, false);
    }
    if (duplicateCount > 0) {
      Violations v = new Violations();
      v.add("records", "duplicate_id", duplicateCount + " records repeat an id already read, for example "
          + String.join(", ", duplicateIds));
      v.throwIfAny();
    }
    Map<String, Long> malformedByField = new LinkedHashMap<>();
    List<String> fields = specs.checkedFields();
    for (int s = 0; s < fields.size(); s++) {
      if (malformed[s] > 0) {
        malformedByField.put(fields.get(s), malformed[s]);
      }
    }
    report(Phase.READING, table.size(), table.size(), true);
    return new Read(table, malformedByField, recordsWithMalformed);
  }

  private static Chunk readChunk(FieldSpecs specs, boolean[] swaps, int keys, List<MatchRecord> records) {
    FeatureTable table = new FeatureTable(swaps, keys);
    table.append(records.size());
    long[] malformed = new long[specs.checkedFields().size()];
    long withMalformed = 0;
    for (int r = 0; r < records.size(); r++) {
      if (specs.read(records.get(r), table, r, malformed)) {
        withMalformed++;
      }
    }
    return new Chunk(table, malformed, withMalformed);
  }

  private Blocking block(FeatureTable table) {
    report(Phase.BLOCKING, 0, compiled.rules().blocking().size(), true);
    Blocking blocking = new Blocking(table, compiled.rules().blocking(), compiled.rules().maxBlockSize());
    checkCancelled(Phase.BLOCKING);
    report(Phase.BLOCKING, compiled.rules().blocking().size(), compiled.rules().blocking().size(), true);
    if (blocking.oversizedCount() > 0) {
      LOG.info("capped {} blocks over {} records; the largest: {}", blocking.oversizedCount(),
          compiled.rules().maxBlockSize(), blocking.oversizedBlocks().get(0));
    }
    return blocking;
  }

  private Scored score(Blocking blocking, FeatureTable table, double keepWeight, boolean learning,
      ExecutorService pool) {
    List<Blocking.Unit> units = blocking.units();
    List<List<Blocking.Unit>> tasks = new ArrayList<>();
    List<Blocking.Unit> current = new ArrayList<>();
    long pairs = 0;
    for (Blocking.Unit unit : units) {
      current.add(unit);
      pairs += unit.pairs();
      if (pairs >= PAIRS_PER_TASK) {
        tasks.add(current);
        current = new ArrayList<>();
        pairs = 0;
      }
    }
    if (!current.isEmpty()) {
      tasks.add(current);
    }
    int keyCount = blocking.keys().size();
    CompletionService<Scored> completion = new ExecutorCompletionService<>(pool);
    for (List<Blocking.Unit> task : tasks) {
      completion.submit(() -> scoreTask(blocking, table, task, keyCount, keepWeight, learning));
    }
    PairList kept = new PairList();
    long[] byKey = new long[keyCount];
    PatternCounts patterns = new PatternCounts();
    report(Phase.SCORING, 0, tasks.size(), true);
    for (int done = 0; done < tasks.size(); done++) {
      Scored part = await(take(completion), Phase.SCORING);
      kept.addAll(part.kept());
      for (int k = 0; k < keyCount; k++) {
        byKey[k] += part.candidatesByKey()[k];
      }
      patterns.addAll(part.patterns());
      report(Phase.SCORING, done + 1, tasks.size(), done + 1 == tasks.size());
    }
    return new Scored(kept, byKey, patterns);
  }

  private Scored scoreTask(Blocking blocking, FeatureTable table, List<Blocking.Unit> task, int keyCount,
      double keepWeight, boolean learning) {
    PairList kept = new PairList();
    long[] byKey = new long[keyCount];
    PatternCounts patterns = new PatternCounts();
    Blocking.PairSink sink = (i, j, key) -> {
      byKey[key]++;
      if (learning) {
        patterns.add(compiled.pattern(table, i, j), 1);
      } else {
        double weight = compiled.weightIfAtLeast(table, i, j, keepWeight);
        if (weight >= keepWeight) {
          kept.add(i, j, weight);
        }
      }
    };
    for (Blocking.Unit unit : task) {
      if (cancellation.isCancelled()) {
        break;
      }
      blocking.forEachPair(unit, sink);
    }
    return new Scored(kept, byKey, patterns);
  }

  private Future<Scored> take(CompletionService<Scored> completion) {
    while (true) {
      try {
        Future<Scored> next = completion.poll(200, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        checkCancelled(Phase.SCORING);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MatchCancelledException(Phase.SCORING);
      }
    }
  }

  private <T> T await(Future<T> future, Phase phase) {
    while (true) {
      checkCancelled(phase);
      try {
        return future.get(200, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // Poll the cancellation again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MatchCancelledException(phase);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  private void checkCancelled(Phase phase) {
    if (cancellation.isCancelled()) {
      throw new MatchCancelledException(phase);
    }
  }

  private void report(Phase phase, long done, long total, boolean always) {
    long now = System.nanoTime();
    if (always || now - lastReport >= REPORT_NANOS) {
      lastReport = now;
      listener.onProgress(new MatchProgress(phase, done, total));
    }
  }

  private MatchResult result(FeatureTable table, Read read, Blocking blocking, Scored scored,
      List<Clustering.Cluster> found, Duration elapsed) {
    int[] clusterOf = new int[table.size()];
    Arrays.fill(clusterOf, -1);
    List<DuplicateCluster> clusters = new ArrayList<>(found.size());
    long inClusters = 0;
    for (int c = 0; c < found.size(); c++) {
      Clustering.Cluster cluster = found.get(c);
      List<String> ids = new ArrayList<>(cluster.members().length);
      for (int member : cluster.members()) {
        clusterOf[member] = c;
        ids.add(table.id(member));
      }
      inClusters += ids.size();
      List<ScoredPair> pairs = new ArrayList<>(cluster.pairs().size());
      PairList inside = cluster.pairs();
      for (int p = 0; p < inside.size(); p++) {
        pairs.add(Explainer.pair(compiled, table, inside.first(p), inside.second(p), inside.weight(p)));
      }
      pairs.sort((a, b) -> Double.compare(b.matchWeight(), a.matchWeight()));
      clusters.add(new DuplicateCluster(ids.get(0), ids, pairs));
    }
    double matchWeight = MatchRules.weightOf(compiled.rules().matchThreshold());
    long matched = 0;
    List<ScoredPair> possible = new ArrayList<>();
    PairList kept = scored.kept();
    for (int p = 0; p < kept.size(); p++) {
      int i = kept.first(p);
      int j = kept.second(p);
      if (kept.weight(p) >= matchWeight) {
        matched++;
      }
      if (clusterOf[i] < 0 || clusterOf[i] != clusterOf[j]) {
        possible.add(Explainer.pair(compiled, table, i, j, kept.weight(p)));
      }
    }
    possible.sort((a, b) -> Double.compare(b.matchWeight(), a.matchWeight()));
    Map<String, Long> candidatesByKey = new LinkedHashMap<>();
    for (int k = 0; k < blocking.keys().size(); k++) {
      candidatesByKey.put(blocking.keys().get(k).name(), scored.candidatesByKey()[k]);
    }
    MatchStatistics statistics = new MatchStatistics(table.size(), scored.candidates(), candidatesByKey,
        kept.size(), matched, clusters.size(), inClusters, blocking.oversizedBlocks(), blocking.oversizedCount(),
        read.malformed(), read.recordsWithMalformed(), elapsed);
    return new MatchResult(clusters, possible, statistics);
  }

  /** Refuses settings that cannot run. */
  public static void checkThreads(int threads) {
    if (threads < 1 || threads > 256) {
      throw CrmValidationException.of("threads", "out_of_range", "must be 1 to 256");
    }
  }
}
