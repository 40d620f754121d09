package org.crmkernel.dedup.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * Phonetic codes, remembered: names repeat (a tenant's million contacts share some tens of
 * thousands of surnames), and commons-codec's Double Metaphone costs microseconds a name, which
 * made it the largest part of reading records. Bounded caches, shared by all runs.
 */
public final class PhoneticCodes {

  private static final int SIZE = 200_000;
  private static final Cache<String, String> DOUBLE_METAPHONE = Caffeine.newBuilder().maximumSize(SIZE).build();
  private static final Cache<String, String> SOUNDEX = Caffeine.newBuilder().maximumSize(SIZE).build();
  private static final Cache<String, String> NYSIIS = Caffeine.newBuilder().maximumSize(SIZE).build();

  private PhoneticCodes() {}

  /** {@link Phonetics#doubleMetaphone}, remembered. */
  public static String doubleMetaphone(String value) {
    return remembered(DOUBLE_METAPHONE, value, Phonetics::doubleMetaphone);
  }

  /** {@link Phonetics#soundex}, remembered. */
  public static String soundex(String value) {
    return remembered(SOUNDEX, value, Phonetics::soundex);
  }

  /** {@link Phonetics#nysiis}, remembered. */
  public static String nysiis(String value) {
    return remembered(NYSIIS, value, Phonetics::nysiis);
  }

  private static String remembered(Cache<String, String> cache, String value, Function<String, String> encoder) {
    if (value.length() > 64) {
      // Long values are rarely names and rarely repeat: do not let them crowd the cache.
      return encoder.apply(value);
    }
    return cache.get(value, encoder);
  }
}
