package org.crmkernel.spi;

import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.FieldDefinitionId;

/**
 * Custom field definitions. The API name is unique per tenant and record kind: an insert that
 * repeats one throws {@link org.crmkernel.model.error.DuplicateRecordException}, retired
 * definitions included, so a name is never reused for other data.
 */
public interface FieldDefinitions extends RecordStore<FieldDefinitionId, FieldDefinition> {}
