package org.crmkernel.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.error.Violations;

/**
 * The duplicate rules of one record kind: which fields are compared and how, the Fellegi-Sunter
 * probabilities that turn agreement into evidence, the thresholds, and the blocking keys that
 * choose which pairs are compared at all. Load and save them with {@link MatchRulesJson}; start
 * from {@link DefaultMatchRules}; learn probabilities from data with {@link
 * org.crmkernel.dedup.engine.DuplicateMatcher#learn}.
 *
 * <p>A candidate pair's match weight is log2(prior / (1 - prior)) plus each comparison's level
 * weight; its match probability is 2^w / (1 + 2^w). The prior is the share of true matches among
 * candidate pairs (not among all pairs), so it does not shrink as a tenant grows.
 *
 * @param kind the record kind the rules are for: contacts, leads, accounts or any name
 * @param version the rules' version, raised each time they are learnt again
 * @param prior the share of true matches among candidate pairs, in (0, 1)
 * @param matchThreshold the match probability from which a pair is a match and may join a
 *     cluster, in (0, 1)
 * @param possibleThreshold the match probability from which a pair is kept as a possible match
 *     for review, in (0, matchThreshold]
 * @param clusterThreshold from which two groups of matched records join one cluster: the mean
 *     match weight over all pairs between them (log-odds, pairs never scored at the prior's),
 *     given as the probability of that weight, in (0, 1); 0.5 asks that the evidence between
 *     the groups is for a match on average, which keeps weak chains from joining groups
 * @param strongLinkThreshold the match probability from which one pair alone joins its two
 *     groups, in [matchThreshold, 1): copies of one original that differ from each other in
 *     different ways still join through their strong links to it. Strong links chain as a
 *     transitive closure would, so this threshold is set where a false match is rare
 * @param maxBlockSize the largest block whose pairs are all compared (at least 2); larger ones
 *     are capped to a sorted neighbourhood inside the block
 * @param comparisons the compared fields, at least one, names unique
 * @param blocking the blocking keys, at least one
 * @param learning where learnt probabilities came from, if they were learnt
 * @throws org.crmkernel.model.error.CrmValidationException listing every problem
 */
