package org.crmkernel.dedup;

/**
 * A block that was too large to compare all its pairs: its records were ordered by their first
 * compared value and each paired with its next few neighbours only, and they are still paired
 * through the other blocking keys.
 *
 * @param key the blocking key's name
 * @param value the key value shared by the block's records
 * @param records the number of records in the block
 */
public record OversizedBlock(String key, String value, int records) {}
