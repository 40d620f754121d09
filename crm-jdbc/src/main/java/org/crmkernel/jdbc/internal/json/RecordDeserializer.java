package org.crmkernel.jdbc.internal.json;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.type.TypeFactory;

/**
 * Reads a model record written by {@link RecordSerializer} and builds it through its canonical
 * constructor, so the model's own checks run. Refuses unknown, repeated and missing members
 * (a missing optional is empty, as is an explicit null) and reports a record the constructor
 * refuses with its type and the constructor's message.
 */
final class RecordDeserializer extends ValueDeserializer<Object> {

  private final RecordShape shape;
  private final JavaType[] valueTypes;
  private volatile ValueDeserializer<Object>[] deserializers;

  RecordDeserializer(RecordShape shape, TypeFactory types) {
    this.shape = shape;
    this.valueTypes = new JavaType[shape.size()];
    for (int i = 0; i < shape.size(); i++) {
      valueTypes[i] = types.constructType(shape.valueType(i));
    }
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    ValueDeserializer<Object>[] resolved = deserializers(ctxt);
    if (shape.isUnwrapped()) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw DatabindException.from(p, "null is not a " + shape.type().getSimpleName());
      }
      return construct(p, new Object[] {resolved[0].deserialize(p, ctxt)});
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw DatabindException.from(p, "expected an object for " + shape.type().getSimpleName() + ", found "
          + p.currentToken());
    }
    p.nextToken();
    return readMembers(p, ctxt);
  }

  /**
   * Reads the members from the parser's current one (a name, or the object's end) to the end of
   * the object and builds the record. A variant's sealed deserializer calls it after the tag.
   */
  Object readMembers(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    ValueDeserializer<Object>[] resolved = deserializers(ctxt);
    Object[] values = new Object[shape.size()];
    for (JsonToken token = p.currentToken(); token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      String name = p.currentName();
      JsonToken valueToken = p.nextToken();
      int i = shape.indexOf(name);
      if (i < 0) {
        checkTag(p, name, valueToken);
        continue;
      }
      if (values[i] != null) {
        throw DatabindException.from(p, shape.type().getSimpleName() + " has '" + name + "' twice");
      }
      if (valueToken == JsonToken.VALUE_NULL) {
        if (!shape.isOptional(i)) {
          throw DatabindException.from(p, shape.type().getSimpleName() + "." + name + " is null");
        }
        values[i] = Optional.empty();
        continue;
      }
      Object value = resolved[i].deserialize(p, ctxt);
      values[i] = shape.isOptional(i) ? Optional.of(value) : value;
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw DatabindException.from(p, "expected a member name or the end of " + shape.type().getSimpleName());
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        if (!shape.isOptional(i)) {
          throw DatabindException.from(p, shape.type().getSimpleName() + " lacks '" + shape.name(i) + "'");
        }
        values[i] = Optional.empty();
      }
    }
    return construct(p, values);
  }

  @Override
  public Class<?> handledType() {
    return shape.type();
  }

  /** Accepts the tag member of a variant read directly, if it names this variant; refuses anything else. */
  private void checkTag(JsonParser p, String name, JsonToken valueToken) {
    boolean ownTag = name.equals(TypeTags.PROPERTY) && shape.tag().isPresent()
        && valueToken == JsonToken.VALUE_STRING && shape.tag().get().equals(p.getString());
    if (!ownTag) {
      throw DatabindException.from(p, shape.type().getSimpleName() + " has no member '" + name + "'");
    }
  }

  private Object construct(JsonParser p, Object[] values) {
    try {
      return shape.construct(values);
    } catch (RuntimeException e) {
      throw DatabindException.from(p, "invalid " + shape.type().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private ValueDeserializer<Object>[] deserializers(DeserializationContext ctxt) {
    ValueDeserializer<Object>[] resolved = deserializers;
    if (resolved == null) {
      // Resolved on first use rather than in the constructor, as the component types' own
      // deserializers come from the same cache that is creating this one.
      resolved = new ValueDeserializer[valueTypes.length];
      for (int i = 0; i < valueTypes.length; i++) {
        resolved[i] = ctxt.findRootValueDeserializer(valueTypes[i]);
      }
      deserializers = resolved;
    }
    return resolved;
  }
}
