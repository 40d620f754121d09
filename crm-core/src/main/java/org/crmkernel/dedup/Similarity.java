package org.crmkernel.dedup;

import java.util.Optional;
import org.crmkernel.dedup.internal.DamerauLevenshtein;
import org.crmkernel.dedup.internal.DateProximity;
import org.crmkernel.dedup.internal.JaroWinkler;
import org.crmkernel.dedup.internal.Numbers;
import org.crmkernel.dedup.internal.PhoneticCodes;
import org.crmkernel.dedup.internal.Phonetics;
import org.crmkernel.dedup.internal.QGrams;
import org.crmkernel.dedup.internal.TokenSet;

/**
 * How two normalised values are compared: a similarity from 0 (nothing alike) to 1 (the same).
 * A comparison's levels cut this similarity into bands. Phonetic similarities encode each value
 * once ({@link #prepare}) and then compare codes, so scoring a pair allocates nothing.
 */
public enum Similarity {
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

  /** The name used in rules JSON. */
  public String jsonName() {
    return jsonName;
  }

  /** The similarity named {@code name} in rules JSON, ignoring case. */
  public static Optional<Similarity> byJsonName(String name) {
    for (Similarity s : values()) {
      if (s.jsonName.equalsIgnoreCase(name) || s.name().equalsIgnoreCase(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The form of a normalised value this similarity compares: a phonetic code, or the value. */
  public String prepare(String normalized) {
    if (normalized.isEmpty()) {
      return normalized;
    }
    return switch (this) {
      case DOUBLE_METAPHONE -> PhoneticCodes.doubleMetaphone(normalized);
      case SOUNDEX -> PhoneticCodes.soundex(normalized);
      case NYSIIS -> PhoneticCodes.nysiis(normalized);
      default -> normalized;
    };
  }

  /** The similarity of two prepared values, from 0 to 1. */
  public double score(String a, String b) {
    return switch (this) {
      case EXACT, SOUNDEX, NYSIIS -> a.equals(b) ? 1.0 : 0.0;
      case JARO_WINKLER -> JaroWinkler.similarity(a, b);
      case DAMERAU_LEVENSHTEIN -> DamerauLevenshtein.similarity(a, b);
      case QGRAM -> QGrams.jaccard(a, b, 2);
      case JACCARD -> QGrams.jaccard(a, b, 1);
      case TOKEN_SET -> TokenSet.similarity(a, b);
      case DOUBLE_METAPHONE -> Phonetics.codeSimilarity(a, b);
      case NUMERIC -> Numbers.similarity(a, b);
      case DATE -> DateProximity.similarity(a, b);
    };
  }
}
