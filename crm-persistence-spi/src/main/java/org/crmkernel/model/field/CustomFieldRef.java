package org.crmkernel.model.field;

import java.util.List;
import java.util.Objects;
import org.crmkernel.model.id.RecordKind;

/**
 * A reference to a tenant's custom field, for filters and sorts. Obtain one from {@link
 * FieldDefinition#fieldRef()} or by name and type.
 *
 * @param <R> the record type
 */
public record CustomFieldRef<R>(RecordKind recordKind, String apiName, ValueType valueType, boolean multiValued)
    implements FieldRef<R, Object> {

  /** Checks the name and that the kind takes custom fields. */
  public CustomFieldRef {
    Objects.requireNonNull(recordKind, "recordKind");
    Objects.requireNonNull(valueType, "valueType");
    FieldDefinition.requireApiName(apiName);
    if (!recordKind.isCustomizable()) {
      throw new IllegalArgumentException(recordKind + " records do not take custom fields");
    }
  }

  @Override
  public String name() {
    return "custom." + apiName;
  }

  @Override
  public List<Object> read(R record) {
    if (!(record instanceof Customizable customizable)) {
      return List.of();
    }
    return customizable.customFields().get(apiName).map(FieldValue::scalars).orElse(List.of());
  }

  @Override
  public String toString() {
    return name();
  }
}
