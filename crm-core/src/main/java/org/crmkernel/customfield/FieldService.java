package org.crmkernel.customfield;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.RecordKind;

/**
 * Manages a tenant's custom fields on accounts, contacts, leads and deals. Values of custom fields
 * travel with the records and are checked against these definitions on every write.
 */
public interface FieldService {

  /** The most custom fields per record kind, retired ones included. */
  int MAX_FIELDS_PER_KIND = 500;

  /**
   * Defines a new field.
   *
   * @throws org.crmkernel.model.error.CrmValidationException listing every problem with the
   *     draft, including an API name already used on that kind (retired fields included)
   */
  FieldDefinition define(FieldDefinitionDraft draft);

  /**
   * Changes a field's label, limits, picklist values, required or sensitive flags. The kind and
   * API name never change; the type may only widen from text to long text. Stored values that
   * the changed definition would reject are handled as {@code existingValues} says.
   */
  FieldDefinition change(FieldDefinitionId id, long expectedVersion, UnaryOperator<FieldDefinitionDraft.Builder> edit,
      ExistingValues existingValues);

  /** Retires a field: it accepts no new values; stored values stay readable. Final. */
  FieldDefinition retire(FieldDefinitionId id, long expectedVersion);

  /** The definition with {@code id}, if any. */
  Optional<FieldDefinition> find(FieldDefinitionId id);

  /** The definition named {@code apiName} on {@code kind}, if any. */
  Optional<FieldDefinition> find(RecordKind kind, String apiName);

  /** Every definition on {@code kind}, retired ones included, by API name. */
  List<FieldDefinition> list(RecordKind kind);
}
