package org.crmkernel.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.audit.FieldChange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an audit entry's field changes: an array, in order, of objects {@code
 * {"field": ..., "before": ..., "after": ...}} where an empty before or after is left out (so
 * an empty value and the empty text stay apart). JSON strings hold any well-formed Unicode, so
 * entries read back equal to what was appended; PostgreSQL's {@code jsonb}, which keeps array
 * order, cannot hold U+0000, which no text column of PostgreSQL can either.
 */
final class FieldChangesJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FIELD = "field";
  private static final String BEFORE = "before";
  private static final String AFTER = "after";

  private FieldChangesJson() {}

  /** The JSON text of {@code changes}. */
  static String write(List<FieldChange> changes) {
    ArrayNode array = JSON.createArrayNode();
    for (FieldChange change : changes) {
      ObjectNode node = array.addObject();
      node.put(FIELD, change.field());
      change.before().ifPresent(before -> node.put(BEFORE, before));
      change.after().ifPresent(after -> node.put(AFTER, after));
    }
    return JSON.writeValueAsString(array);
  }

  /** The changes written as {@code json}; fails on text this class did not write. */
  static List<FieldChange> read(String json) {
    JsonNode array;
    try {
      array = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalStateException("stored field changes are not JSON", e);
    }
    if (!array.isArray()) {
      throw new IllegalStateException("stored field changes are not a JSON array");
    }
    List<FieldChange> changes = new ArrayList<>(array.size());
    for (JsonNode node : array) {
      changes.add(FieldChange.of(text(node, FIELD).orElseThrow(
          () -> new IllegalStateException("a stored field change names no field")),
          text(node, BEFORE), text(node, AFTER)));
    }
    return List.copyOf(changes);
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.stringValue());
  }
}
