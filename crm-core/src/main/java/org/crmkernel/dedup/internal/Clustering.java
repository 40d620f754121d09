package org.crmkernel.dedup.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import org.crmkernel.dedup.MatchRules;

/**
 * Clusters without chaining. Matched pairs first join records into connected components; each
 * component is then rebuilt by average-linkage agglomeration: two groups merge only while the
 * mean match probability over all pairs between them reaches the cluster threshold. A chain of weak
 * links (A ~ B ~ C ~ ... with A and Z nothing alike) therefore splits where the average drops,
 * instead of collapsing into one cluster as a transitive closure would. In components of up to
 * {@value #FULL_LIMIT} records every pair is scored; in larger ones, pairs that were never
 * candidates count as probability 0.
 */
public final class Clustering {

  /** The component size up to which every pair of members is scored. */
  public static final int FULL_LIMIT = 128;

  /** A cluster: its member records (ascending) and the scored pairs among them. */
  public record Cluster(int[] members, PairList pairs) {}

  private final CompiledRules compiled;
  private final FeatureTable table;
  private final double threshold;
  private final double matchWeight;
  private final double unknownWeight;
  private final double strongWeight;

  /** Clusters with the rules' match threshold. */
  public Clustering(CompiledRules compiled, FeatureTable table) {
    this.compiled = compiled;
    this.table = table;
    this.threshold = MatchRules.weightOf(compiled.rules().clusterThreshold());
    this.unknownWeight = compiled.priorWeight();
    this.strongWeight = MatchRules.weightOf(compiled.rules().strongLinkThreshold());
    this.matchWeight = MatchRules.weightOf(compiled.rules().matchThreshold());
  }

