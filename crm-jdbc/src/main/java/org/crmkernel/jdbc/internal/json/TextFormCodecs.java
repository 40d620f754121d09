package org.crmkernel.jdbc.internal.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** Jackson (de)serializers for values and map keys written in a {@link TextForm}. */
final class TextFormCodecs {

  private TextFormCodecs() {}

  /** Writes the value as a JSON string. */
  static final class Writer extends ValueSerializer<Object> {
    private final TextForm<?> form;

    Writer(TextForm<?> form) {
      this.form = form;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
      gen.writeString(form.text(value));
    }

    @Override
    public Class<?> handledType() {
      return form.type();
    }
  }

  /** Writes the value as a member name. */
  static final class KeyWriter extends ValueSerializer<Object> {
    private final TextForm<?> form;

    KeyWriter(TextForm<?> form) {
      this.form = form;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
      gen.writeName(form.text(value));
    }

    @Override
    public Class<?> handledType() {
      return form.type();
    }
  }

  /** Reads the value from a JSON string, and only from one. */
  static final class Reader extends ValueDeserializer<Object> {
    private final TextForm<?> form;

    Reader(TextForm<?> form) {
      this.form = form;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw DatabindException.from(p, "expected a string for a " + form.type().getSimpleName() + ", found "
            + p.currentToken());
      }
      try {
        return form.parse(p.getString());
      } catch (IllegalArgumentException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }

    @Override
    public Class<?> handledType() {
      return form.type();
    }
  }

  /** Reads the value from a member name. */
  static final class KeyReader extends KeyDeserializer {
    private final TextForm<?> form;

    KeyReader(TextForm<?> form) {
      this.form = form;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
      try {
        return form.parse(key);
      } catch (IllegalArgumentException e) {
        throw DatabindException.from(ctxt, "map key " + e.getMessage(), e);
      }
    }
  }
}
