package org.crmkernel.dedup;

import java.util.Optional;

/**
 * How two normalised values are compared: a similarity from 0 (nothing alike) to 1 (the same).
 * A comparison's levels cut this similarity into bands. Phonetic similarities encode each value
 * once and then compare codes, so scoring a pair allocates nothing.
 */
public enum Similarity implements JsonNamed {
  /** 1 when equal, else 0. */
  EXACT("exact"),
  /** Jaro-Winkler, for short strings such as names. */
  JARO_WINKLER("jaroWinkler"),
  /** 1 - optimal-string-alignment distance / longer length: typos and transpositions. */
  DAMERAU_LEVENSHTEIN("damerauLevenshtein"),
  /** Jaccard over the sets of character bigrams. */
  QGRAM("qgram"),
  /** Jaccard over the sets of characters. */
  JACCARD("jaccard"),
  /** Fuzzy token-set overlap, for organisation names whose words move or go missing. */
  TOKEN_SET("tokenSet"),
  /** Double Metaphone codes (commons-codec): 1 same primary code, 0.9 alternate code, else 0. */
  DOUBLE_METAPHONE("doubleMetaphone"),
  /** Soundex codes (commons-codec): 1 when equal, else 0. */
  SOUNDEX("soundex"),
  /** NYSIIS codes (commons-codec): 1 when equal, else 0. */
  NYSIIS("nysiis"),
  /** Numeric proximity: 1 - |a - b| / max(|a|, |b|); non-numbers compare exactly. */
  NUMERIC("numeric"),
  /**
   * Date proximity of ISO dates: 1 equal, 0.9 day and month swapped, 0.8 one of year, month and
   * day differs, a linear decline within a year, else 0; non-dates compare exactly.
   */
  DATE("date");

  private final String jsonName;

  Similarity(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }

  /** The similarity named {@code name} in rules JSON, ignoring case. */
  public static Optional<Similarity> byJsonName(String name) {
    return JsonNamed.find(values(), name);
  }
}
