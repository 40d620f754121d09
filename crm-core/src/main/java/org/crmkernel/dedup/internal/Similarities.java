package org.crmkernel.dedup.internal;

import org.crmkernel.dedup.Similarity;

/** What each {@link Similarity} computes: the form it compares, and the score of two such forms. */
public final class Similarities {

  private Similarities() {}

  /** The form of a normalised value {@code similarity} compares: a phonetic code, or the value. */
  public static String prepare(Similarity similarity, String normalized) {
    if (normalized.isEmpty()) {
      return normalized;
    }
    return switch (similarity) {
      case DOUBLE_METAPHONE -> PhoneticCodes.doubleMetaphone(normalized);
      case SOUNDEX -> PhoneticCodes.soundex(normalized);
      case NYSIIS -> PhoneticCodes.nysiis(normalized);
      default -> normalized;
    };
  }

  /** The similarity of two prepared values, from 0 to 1. */
  public static double score(Similarity similarity, String a, String b) {
    return switch (similarity) {
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