  /**
   * The clusters of two or more records formed from {@code kept}, the pairs that reached the
   * possible-match threshold. {@code progress} hears each component done; {@code cancelled}
   * is polled between components.
   */
  public List<Cluster> cluster(PairList kept, java.util.function.IntConsumer progress, BooleanSupplier cancelled) {
    int n = table.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int p = 0; p < kept.size(); p++) {
      if (kept.weight(p) >= matchWeight) {
        union(parent, kept.first(p), kept.second(p));
      }
    }
    Map<Integer, List<Integer>> components = new HashMap<>();
    for (int p = 0; p < kept.size(); p++) {
      if (kept.weight(p) >= matchWeight) {
        int root = find(parent, kept.first(p));
        components.computeIfAbsent(root, r -> new ArrayList<>());
      }
    }
    for (int i = 0; i < n; i++) {
      List<Integer> members = components.get(find(parent, i));
      if (members != null) {
        members.add(i);
      }
    }
    Map<Integer, PairList> largeEdges = new HashMap<>();
    for (int p = 0; p < kept.size(); p++) {
      int root = find(parent, kept.first(p));
      if (root == find(parent, kept.second(p))) {
        List<Integer> members = components.get(root);
        if (members != null && members.size() > FULL_LIMIT) {
          largeEdges.computeIfAbsent(root, r -> new PairList()).add(kept.first(p), kept.second(p), kept.weight(p));
        }
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    int done = 0;
    for (Map.Entry<Integer, List<Integer>> component : components.entrySet()) {
      if (cancelled.getAsBoolean()) {
        return List.of();
      }
      int[] members = component.getValue().stream().mapToInt(Integer::intValue).toArray();
      PairList edges = members.length <= FULL_LIMIT ? allPairs(members) : largeEdges.get(component.getKey());
      clusters.addAll(agglomerate(members, edges, cancelled));
      progress.accept(++done);
    }
    clusters.sort((a, b) -> a.members().length != b.members().length
        ? Integer.compare(b.members().length, a.members().length) : Integer.compare(a.members()[0], b.members()[0]));
    return clusters;
  }

  private PairList allPairs(int[] members) {
    PairList pairs = new PairList();
    for (int a = 0; a < members.length; a++) {
      for (int b = a + 1; b < members.length; b++) {
        pairs.add(members[a], members[b], compiled.weight(table, members[a], members[b]));
      }
    }
    return pairs;
  }

  private record Link(double linkage, int a, int b, int stampA, int stampB) {}

  private List<Cluster> agglomerate(int[] members, PairList edges, BooleanSupplier cancelled) {
    int n = members.length;
    Map<Integer, Integer> position = new HashMap<>(n * 2);
    for (int m = 0; m < n; m++) {
      position.put(members[m], m);
    }
    int[] stamp = new int[n];
    int[] owner = new int[n];
    // The members of each group; a merged-away group's list is emptied.
    List<List<Integer>> groups = new ArrayList<>(n);
    // Per group, per neighbouring group: the sum of the known pair weights between them, their count and the strongest.
    List<Map<Integer, double[]>> sums = new ArrayList<>(n);
    for (int m = 0; m < n; m++) {
      owner[m] = m;
      List<Integer> group = new ArrayList<>(1);
      group.add(m);
      groups.add(group);
      sums.add(new HashMap<>());
    }
    PriorityQueue<Link> queue = new PriorityQueue<>((x, y) -> Double.compare(y.linkage(), x.linkage()));
    for (int p = 0; p < edges.size(); p++) {
      int a = position.get(edges.first(p));
      int b = position.get(edges.second(p));
      double weight = edges.weight(p);
      sums.get(a).merge(b, new double[] {weight, 1, weight}, Clustering::add);
      sums.get(b).merge(a, new double[] {weight, 1, weight}, Clustering::add);
    }
    for (int a = 0; a < n; a++) {
      for (Map.Entry<Integer, double[]> e : sums.get(a).entrySet()) {
        double linkage = linkage(e.getValue(), 1, 1);
        if (a < e.getKey() && linkage >= threshold) {
          queue.add(new Link(linkage, a, e.getKey(), 0, 0));
        }
      }
    }
    int merges = 0;
    while (!queue.isEmpty()) {
      Link link = queue.poll();
      if (link.linkage() < threshold) {
        break;
      }
      int a = link.a();
      int b = link.b();
      if (groups.get(a).isEmpty() || groups.get(b).isEmpty() || stamp[a] != link.stampA()
          || stamp[b] != link.stampB()) {
        continue;
      }
      if ((++merges & 1023) == 0 && cancelled.getAsBoolean()) {
        return List.of();
      }
      if (groups.get(a).size() < groups.get(b).size() || (groups.get(a).size() == groups.get(b).size()
          && sums.get(a).size() < sums.get(b).size())) {
        // Merge the smaller group into the larger, so each record is relabelled O(log n) times.
        int t = a;
        a = b;
        b = t;
      }
      // Merge b into a: the sums of a's and b's links to every other group add up.
      Map<Integer, double[]> merged = sums.get(a);
      merged.remove(b);
      for (Map.Entry<Integer, double[]> e : sums.get(b).entrySet()) {
        int c = e.getKey();
        if (c == a) {
          continue;
        }
        merged.merge(c, e.getValue().clone(), Clustering::add);
        Map<Integer, double[]> other = sums.get(c);
        double[] fromB = other.remove(b);
        other.merge(a, fromB, Clustering::add);
      }
      sums.set(b, new HashMap<>());
      for (int m : groups.get(b)) {
        owner[m] = a;
      }
      groups.get(a).addAll(groups.get(b));
      groups.set(b, new ArrayList<>(0));
      stamp[a]++;
      stamp[b]++;
      int sizeA = groups.get(a).size();
      for (Map.Entry<Integer, double[]> e : merged.entrySet()) {
        int c = e.getKey();
        double linkage = linkage(e.getValue(), sizeA, groups.get(c).size());
        if (linkage >= threshold) {
          queue.add(a < c ? new Link(linkage, a, c, stamp[a], stamp[c]) : new Link(linkage, c, a, stamp[c], stamp[a]));
        }
      }
    }
    // The edges inside each final group, bucketed in one pass.
    Map<Integer, PairList> inside = new HashMap<>();
    for (int p = 0; p < edges.size(); p++) {
      int a = owner[position.get(edges.first(p))];
      if (a == owner[position.get(edges.second(p))]) {
        inside.computeIfAbsent(a, g -> new PairList()).add(edges.first(p), edges.second(p), edges.weight(p));
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      List<Integer> group = groups.get(g);
      if (group.size() < 2) {
        continue;
      }
      int[] ids = group.stream().mapToInt(m -> members[m]).sorted().toArray();
      clusters.add(new Cluster(ids, inside.getOrDefault(g, new PairList())));
    }
    return clusters;
  }

  /**
   * The linkage of groups of {@code sizeA} and {@code sizeB}: the weight of their strongest link
   * when it is a strong link, else the mean weight over all pairs between them, unknown pairs at
   * the prior's.
   */
  private double linkage(double[] known, int sizeA, int sizeB) {
    if (known[2] >= strongWeight) {
      return known[2];
    }
    double pairs = (double) sizeA * sizeB;
    return (known[0] + (pairs - known[1]) * unknownWeight) / pairs;
  }

  /** Sums, counts and the strongest of two sets of links. */
  private static double[] add(double[] x, double[] y) {
    return new double[] {x[0] + y[0], x[1] + y[1], Math.max(x[2], y[2])};
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
