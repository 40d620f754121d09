package org.crmkernel.dedup.internal;

/**
 * A date field as the matcher keeps it.
 *
 * @param value ISO {@code yyyy-MM-dd} when {@code parsed}; otherwise the folded input, kept so
 *     that unparseable dates still compare as text ("" only when nothing usable was given)
 * @param parsed whether the input was read as a valid calendar date
 */
public record ParsedDate(String value, boolean parsed) {}