public record MatchRules(
    String kind,
    int version,
    double prior,
    double matchThreshold,
    double possibleThreshold,
    double clusterThreshold,
    double strongLinkThreshold,
    int maxBlockSize,
    List<FieldComparison> comparisons,
    List<BlockingKey> blocking,
    Optional<Learning> learning) {

  /** The most comparisons one rule set may have (level patterns are packed 4 bits each). */
  public static final int MAX_COMPARISONS = 16;

  /** The largest block size limit: a block of n records costs n(n-1)/2 comparisons. */
  public static final int MAX_BLOCK_SIZE = 100_000;

  /** The most levels one comparison may have. */
  public static final int MAX_LEVELS = 14;

  /** Checks every part, listing all problems. */
  public MatchRules {
    comparisons = List.copyOf(comparisons);
    blocking = List.copyOf(blocking);
    Violations v = new Violations();
    v.check(!kind.isBlank(), "kind", "blank", "must not be blank");
    v.check(version >= 1, "version", "out_of_range", "must be at least 1");
    probability(v, "prior", prior);
    probability(v, "matchThreshold", matchThreshold);
    probability(v, "possibleThreshold", possibleThreshold);
    probability(v, "clusterThreshold", clusterThreshold);
    probability(v, "strongLinkThreshold", strongLinkThreshold);
    v.check(strongLinkThreshold >= matchThreshold, "strongLinkThreshold", "out_of_range",
        "must not be below matchThreshold");
    v.check(possibleThreshold <= matchThreshold, "possibleThreshold", "out_of_range",
        "must not exceed matchThreshold");
    v.check(maxBlockSize >= 2 && maxBlockSize <= MAX_BLOCK_SIZE, "maxBlockSize", "out_of_range",
        "must be 2 to " + MAX_BLOCK_SIZE);
    v.check(!comparisons.isEmpty(), "comparisons", "empty", "at least one comparison is needed");
    v.check(comparisons.size() <= MAX_COMPARISONS, "comparisons", "too_many",
        "at most " + MAX_COMPARISONS + " comparisons");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < comparisons.size(); i++) {
      checkComparison(v, "comparisons[" + i + "]", comparisons.get(i), names);
    }
    v.check(!blocking.isEmpty(), "blocking", "empty", "at least one blocking key is needed");
    Set<String> keyNames = new HashSet<>();
    for (int i = 0; i < blocking.size(); i++) {
      checkKey(v, "blocking[" + i + "]", blocking.get(i), keyNames);
    }
    v.throwIfAny();
  }

  private static void checkComparison(Violations v, String path, FieldComparison c, Set<String> names) {
    v.check(!c.name().isBlank(), path + ".name", "blank", "must not be blank");
    v.check(names.add(c.name()), path + ".name", "duplicate", "'" + c.name() + "' is used twice");
    v.check(!c.field().isBlank(), path + ".field", "blank", "must not be blank");
    c.swapField().ifPresent(s -> v.check(!s.isBlank() && !s.equals(c.field()), path + ".swapField", "invalid",
        "must name another field"));
    List<ComparisonLevel> levels = c.levels();
    v.check(levels.size() >= 2, path + ".levels", "too_few", "at least two levels are needed");
    v.check(levels.size() <= MAX_LEVELS, path + ".levels", "too_many", "at most " + MAX_LEVELS + " levels");
    for (int j = 0; j < levels.size(); j++) {
      ComparisonLevel level = levels.get(j);
      String at = path + ".levels[" + j + "]";
      v.check(!level.label().isBlank(), at + ".label", "blank", "must not be blank");
      probability(v, at + ".m", level.m());
      probability(v, at + ".u", level.u());
      v.check(level.minSimilarity() >= 0 && level.minSimilarity() <= 1, at + ".minSimilarity", "out_of_range",
          "must be between 0 and 1");
      if (j > 0) {
        v.check(level.minSimilarity() < levels.get(j - 1).minSimilarity(), at + ".minSimilarity", "not_descending",
            "levels go from the most similar down");
      }
      if (j == levels.size() - 1) {
        v.check(level.minSimilarity() == 0, at + ".minSimilarity", "not_zero", "the last level catches the rest: 0");
      }
    }
  }

  private static void checkKey(Violations v, String path, BlockingKey key, Set<String> names) {
    v.check(!key.name().isBlank(), path + ".name", "blank", "must not be blank");
    v.check(names.add(key.name()), path + ".name", "duplicate", "'" + key.name() + "' is used twice");
    v.check(!key.parts().isEmpty(), path + ".parts", "empty", "at least one part is needed");
    v.check(key.window() == 0 || (key.window() >= 2 && key.window() <= 1000), path + ".window", "out_of_range",
        "0 for equal keys, or 2 to 1000 for a sorted neighbourhood");
    for (int j = 0; j < key.parts().size(); j++) {
      KeyPart part = key.parts().get(j);
      String at = path + ".parts[" + j + "]";
      v.check(!part.field().isBlank(), at + ".field", "blank", "must not be blank");
      boolean needsLength = part.transform() == KeyTransform.PREFIX || part.transform() == KeyTransform.SUFFIX;
      v.check(needsLength ? part.length() >= 1 && part.length() <= 100 : part.length() == 0, at + ".length",
          "out_of_range", needsLength ? "must be 1 to 100" : "only prefix and suffix take a length");
    }
  }

  private static void probability(Violations v, String path, double p) {
    v.check(p > 0 && p < 1, path, "out_of_range", "must be strictly between 0 and 1");
  }

  /** The match probability of a match weight in bits: 2^w / (1 + 2^w). */
  public static double probabilityOf(double weight) {
    double odds = Math.pow(2, weight);
    return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
  }

  /** The match weight in bits of a match probability: log2(p / (1 - p)), the inverse of {@link #probabilityOf}. */
  public static double weightOf(double probability) {
    return Math.log(probability / (1 - probability)) / Math.log(2);
  }

  /** The prior's match weight in bits: log2(prior / (1 - prior)). */
  public double priorWeight() {
    return weightOf(prior);
  }

  /** These rules with learnt probabilities, one version up. */
  public MatchRules learnt(double newPrior, List<FieldComparison> newComparisons, Learning how) {
    return new MatchRules(kind, version + 1, newPrior, matchThreshold, possibleThreshold, clusterThreshold,
        strongLinkThreshold, maxBlockSize, newComparisons, blocking, Optional.of(how));
  }

  /** These rules with other thresholds. */
  public MatchRules withThresholds(double match, double possible, double cluster) {
    return new MatchRules(kind, version, prior, match, possible, cluster, Math.max(match, strongLinkThreshold),
        maxBlockSize, comparisons, blocking, learning);
  }

  /** These rules with another block size limit. */
  public MatchRules withMaxBlockSize(int size) {
    return new MatchRules(kind, version, prior, matchThreshold, possibleThreshold, clusterThreshold,
        strongLinkThreshold, size, comparisons, blocking, learning);
  }

  /**
   * A table a person can read: each comparison's levels with their m and u probabilities and
   * match weights, the prior, the thresholds and the blocking keys.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s rules, version %d%s%n", kind, version,
        learning.map(l -> String.format(Locale.ROOT, " (learnt from %,d candidate pairs of %,d records in %d"
            + " iterations%s, from version %d)", l.candidatePairs(), l.records(), l.iterations(),
            l.converged() ? "" : ", not converged", l.fromVersion())).orElse("")));
    out.append(String.format(Locale.ROOT, "prior %.6f (%+.2f bits); match from %.3f, possible from %.3f,"
        + " clusters join from a mean of %.3f or one link of %.6f; blocks up to %d records%n", prior, priorWeight(),
        matchThreshold, possibleThreshold, clusterThreshold, strongLinkThreshold, maxBlockSize));
    out.append(String.format(Locale.ROOT, "%-22s %-18s %-10s %8s %10s %10s %8s%n", "comparison", "similarity",
        "level", "from", "m", "u", "bits"));
    for (FieldComparison c : comparisons) {
      for (ComparisonLevel l : c.levels()) {
        out.append(String.format(Locale.ROOT, "%-22s %-18s %-10s %8.3f %10.6f %10.6f %+8.2f%n", c.name(),
            c.similarity().jsonName(), l.label(), l.minSimilarity(), l.m(), l.u(), l.weight()));
      }
    }
    for (BlockingKey key : blocking) {
      out.append("blocking ").append(key.name()).append(": ");
      for (int i = 0; i < key.parts().size(); i++) {
        KeyPart p = key.parts().get(i);
        out.append(i == 0 ? "" : " + ").append(p.transform().jsonName()).append(p.length() > 0 ? "(" + p.length()
            + ")" : "").append('(').append(p.normalization().jsonName()).append(' ').append(p.field()).append(')');
      }
      out.append(key.unordered() ? ", in any order" : "")
          .append(key.isSortedNeighbourhood() ? ", sorted neighbourhood of " + key.window() : "").append('\n');
    }
    return out.toString();
  }
}
