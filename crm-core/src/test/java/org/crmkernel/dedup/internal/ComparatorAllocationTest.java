package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

/**
 * The comparators run per candidate pair, millions of times per match run, so after a thread's
 * first calls they must not allocate: measured with the JVM's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}).
 *
 * <p>The test sources compile inside the crm-core module, which does not read {@code
 * java.management}; the tests run on the class path, so the counter is looked up at run time
 * through a method handle, which (unlike {@code Method.invoke}) returns the long unboxed.
 */
class ComparatorAllocationTest {

  static final int CALLS = 10_000;
  static final long BUDGET_BYTES = 1_024;

  double sink;

  @Test
  void tenThousandCallsOfEachComparatorAllocateLessThanOneKilobyte() throws Throwable {
    Object threads = threadMxBean();
    Class<?> beanType = Class.forName("com.sun.management.ThreadMXBean");
    assertThat(beanType.getMethod("isThreadAllocatedMemorySupported").invoke(threads))
        .isEqualTo(true);
    beanType.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(threads, true);
    MethodHandle allocatedBytes =
        MethodHandles.publicLookup()
            .findVirtual(
                beanType, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
            .asType(MethodType.methodType(long.class, Object.class));

    Random random = new Random(42);
    List<String[]> text = new ArrayList<>();
    for (String name : ComparatorProperties.NAMES) {
      for (int edits = 0; edits <= 3; edits++) {
        text.add(new String[] {name, ComparatorProperties.edit(name, edits, random)});
      }
    }
    // Longer inputs than the buffers start with, so warming up has to grow them.
    String longName = "the international association of very long organisation names ".repeat(4);
    text.add(new String[] {longName, ComparatorProperties.edit(longName, 3, random)});
    text.add(new String[] {"", "acme"});
    text.add(new String[] {"\uD83D\uDE00 a", "\uD83D\uDE01 a"});
    List<String[]> numbers =
        List.of(
            new String[] {"100", "90"},
            new String[] {"-12.50", "12.5"},
            new String[] {"1.2.3", "1.2.3"},
            new String[] {"123456789012345678901234", "0.000000000000000000001"},
            new String[] {"abc", "0"});
    List<String[]> dates =
        List.of(
            new String[] {"1980-03-04", "1980-04-03"},
            new String[] {"1980-03-04", "1981-03-04"},
            new String[] {"1980-03-02", "1980-05-01"},
            new String[] {"1980-02-30", "1980-02-30"},
            new String[] {"1980-01-01", "1999-01-01"});
    List<String[]> codes = new ArrayList<>();
    for (String[] pair : text) {
      codes.add(
          new String[] {Phonetics.doubleMetaphone(pair[0]), Phonetics.doubleMetaphone(pair[1])});
    }

    Map<String, Run> runs = new LinkedHashMap<>();
    runs.put("jaroWinkler", new Run(JaroWinkler::similarity, text));
    runs.put("damerauLevenshtein", new Run(DamerauLevenshtein::similarity, text));
    runs.put("jaccard1", new Run((a, b) -> QGrams.jaccard(a, b, 1), text));
    runs.put("qgram2", new Run((a, b) -> QGrams.jaccard(a, b, 2), text));
    runs.put("qgram3", new Run((a, b) -> QGrams.jaccard(a, b, 3), text));
    runs.put("tokenSet", new Run(TokenSet::similarity, text));
    runs.put("codeSimilarity", new Run(Phonetics::codeSimilarity, codes));
    runs.put("numbers", new Run(Numbers::similarity, numbers));
    runs.put("dates", new Run(DateProximity::similarity, dates));

    for (int round = 0; round < 3; round++) {
      runs.values().forEach(this::call);
    }
    Map<String, Long> allocated = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Run> run : runs.entrySet()) {
      long before = (long) allocatedBytes.invokeExact(threads);
      call(run.getValue());
      long bytes = (long) allocatedBytes.invokeExact(threads) - before;
      allocated.put(run.getKey(), bytes);
      total += bytes;
    }
    assertThat(total).as("bytes allocated per comparator: %s", allocated).isLessThan(BUDGET_BYTES);
    assertThat(sink).isPositive();
  }

  private static Object threadMxBean() throws ReflectiveOperationException {
    return Class.forName("java.lang.management.ManagementFactory")
        .getMethod("getThreadMXBean")
        .invoke(null);
  }

  private void call(Run run) {
    double sum = 0;
    String[][] pairs = run.pairs;
    for (int i = 0; i < CALLS; i++) {
      String[] pair = pairs[i % pairs.length];
      sum += run.comparator.applyAsDouble(pair[0], pair[1]);
    }
    sink += sum;
  }

  private static final class Run {
    final ToDoubleBiFunction<String, String> comparator;
    final String[][] pairs;

    Run(ToDoubleBiFunction<String, String> comparator, List<String[]> pairs) {
      this.comparator = comparator;
      this.pairs = pairs.toArray(new String[0][]);
    }
  }
}
