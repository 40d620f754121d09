package org.crmkernel.model.field;

import java.util.List;
import org.crmkernel.model.id.RecordKind;

/**
 * A field that queries filter and sort by: a standard field declared as a constant by its
 * record kind (such as {@code AccountFields.NAME}), or a tenant's custom field. Every store gives
 * the same meaning to the same reference: the values {@link #read} returns.
 *
 * @param <R> the record type
 * @param <V> the Java type of the field's scalar values
 */
public sealed interface FieldRef<R, V> permits StandardField, CustomFieldRef {

  /** The kind of record the field belongs to. */
  RecordKind recordKind();

  /** The field's name, unique per kind; custom fields are named {@code custom.<apiName>}. */
  String name();

  /** The scalar type of its values, which fixes their order. */
  ValueType valueType();

  /** Whether a record may hold several values (e-mail lists, multi-select picklists). */
  boolean multiValued();

  /** Whether queries may sort by it: only single-valued fields. */
  default boolean sortable() {
    return !multiValued();
  }

  /** The field's values in {@code record}: empty when not set. */
  List<V> read(R record);
}
