package org.crmkernel.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crmkernel.dedup.BlockingKey;
import org.crmkernel.dedup.KeyPart;
import org.crmkernel.dedup.Normalization;

/**
 * Blocking against brute force: the candidate pairs are exactly the pairs that share a key
 * value in a block within the size limit, or sit within a sorted-neighbourhood window, and each
 * is proposed once, by the first key that proposes it.
 */
class BlockingProperties {

  /** Key values per record per key: "" is no key; a small alphabet makes blocks. */
  @Provide
  Arbitrary<List<List<String>>> keyValues() {
    Arbitrary<String> value = Arbitraries.of("", "a", "b", "c", "d", "ab", "ba");
    return value.list().ofSize(4).list().ofMinSize(0).ofMaxSize(60);
  }

  @Property(tries = 300)
  void candidatesAreTheBruteForcePairsEachOnce(@ForAll("keyValues") List<List<String>> records,
      @ForAll @IntRange(min = 2, max = 12) int maxBlockSize, @ForAll @IntRange(min = 2, max = 6) int window,
      @ForAll boolean secondNeighbourhood) {
    List<BlockingKey> keys = List.of(
        key("k0", 0), key("k1", 0), key("sn", window), key("k3", secondNeighbourhood ? 3 : 0));
    int n = records.size();
    Set<Long> expected = bruteForce(records, keys, maxBlockSize);

    FeatureTable table = new FeatureTable(new boolean[0], keys.size());
    table.append(n);
    for (int i = 0; i < n; i++) {
      table.id(i, "r" + i);
      for (int k = 0; k < keys.size(); k++) {
        table.key(k, i, records.get(i).get(k));
      }
    }
    Blocking blocking = new Blocking(table, keys, maxBlockSize);
    List<Long> proposed = new ArrayList<>();
    for (Blocking.Unit unit : blocking.units()) {
      blocking.forEachPair(unit, (i, j, key) -> {
        assertThat(i).isLessThan(j);
        proposed.add((long) i * n + j);
      });
    }

    assertThat(proposed).doesNotHaveDuplicates();
    assertThat(new HashSet<>(proposed)).isEqualTo(expected);
  }

  @Property(tries = 50)
  void oversizedBlocksAreCappedAndReported(@ForAll @IntRange(min = 3, max = 40) int records,
      @ForAll @IntRange(min = 2, max = 10) int maxBlockSize) {
    List<BlockingKey> keys = List.of(key("everyone", 0));
    FeatureTable table = new FeatureTable(new boolean[0], 1);
    table.append(records);
    for (int i = 0; i < records; i++) {
      table.id(i, "r" + i);
      table.key(0, i, "same");
    }
    Blocking blocking = new Blocking(table, keys, maxBlockSize);

    if (records > maxBlockSize) {
      assertThat(blocking.units()).singleElement().satisfies(u -> assertThat(u.windowed()).isTrue());
      long[] pairs = new long[1];
      blocking.forEachPair(blocking.units().get(0), (i, j, key) -> pairs[0]++);
      int w = Blocking.OVERSIZED_WINDOW;
      long capped = records <= w ? (long) records * (records - 1) / 2
          : (long) (records - w + 1) * (w - 1) + (long) (w - 1) * (w - 2) / 2;
      assertThat(pairs[0]).isEqualTo(capped);
      assertThat(blocking.oversizedCount()).isEqualTo(1);
      assertThat(blocking.oversizedBlocks()).singleElement().satisfies(b -> {
        assertThat(b.key()).isEqualTo("everyone");
        assertThat(b.records()).isEqualTo(records);
      });
    } else {
      assertThat(blocking.units()).singleElement().extracting(Blocking.Unit::pairs)
          .isEqualTo((long) records * (records - 1) / 2);
    }
  }

  private static BlockingKey key(String name, int window) {
    return new BlockingKey(name, List.of(KeyPart.of(name, Normalization.TEXT)), window);
  }

  private static Set<Long> bruteForce(List<List<String>> records, List<BlockingKey> keys, int maxBlockSize) {
    int n = records.size();
    Set<Long> pairs = new HashSet<>();
    for (int k = 0; k < keys.size(); k++) {
      int key = k;
      if (keys.get(k).window() == 0) {
        Map<String, Integer> sizes = new HashMap<>();
        records.forEach(r -> sizes.merge(r.get(key), 1, Integer::sum));
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            String value = records.get(i).get(k);
            if (!value.isEmpty() && value.equals(records.get(j).get(k)) && sizes.get(value) <= maxBlockSize) {
              pairs.add((long) i * n + j);
            }
          }
        }
        // An oversized block: its records in index order (no comparison values here), each with the next few.
        for (Map.Entry<String, Integer> block : sizes.entrySet()) {
          if (block.getKey().isEmpty() || block.getValue() <= maxBlockSize) {
            continue;
          }
          List<Integer> members = IntStream.range(0, n).filter(i -> records.get(i).get(key).equals(block.getKey()))
              .boxed().toList();
          for (int p = 0; p < members.size(); p++) {
            for (int q = p + 1; q < members.size() && q - p < Blocking.OVERSIZED_WINDOW; q++) {
              pairs.add((long) members.get(p) * n + members.get(q));
            }
          }
        }
      } else {
        List<Integer> sorted = IntStream.range(0, n).filter(i -> !records.get(i).get(key).isEmpty()).boxed()
            .sorted(Comparator.<Integer, String>comparing(i -> records.get(i).get(key)).thenComparingInt(i -> i))
            .toList();
        for (int p = 0; p < sorted.size(); p++) {
          for (int q = p + 1; q < sorted.size() && q - p < keys.get(k).window(); q++) {
            int i = Math.min(sorted.get(p), sorted.get(q));
            int j = Math.max(sorted.get(p), sorted.get(q));
            pairs.add((long) i * n + j);
          }
        }
      }
    }
    return pairs;
  }
}
