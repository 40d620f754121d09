package org.crmkernel.dedup.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmkernel.dedup.BlockingKey;
import org.crmkernel.dedup.FieldComparison;
import org.crmkernel.dedup.KeyPart;
import org.crmkernel.dedup.MatchContext;
import org.crmkernel.dedup.MatchRecord;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.dedup.Normalization;

/**
 * The distinct (field, normalisation) pairs that the rules read, so that each is normalised once
 * per record however many comparisons and keys use it, and the reading of one record into its
 * row of the feature table.
 */
public final class FieldSpecs {

  private record Spec(String field, Normalization normalization) {}

  /** The most characters of a normalised value that are compared or keyed. */
  public static final int MAX_VALUE_CHARS = 256;

  private final MatchRules rules;
  private final MatchContext context;
  private final List<Spec> specs = new ArrayList<>();
  private final int[] comparisonSpec;
  private final int[] swapSpec;
  private final int[][] keySpecs;
  private final int[][] partSlots;
  private final int slots;
  private final List<String> checkedFields = new ArrayList<>();
  private final int[] checkedSlot;

  /** The specs of {@code rules}, normalising in {@code context}. */
  public FieldSpecs(MatchRules rules, MatchContext context) {
    this.rules = rules;
    this.context = context;
    Map<Spec, Integer> index = new LinkedHashMap<>();
    List<FieldComparison> comparisons = rules.comparisons();
    comparisonSpec = new int[comparisons.size()];
    swapSpec = new int[comparisons.size()];
    for (int c = 0; c < comparisons.size(); c++) {
      FieldComparison comparison = comparisons.get(c);
      comparisonSpec[c] = indexOf(index, new Spec(comparison.field(), comparison.normalization()));
      swapSpec[c] = comparison.swapField()
          .map(s -> indexOf(index, new Spec(s, comparison.normalization()))).orElse(-1);
    }
    List<BlockingKey> keys = rules.blocking();
    keySpecs = new int[keys.size()][];
    partSlots = new int[keys.size()][];
    Map<String, Integer> slotIndex = new java.util.HashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      List<KeyPart> parts = keys.get(k).parts();
      keySpecs[k] = new int[parts.size()];
      partSlots[k] = new int[parts.size()];
      for (int p = 0; p < parts.size(); p++) {
        KeyPart part = parts.get(p);
        keySpecs[k][p] = indexOf(index, new Spec(part.field(), part.normalization()));
        // Several keys often share a part (the surname's phonetic code): each is worked out once per record.
        partSlots[k][p] = slotIndex.computeIfAbsent(keySpecs[k][p] + "/" + part.transform() + "/" + part.length(),
            id -> slotIndex.size());
      }
    }
    slots = slotIndex.size();
    specs.addAll(index.keySet());
    checkedSlot = new int[specs.size()];
    Map<String, Integer> fieldSlots = new LinkedHashMap<>();
    for (int s = 0; s < specs.size(); s++) {
      Spec spec = specs.get(s);
      boolean checked = spec.normalization() == Normalization.DATE || spec.normalization() == Normalization.PHONE;
      checkedSlot[s] = checked ? fieldSlots.computeIfAbsent(spec.field(), f -> fieldSlots.size()) : -1;
    }
    checkedFields.addAll(fieldSlots.keySet());
  }

  private static int indexOf(Map<Spec, Integer> index, Spec spec) {
    return index.computeIfAbsent(spec, s -> index.size());
  }

  /** The fields whose values are checked for being well formed (dates, phone numbers). */
  public List<String> checkedFields() {
    return List.copyOf(checkedFields);
  }

  /**
   * Reads {@code record} into row {@code row} of {@code table}; counts its malformed values per
   * checked field into {@code malformed} and returns whether it had any.
   */
  public boolean read(MatchRecord record, FeatureTable table, int row, long[] malformed) {
    String[] normalized = new String[specs.size()];
    boolean anyMalformed = false;
    for (int s = 0; s < normalized.length; s++) {
      Spec spec = specs.get(s);
      String raw = record.values().get(spec.field());
      if (raw == null || raw.isBlank()) {
        normalized[s] = "";
        continue;
      }
      String value;
      boolean wellFormed = true;
      if (spec.normalization() == Normalization.DATE) {
        ParsedDate date = DateValues.parse(raw, context.dayFirst());
        value = date.value();
        wellFormed = date.parsed();
      } else if (spec.normalization() == Normalization.PHONE) {
        Phones.Parsed phone = Phones.parse(raw, context.defaultRegion());
        value = phone.value();
        wellFormed = phone.parsed();
      } else {
        value = Normalizations.apply(spec.normalization(), raw, context);
      }
      if (value.length() > MAX_VALUE_CHARS) {
        // Comparators cost length x length at worst; nothing that tells two customers apart needs more.
        value = value.substring(0, MAX_VALUE_CHARS);
      }
      if (!wellFormed) {
        malformed[checkedSlot[s]]++;
        anyMalformed = true;
      }
      normalized[s] = value;
    }
    table.id(row, record.id());
    List<FieldComparison> comparisons = rules.comparisons();
    for (int c = 0; c < comparisons.size(); c++) {
      FieldComparison comparison = comparisons.get(c);
      table.value(c, row, Similarities.prepare(comparison.similarity(), normalized[comparisonSpec[c]]));
      if (swapSpec[c] >= 0) {
        table.swapValue(c, row, Similarities.prepare(comparison.similarity(), normalized[swapSpec[c]]));
      }
    }
    List<BlockingKey> keys = rules.blocking();
    String[] parts = new String[slots];
    for (int k = 0; k < keys.size(); k++) {
      table.key(k, row, key(keys.get(k), keySpecs[k], partSlots[k], normalized, parts));
    }
    return anyMalformed;
  }

  private static String key(BlockingKey key, int[] specIndexes, int[] slotIndexes, String[] normalized,
      String[] cache) {
    List<KeyPart> parts = key.parts();
    if (parts.size() == 1) {
      return part(parts.get(0), specIndexes[0], slotIndexes[0], normalized, cache);
    }
    String[] values = new String[parts.size()];
    for (int p = 0; p < parts.size(); p++) {
      values[p] = part(parts.get(p), specIndexes[p], slotIndexes[p], normalized, cache);
      if (values[p].isEmpty()) {
        return "";
      }
    }
    if (key.unordered()) {
      java.util.Arrays.sort(values);
    }
    return String.join("\u001f", values);
  }

  private static String part(KeyPart part, int spec, int slot, String[] normalized, String[] cache) {
    String value = cache[slot];
    if (value == null) {
      value = KeyTransforms.apply(part.transform(), normalized[spec], part.length());
      cache[slot] = value;
    }
    return value;
  }
}
