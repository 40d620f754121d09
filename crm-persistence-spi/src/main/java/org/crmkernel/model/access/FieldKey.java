package org.crmkernel.model.access;

import java.util.Objects;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.RecordKind;

/**
 * A field of a record kind, as field security names it: a standard field's name (such as {@code
 * annualRevenue}) or a custom field's path ({@code custom.<apiName>}).
 */
public record FieldKey(RecordKind kind, String field) implements Comparable<FieldKey> {

  /** Limit in characters. */
  public static final int MAX_FIELD = 80;

  /** Validates the parts. */
  public FieldKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Violations v = new Violations();
    v.check(kind.isCustomizable(), "kind", "not_securable", "field security applies to accounts, contacts, leads and deals, not " + kind);
    v.check(field.matches("(custom\\.)?[A-Za-z][A-Za-z0-9_.]{0," + (MAX_FIELD - 1) + "}") && field.length() <= MAX_FIELD + 7,
        "field", "invalid", "not a field name: " + field);
    v.throwIfAny();
  }

  /** Whether this names a custom field. */
  public boolean isCustom() {
    return field.startsWith("custom.");
  }

  @Override
  public int compareTo(FieldKey other) {
    int c = kind.compareTo(other.kind);
    return c != 0 ? c : field.compareTo(other.field);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + "." + field;
  }
}
