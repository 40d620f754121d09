package org.crmkernel.dedup;

import java.util.List;
import java.util.Optional;

/**
 * How one field of two records is compared: normalised, compared by a similarity, and the
 * similarity placed in the first level whose minimum it reaches. A missing value on either side
 * adds no evidence either way.
 *
 * @param name the comparison's name in explanations, unique within the rules
 * @param field the record field compared, such as {@code lastName} or {@code address.postalCode}
 * @param swapField a field whose value may have been swapped with this one (first and last
 *     names): the pair scores the better of the direct comparison and the crossed one, where the
 *     crossed one needs both crossings to agree
 * @param normalization how raw values are normalised
 * @param similarity how normalised values are compared
 * @param levels the bands, from the most similar down; the last has minimum similarity 0
 */
public record FieldComparison(
    String name,
    String field,
    Optional<String> swapField,
    Normalization normalization,
    Similarity similarity,
    List<ComparisonLevel> levels) {

  /** Copies the levels. */
  public FieldComparison {
    levels = List.copyOf(levels);
  }

  /** The index of the level {@code similarity} falls in. */
  public int levelOf(double value) {
    for (int i = 0; i < levels.size() - 1; i++) {
      if (value >= levels.get(i).minSimilarity()) {
        return i;
      }
    }
    return levels.size() - 1;
  }

  /** This comparison with other levels (learnt probabilities). */
  public FieldComparison withLevels(List<ComparisonLevel> newLevels) {
    return new FieldComparison(name, field, swapField, normalization, similarity, newLevels);
  }
}
