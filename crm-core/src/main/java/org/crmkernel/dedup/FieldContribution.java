package org.crmkernel.dedup;

import java.util.Locale;
import java.util.Optional;

/**
 * What one comparison added to a pair's match weight.
 *
 * @param comparison the comparison's name
 * @param field the field compared
 * @param first the first record's normalised value, if present
 * @param second the second record's normalised value, if present
 * @param similarity the similarity, NaN when a value is missing
 * @param level the level's label, "missing" when a value is missing
 * @param weight the evidence in bits: positive for a match, negative against, 0 when missing
 * @param swapped whether the values only agreed crossed with the swap field (first and last
 *     names swapped)
 */
public record FieldContribution(
    String comparison,
    String field,
    Optional<String> first,
    Optional<String> second,
    double similarity,
    String level,
    double weight,
    boolean swapped) {

  /** One line a person can read, such as {@code lastName 'smith' ~ 'smyth' jaroWinkler 0.95 close +6.1}. */
  public String describe() {
    if (first.isEmpty() || second.isEmpty()) {
      return String.format(Locale.ROOT, "%-16s missing on %s: no evidence", comparison,
          first.isEmpty() && second.isEmpty() ? "both sides" : "one side");
    }
    return String.format(Locale.ROOT, "%-16s '%s' ~ '%s'%s: %.3f, %s, %+.2f bits", comparison, first.get(),
        second.get(), swapped ? " (swapped with another field)" : "", similarity, level, weight);
  }
}
