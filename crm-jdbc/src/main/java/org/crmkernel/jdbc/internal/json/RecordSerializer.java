package org.crmkernel.jdbc.internal.json;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a model record as an object with a member per component, named as the component, in
 * declaration order; a variant's tag comes first, empty optionals are left out, and a record
 * {@link RecordShape#isUnwrapped unwrapped} is written as its only component's value.
 */
final class RecordSerializer extends ValueSerializer<Object> {

  private final RecordShape shape;

  RecordSerializer(RecordShape shape) {
    this.shape = shape;
  }

  @Override
  public void serialize(Object record, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
    if (shape.isUnwrapped()) {
      ctxt.writeValue(gen, shape.component(record, 0));
      return;
    }
    gen.writeStartObject(record);
    if (shape.tag().isPresent()) {
      gen.writeStringProperty(TypeTags.PROPERTY, shape.tag().get());
    }
    for (int i = 0; i < shape.size(); i++) {
      Object value = shape.component(record, i);
      if (shape.isOptional(i)) {
        Optional<?> present = (Optional<?>) value;
        if (present.isEmpty()) {
          continue;
        }
        value = present.get();
      }
      gen.writeName(shape.name(i));
      ctxt.writeValue(gen, value);
    }
    gen.writeEndObject();
  }

  @Override
  public Class<?> handledType() {
    return shape.type();
  }
}
