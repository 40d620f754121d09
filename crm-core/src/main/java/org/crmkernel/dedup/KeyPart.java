package org.crmkernel.dedup;

/**
 * One part of a blocking key: a field, normalised, then transformed.
 *
 * @param field the record field
 * @param normalization how its raw value is normalised
 * @param transform how the normalised value becomes the key part
 * @param length the length {@link KeyTransform#PREFIX} and {@link KeyTransform#SUFFIX} keep; 0
 *     otherwise
 */
public record KeyPart(String field, Normalization normalization, KeyTransform transform, int length) {

  /** A part that keeps the whole normalised value. */
  public static KeyPart of(String field, Normalization normalization) {
    return new KeyPart(field, normalization, KeyTransform.VALUE, 0);
  }

  /** A part with a transform that needs no length. */
  public static KeyPart of(String field, Normalization normalization, KeyTransform transform) {
    return new KeyPart(field, normalization, transform, 0);
  }
}
