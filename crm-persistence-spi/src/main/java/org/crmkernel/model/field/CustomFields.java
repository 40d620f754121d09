package org.crmkernel.model.field;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The custom field values of one record, keyed by API name, sorted by name. Absent fields have
 * no entry. Whether values fit their definitions is checked by the kernel on every write.
 */
public record CustomFields(SortedMap<String, FieldValue> values) {

  private static final CustomFields NONE = new CustomFields(new TreeMap<>());

  /** Copies the values into an unmodifiable sorted map and checks the names. */
  public CustomFields {
    // Natural order, whatever comparator the caller's SortedMap had.
    TreeMap<String, FieldValue> copy = new TreeMap<>();
    copy.putAll(values);
    copy.keySet().forEach(FieldDefinition::requireApiName);
    values = Collections.unmodifiableSortedMap(copy);
  }

  /** No values. */
  public static CustomFields none() {
    return NONE;
  }

  /** The given values. */
  public static CustomFields of(Map<String, FieldValue> values) {
    return values.isEmpty() ? NONE : new CustomFields(new TreeMap<>(values));
  }

  /** The value of field {@code apiName}, if set. */
  public Optional<FieldValue> get(String apiName) {
    return Optional.ofNullable(values.get(apiName));
  }

  /** Whether no value is set. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** These values with {@code apiName} set to {@code value}, or removed when empty. */
  public CustomFields with(String apiName, Optional<FieldValue> value) {
    TreeMap<String, FieldValue> copy = new TreeMap<>(values);
    value.ifPresentOrElse(v -> copy.put(apiName, v), () -> copy.remove(apiName));
    return new CustomFields(copy);
  }
}
