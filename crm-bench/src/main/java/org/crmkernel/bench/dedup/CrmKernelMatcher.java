package org.crmkernel.bench.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.dedup.DefaultMatchRules;
import org.crmkernel.dedup.DuplicateCluster;
import org.crmkernel.dedup.engine.DuplicateMatcher;
import org.crmkernel.dedup.MatchContext;
import org.crmkernel.dedup.MatchRecord;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.MatchRulesJson;
import org.crmkernel.dedup.ScoredPair;

/**
 * crmkernel's matcher on a labelled set: persons as contacts, organisations as accounts, the
 * phone numbers read in Australia (Febrl) or the US (the organisation sets). Either with the
 * default rules as shipped, or configured as the Duke baseline is (the same rules plus the
 * set's extra identifying columns: Febrl's social security number and second address line, the
 * patents' co-authors and classes; JSON resources next to this class) and learnt from the set.
 */
public final class CrmKernelMatcher implements DedupMatcher {

  private final String name;
  private final MatchRules persons;
  private final MatchRules organisations;
  private final int threads;
  private final boolean learn;

  private CrmKernelMatcher(String name, MatchRules persons, MatchRules organisations, int threads, boolean learn) {
    this.name = name;
    this.persons = persons;
    this.organisations = organisations;
    this.threads = threads;
    this.learn = learn;
  }

  /** The default rules, untouched. */
  public static CrmKernelMatcher defaults(int threads) {
    return new CrmKernelMatcher("crmkernel defaults", DefaultMatchRules.contacts(), DefaultMatchRules.accounts(),
        threads, false);
  }

  /**
   * The default rules with the sets' extra columns compared, as the Duke baseline compares them,
   * and their probabilities learnt from the set itself without its labels (expectation
   * maximisation over the candidate pairs, as a user runs {@code crm dedup --learn}); the time
   * includes the learning.
   */
  public static CrmKernelMatcher learnt(int threads) {
    return new CrmKernelMatcher("crmkernel learnt", rules("person-rules.json"), rules("organisation-rules.json"),
        threads, true);
  }

  /** The rules this matcher starts from for sets of {@code kind} (before any learning). */
  MatchRules rulesFor(LabelledDataset.Kind kind) {
    return kind == LabelledDataset.Kind.PERSON ? persons : organisations;
  }

  /** The region and date order this matcher reads sets of {@code kind} in. */
  static MatchContext contextFor(LabelledDataset.Kind kind) {
    return new MatchContext(kind == LabelledDataset.Kind.PERSON ? "AU" : "US", true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Result run(LabelledDataset set) {
    boolean person = set.kind() == LabelledDataset.Kind.PERSON;
    MatchRules rules = person ? persons : organisations;
    MatchContext context = contextFor(set.kind());
    List<MatchRecord> records = new ArrayList<>(set.rows().size());
    for (LabelledDataset.LabelledRow row : set.rows()) {
      records.add(new MatchRecord(row.id(), row.values()));
    }
    long start = System.nanoTime();
    if (learn) {
      rules = DuplicateMatcher.builder(rules).context(context).threads(threads).build().learn(records);
    }
    MatchResult result = DuplicateMatcher.builder(rules).context(context).threads(threads).build().match(records);
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    List<String[]> matched = new ArrayList<>();
    for (DuplicateCluster cluster : result.clusters()) {
      for (ScoredPair pair : cluster.pairs()) {
        if (pair.probability() >= rules.matchThreshold()) {
          matched.add(new String[] {pair.firstId(), pair.secondId()});
        }
      }
    }
    for (ScoredPair pair : result.possibleMatches()) {
      if (pair.probability() >= rules.matchThreshold()) {
        matched.add(new String[] {pair.firstId(), pair.secondId()});
      }
    }
    Map<String, String> clusters = result.clusterIdsByRecord();
    return new Result(clusters, matched, result.statistics().candidatePairs(), time);
  }

  private static MatchRules rules(String resource) {
    try (InputStream in = Optional.ofNullable(CrmKernelMatcher.class.getResourceAsStream(resource))
        .orElseThrow(() -> new IllegalStateException("missing resource " + resource))) {
      return MatchRulesJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
