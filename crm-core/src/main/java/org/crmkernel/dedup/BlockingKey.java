package org.crmkernel.dedup;

import java.util.List;

/**
 * A way to find candidate pairs without comparing every record with every other. With {@code
 * window} 0, records whose key parts are all present and equal form a block, and every pair in a
 * block is a candidate. With a window of 2 or more, records are sorted by the key and each is
 * paired with the next {@code window - 1} records (sorted neighbourhood). A block larger than
 * the rules' {@link MatchRules#maxBlockSize} is capped (its records ordered by their first compared
 * value, each paired with the next few) and reported.
 *
 * @param name the key's name in statistics
 * @param parts the key's parts; a record lacking any part has no key
 * @param window 0 for blocks of equal keys, or the sorted-neighbourhood window (2 or more)
 * @param unordered whether the parts' values are sorted before they are joined, so that a record
 *     with its first and last names swapped gets the same key
 */
public record BlockingKey(String name, List<KeyPart> parts, int window, boolean unordered) {

  /** Copies the parts. */
  public BlockingKey {
    parts = List.copyOf(parts);
  }

  /** A key whose parts keep their order. */
  public BlockingKey(String name, List<KeyPart> parts, int window) {
    this(name, parts, window, false);
  }

  /** Whether this key pairs sorted neighbours rather than equal keys. */
  public boolean isSortedNeighbourhood() {
    return window > 0;
  }
}
