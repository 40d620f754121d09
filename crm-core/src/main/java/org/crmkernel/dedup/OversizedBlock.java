package org.crmkernel.dedup;

/**
 * A block that was too large to compare all its pairs and was skipped: its records are still
 * paired through the other blocking keys.
 *
 * @param key the blocking key's name
 * @param value the key value shared by the block's records
 * @param records the number of records in the block
 */
public record OversizedBlock(String key, String value, int records) {}
