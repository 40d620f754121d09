package org.crmkernel.examples.demo;

import java.util.List;
import java.util.Random;

/** Seeded random choices for the demo data: the same seed gives the same data. */
final class Dice {

  private final Random random;

  Dice(long seed) {
    this.random = new Random(seed);
  }

  /** One element of {@code items}. */
  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number in {@code [from, to]}. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /**
   * {@code pattern} with each {@code #} replaced by a digit, each {@code N} by a digit from 2 to 9
   * and each {@code A} by a capital letter; everything else is kept.
   */
  String fill(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '#' -> out.append((char) ('0' + random.nextInt(10)));
        case 'N' -> out.append((char) ('2' + random.nextInt(8)));
        case 'A' -> out.append((char) ('A' + random.nextInt(26)));
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An index into {@code weights}, chosen with probability proportional to its weight.
   */
  int weighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable: the roll is below the total");
  }

  /** A number of employees: many small companies, few large ones. */
  int employees() {
    double exponent = 1 + random.nextDouble() * 3.7;
    return (int) Math.round(Math.pow(10, exponent));
  }
}
