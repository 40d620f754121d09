package org.crmkernel.dedup.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of one- or multi-token phrases in folded form, read once from a resource of
 * org/crmkernel/dedup, matched at the front or the end of a token array.
 */
final class Phrases {

  private final ImmutableSet<String> phrases;
  private final int longest;

  private Phrases(ImmutableSet<String> phrases) {
    this.phrases = phrases;
    int max = 1;
    for (String p : phrases) {
      max = Math.max(max, Fold.tokens(p).length);
    }
    this.longest = max;
  }

  /** The phrases of a resource: one per line, folded; blank lines and '#' comments skipped. */
  static Phrases load(String resource) {
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    for (String line : lines(resource)) {
      String folded = Fold.fold(line, "");
      if (!folded.isEmpty()) {
        set.add(folded);
      }
    }
    return new Phrases(set.build());
  }

  /** Whether a single token is one of the phrases. */
  boolean contains(String token) {
    return phrases.contains(token);
  }

  /** How many tokens of the longest phrase ending at {@code to}, not reaching before {@code from}. */
  int atEnd(String[] tokens, int from, int to) {
    for (int len = Math.min(longest, to - from); len >= 1; len--) {
      if (phrases.contains(Fold.join(tokens, to - len, to))) {
        return len;
      }
    }
    return 0;
  }

  /** How many tokens of the longest phrase starting at {@code from}, not reaching {@code to}. */
  int atStart(String[] tokens, int from, int to) {
    for (int len = Math.min(longest, to - from); len >= 1; len--) {
      if (phrases.contains(Fold.join(tokens, from, from + len))) {
        return len;
      }
    }
    return 0;
  }

  /**
   * A "canonical variant variant ..." table: every word of a line, the first included, maps to
   * the line's first word.
   */
  static ImmutableMap<String, String> canonicalTable(String resource) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines(resource)) {
      String[] words = Fold.tokens(Fold.fold(line, ""));
      for (String w : words) {
        map.putIfAbsent(w, words[0]);
      }
    }
    return ImmutableMap.copyOf(map);
  }

  /** The non-blank, non-comment lines of a resource of org/crmkernel/dedup. */
  static List<String> lines(String resource) {
    String path = "/org/crmkernel/dedup/" + resource;
    try (InputStream in = Phrases.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(t);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
