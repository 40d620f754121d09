package org.crmkernel.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.text.similarity.JaccardSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.crmkernel.dedup.internal.DamerauLevenshtein;
import org.crmkernel.dedup.internal.JaroWinkler;
import org.crmkernel.dedup.internal.QGrams;
import org.crmkernel.dedup.internal.TokenSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The duplicate matcher's string comparators (issue 6) against commons-text 1.15.0 on the same
 * 1,000 normalised name pairs: half a name and the same name after 0 to 3 random edits, half two
 * different names. One invocation compares all pairs; the scores are per pair.
 *
 * <p>Baselines: {@code jaroWinkler} against {@code JaroWinklerSimilarity} and {@code jaccard1}
 * against {@code JaccardSimilarity} (the same functions). commons-text has no q-gram Jaccard, so
 * {@code qgram2} runs against the obvious {@code HashSet<String>} of bigrams written here. For
 * {@code damerauLevenshtein} (optimal string alignment) the baseline is {@code
 * LevenshteinDistance}, the nearest correct commons-text distance: its {@code
 * DamerauLevenshteinDistance} of 1.15.0 compares boxed chars with {@code ==} and so misjudges
 * every char above 127 (apache/commons-text#770). {@code tokenSet} runs against the same greedy
 * matching over {@code String.split} tokens with {@code JaroWinklerSimilarity}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@State(Scope.Benchmark)
public class ComparatorBenchmark {

  static final int PAIRS = 1_000;
  static final long SEED = 6;

  static final String[] NAMES = {
    "martha", "marhta", "dwayne", "duane", "dixon", "jones", "johnson", "jonson", "smith",
    "schmidt", "schmitt", "müller", "mueller", "meyer", "maier", "schneider", "fischer",
    "weber", "wagner", "becker", "schulz", "hoffmann", "o'connor", "oconnor", "mcdonald",
    "macdonald", "nguyen", "garcia", "rodriguez", "fernández", "łukasz", "zoë", "jean-luc",
    "anne-marie", "christopher", "kristofer", "katherine", "catherine", "elizabeth", "elisabeth",
    "acme widgets gmbh", "acme widget", "widgets acme gmbh", "the acme corporation",
    "müller & söhne kg", "mueller und soehne kg", "international business machines",
    "intl business machines corp", "deutsche bahn ag", "bahn deutsche", "siemens healthineers ag",
    "siemens healthcare gmbh", "general electric company", "general electrics co",
    "bayerische motoren werke ag", "bmw ag", "volkswagen financial services",
    "volkswagen finance services gmbh", "société générale", "societe generale sa"
  };

  /** Which comparator runs. */
  @Param({"jaroWinkler", "jaccard1", "qgram2", "damerauLevenshtein", "tokenSet"})
  public String comparator;

  /** The kernel's comparator or the commons-text based baseline. */
  @Param({"crmkernel", "commonsText"})
  public String implementation;

  String[] left;
  String[] right;
  ToDoubleBiFunction<String, String> similarity;

  /**
   * Draws the pairs and picks the comparator; fails when the kernel and a baseline that computes
   * the same function disagree on a pair.
   */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(SEED);
    left = new String[PAIRS];
    right = new String[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      left[i] = NAMES[random.nextInt(NAMES.length)];
      right[i] =
          random.nextBoolean()
              ? edit(left[i], random.nextInt(4), random)
              : NAMES[random.nextInt(NAMES.length)];
    }
    similarity = pick(comparator, implementation.equals("crmkernel"));
    if (!comparator.equals("damerauLevenshtein")) {
      ToDoubleBiFunction<String, String> kernel = pick(comparator, true);
      ToDoubleBiFunction<String, String> baseline = pick(comparator, false);
      for (int i = 0; i < PAIRS; i++) {
        double k = kernel.applyAsDouble(left[i], right[i]);
        double b = baseline.applyAsDouble(left[i], right[i]);
        if (Math.abs(k - b) > 1e-12) {
          throw new IllegalStateException(
              comparator + " disagrees on " + left[i] + " / " + right[i] + ": " + k + " vs " + b);
        }
      }
    }
  }

  /** Compares every pair once; the score is per pair. */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double compareAll() {
    double sum = 0;
    for (int i = 0; i < PAIRS; i++) {
      sum += similarity.applyAsDouble(left[i], right[i]);
    }
    return sum;
  }

  static ToDoubleBiFunction<String, String> pick(String comparator, boolean kernel) {
    JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    JaccardSimilarity jaccard = new JaccardSimilarity();
    LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    return switch (comparator) {
      case "jaroWinkler" -> kernel ? JaroWinkler::similarity : jaroWinkler::apply;
      case "jaccard1" -> kernel ? (a, b) -> QGrams.jaccard(a, b, 1) : jaccard::apply;
      case "qgram2" ->
          kernel ? (a, b) -> QGrams.jaccard(a, b, 2) : ComparatorBenchmark::bigramJaccard;
      case "damerauLevenshtein" ->
          kernel
              ? DamerauLevenshtein::similarity
              : (a, b) -> {
                int longest = Math.max(a.length(), b.length());
                return longest == 0 ? 1d : 1d - (double) levenshtein.apply(a, b) / longest;
              };
      case "tokenSet" -> kernel ? TokenSet::similarity : (a, b) -> splitTokenSet(a, b, jaroWinkler);
      default -> throw new IllegalArgumentException("no comparator " + comparator);
    };
  }

  /** A name after {@code edits} random inserts, deletes, substitutions or adjacent swaps. */
  static String edit(String name, int edits, Random random) {
    StringBuilder s = new StringBuilder(name);
    String alphabet = "abcdeilmnorstuü -";
    for (int e = 0; e < edits; e++) {
      int kind = random.nextInt(4);
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      if (kind == 0 || s.length() < 2) {
        s.insert(random.nextInt(s.length() + 1), c);
      } else if (kind == 1) {
        s.deleteCharAt(random.nextInt(s.length()));
      } else if (kind == 2) {
        s.setCharAt(random.nextInt(s.length()), c);
      } else {
        int i = random.nextInt(s.length() - 1);
        char first = s.charAt(i);
        s.setCharAt(i, s.charAt(i + 1));
        s.setCharAt(i + 1, first);
      }
    }
    return s.toString();
  }

  /** Bigram Jaccard as one writes it with collections (commons-text has no q-gram Jaccard). */
  static double bigramJaccard(String a, String b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1d;
    }
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    int common = x.size() + y.size() - union.size();
    return (double) common / union.size();
  }

  static Set<String> bigrams(String s) {
    Set<String> grams = new HashSet<>();
    if (!s.isEmpty() && s.length() < 2) {
      grams.add(s);
    }
    for (int i = 0; i + 2 <= s.length(); i++) {
      grams.add(s.substring(i, i + 2));
    }
    return grams;
  }

  /** The kernel's token-set rule over {@code String.split} tokens and commons-text Jaro-Winkler. */
  static double splitTokenSet(String a, String b, JaroWinklerSimilarity jaroWinkler) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty() ? 1d : 0d;
    }
    double best = Math.max(greedy(x, y, jaroWinkler), greedy(y, x, jaroWinkler));
    return 2 * best / (x.size() + y.size());
  }

  static List<String> tokens(String s) {
    List<String> tokens = new ArrayList<>(Arrays.asList(s.split(" +")));
    tokens.removeIf(String::isEmpty);
    return tokens;
  }

  static double greedy(List<String> from, List<String> to, JaroWinklerSimilarity jaroWinkler) {
    boolean[] used = new boolean[to.size()];
    double sum = 0;
    for (String token : from) {
      int best = -1;
      double bestValue = 0;
      for (int j = 0; j < to.size(); j++) {
        if (used[j]) {
          continue;
        }
        double value = jaroWinkler.apply(token, to.get(j));
        if (value >= TokenSet.THRESHOLD && value > bestValue) {
          best = j;
          bestValue = value;
        }
      }
      if (best >= 0) {
        used[best] = true;
        sum += bestValue;
      }
    }
    return sum;
  }
}
