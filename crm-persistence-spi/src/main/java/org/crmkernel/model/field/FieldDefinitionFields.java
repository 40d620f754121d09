package org.crmkernel.model.field;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.id.RecordKind;

/** The fields custom field definitions can be filtered and sorted by. */
public final class FieldDefinitionFields {

  private static final RecordKind KIND = RecordKind.FIELD_DEFINITION;

  /** The definition's id. */
  public static final StandardField<FieldDefinition, UUID> ID =
      StandardField.required(KIND, "id", UUID.class, d -> d.id().value());
  /** The kind of record the field is defined on, as the enum constant's name. */
  public static final StandardField<FieldDefinition, String> RECORD_KIND =
      StandardField.required(KIND, "recordKind", String.class, d -> d.recordKind().name());
  /** The API name. */
  public static final StandardField<FieldDefinition, String> API_NAME =
      StandardField.required(KIND, "apiName", String.class, FieldDefinition::apiName);
  /** The label. */
  public static final StandardField<FieldDefinition, String> LABEL =
      StandardField.required(KIND, "label", String.class, FieldDefinition::label);
  /** Whether it is retired. */
  public static final StandardField<FieldDefinition, Boolean> RETIRED =
      StandardField.required(KIND, "retired", Boolean.class, FieldDefinition::retired);
  /** When it was created. */
  public static final StandardField<FieldDefinition, Instant> CREATED_AT =
      StandardField.required(KIND, "createdAt", Instant.class, d -> d.revision().createdAt());

  /** Every field above. */
  public static final List<StandardField<FieldDefinition, ?>> ALL =
      List.of(ID, RECORD_KIND, API_NAME, LABEL, RETIRED, CREATED_AT);

  private FieldDefinitionFields() {}
}
