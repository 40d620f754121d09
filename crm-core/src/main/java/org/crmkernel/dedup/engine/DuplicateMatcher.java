package org.crmkernel.dedup.engine;

import com.google.common.base.Preconditions;
import org.crmkernel.dedup.MatchCancellation;
import org.crmkernel.dedup.MatchCancelledException;
import org.crmkernel.dedup.MatchContext;
import org.crmkernel.dedup.MatchProgressListener;
import org.crmkernel.dedup.MatchRecord;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.MatchRulesJson;
import org.crmkernel.dedup.ScoredPair;
import org.crmkernel.dedup.internal.MatchEngine;

/**
 * Finds duplicates among records of one kind by its {@link MatchRules}: normalises each record
 * once, proposes candidate pairs by the blocking keys, scores each candidate once (Fellegi-Sunter
 * match weights, explained field by field), and clusters the matches without chaining. Works on
 * any {@link MatchRecord}s, from a store or a CSV file; for a tenant's stored records use the
 * session's duplicate scan ({@link org.crmkernel.dedup.DuplicateService}). Thread-safe: each call is an independent run on its own threads.
 *
 * <pre>{@code
 * DuplicateMatcher matcher = DuplicateMatcher.builder(DefaultMatchRules.contacts()).threads(2).build();
 * MatchResult result = matcher.match(records);
 * }</pre>
 */
public final class DuplicateMatcher {

  private final MatchRules rules;
  private final MatchContext context;
  private final int threads;
  private final MatchProgressListener listener;

  private DuplicateMatcher(Builder builder) {
    this.rules = builder.rules;
    this.context = builder.context;
    this.threads = builder.threads;
    this.listener = builder.listener;
  }

  /** A builder for a matcher of {@code rules}. */
  public static Builder builder(MatchRules rules) {
    return new Builder(rules);
  }

  /** The rules this matcher applies. */
  public MatchRules rules() {
    return rules;
  }

  /** Finds the duplicate clusters among {@code records}, reading them once, in order. */
  public MatchResult match(Iterable<MatchRecord> records) {
    return match(records, new MatchCancellation());
  }

  /**
   * Finds the duplicate clusters among {@code records}; another thread may stop the run through
   * {@code cancellation}.
   *
   * @throws MatchCancelledException if the run was cancelled
   * @throws org.crmkernel.model.error.CrmValidationException if two records share an id
   */
  public MatchResult match(Iterable<MatchRecord> records, MatchCancellation cancellation) {
    return new MatchEngine(rules, context, threads, listener, cancellation).match(records);
  }

  /**
   * The rules with m, u and prior learnt without labels from the candidate pairs of {@code
   * records}, by expectation maximisation starting from this matcher's probabilities; one
   * version up, with the learning recorded. Save them with {@link MatchRulesJson#write}.
   */
  public MatchRules learn(Iterable<MatchRecord> records) {
    return learn(records, new MatchCancellation());
  }

  /**
   * {@link #learn(Iterable)}, stopped by {@code cancellation} from another thread.
   *
   * @throws MatchCancelledException if the run was cancelled
   */
  public MatchRules learn(Iterable<MatchRecord> records, MatchCancellation cancellation) {
    return new MatchEngine(rules, context, threads, listener, cancellation).learn(records);
  }

  /**
   * Sends every candidate pair the blocking keys propose for {@code records} (each pair once, ids
   * in input order within the pair) to {@code sink}, without scoring: to measure on labelled
   * data how many pairs the keys save and how many true pairs they keep.
   */
  public void forEachCandidatePair(Iterable<MatchRecord> records, java.util.function.BiConsumer<String, String> sink) {
    new MatchEngine(rules, context, threads, listener, new MatchCancellation()).forEachCandidatePair(records, sink);
  }

  /** The score of two records and its explanation, whether or not they would be candidates. */
  public ScoredPair compare(MatchRecord first, MatchRecord second) {
    return new MatchEngine(rules, context, 1, MatchProgressListener.NONE, new MatchCancellation())
        .explain(first, second);
  }

  /** Builds a {@link DuplicateMatcher}, checking each setting as it is made. */
  public static final class Builder {
    private final MatchRules rules;
    private MatchContext context = MatchContext.unitedStates();
    private int threads = Runtime.getRuntime().availableProcessors();
    private MatchProgressListener listener = MatchProgressListener.NONE;

    private Builder(MatchRules rules) {
      this.rules = Preconditions.checkNotNull(rules, "rules");
    }

    /** The region for phone numbers without a country code, and the day-month order of dates (default US, month first). */
    public Builder context(MatchContext value) {
      this.context = Preconditions.checkNotNull(value, "context");
      return this;
    }

    /** The threads a run uses, 1 to 256 (default: the available processors). */
    public Builder threads(int value) {
      MatchEngine.checkThreads(value);
      this.threads = value;
      return this;
    }

    /** Who hears the progress of each run (default: nobody). */
    public Builder progress(MatchProgressListener value) {
      this.listener = Preconditions.checkNotNull(value, "listener");
      return this;
    }

    /** The matcher. */
    public DuplicateMatcher build() {
      return new DuplicateMatcher(this);
    }
  }
}
