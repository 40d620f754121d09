/**
 * Fields: custom field definitions and values ({@link org.crmkernel.model.field.FieldDefinition},
 * {@link org.crmkernel.model.field.FieldValue}, {@link org.crmkernel.model.field.CustomFields}),
 * and the field references queries filter and sort by, with the value order every store uses
 * ({@link org.crmkernel.model.field.ValueType}). Depends on {@code model.id}, {@code
 * model.error}, {@code model.record} and {@code model.value}.
 */
@NullMarked
package org.crmkernel.model.field;

import org.jspecify.annotations.NullMarked;
