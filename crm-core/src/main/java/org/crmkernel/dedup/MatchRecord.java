package org.crmkernel.dedup;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * A record as the matcher sees it: an id and its raw field values by field name ({@code
 * firstName}, {@code email}, {@code address.postalCode}, a custom field's name, ...). Values are
 * not normalised yet; blank values count as missing.
 *
 * @param id the record's id, unique within one match run
 * @param values the raw values by field name, copied
 */
public record MatchRecord(String id, Map<String, String> values) {

  /** Copies the values; refuses a blank id. */
  public MatchRecord {
    if (id.isBlank()) {
      throw org.crmkernel.model.error.CrmValidationException.of("id", "blank", "a match record needs an id");
    }
    values = ImmutableMap.copyOf(values);
  }

  /** The raw value of a field, if present and not blank. */
  public Optional<String> value(String field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }
}
