package org.crmkernel.jdbc.internal.json;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a value of a tagged sealed interface: finds the variant by its {@code "type"} member and
 * reads the rest as that variant. The tag is written first, which is read without buffering;
 * a tag elsewhere (as after a round trip through a database that reorders members, such as
 * PostgreSQL's {@code jsonb}) is found by buffering the object.
 */
final class SealedDeserializer extends ValueDeserializer<Object> {

  private final Class<?> sealed;

  SealedDeserializer(Class<?> sealed) {
    this.sealed = sealed;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw DatabindException.from(p, "expected an object for " + sealed.getSimpleName() + ", found " + p.currentToken());
    }
    JsonToken token = p.nextToken();
    if (token == JsonToken.PROPERTY_NAME && TypeTags.PROPERTY.equals(p.currentName())) {
      p.nextToken();
      Class<?> variant = variant(p, tagText(p));
      p.nextToken();
      RecordDeserializer members = (RecordDeserializer) ctxt.findRootValueDeserializer(ctxt.constructType(variant));
      return members.readMembers(p, ctxt);
    }
    ObjectNode buffered = ctxt.getNodeFactory().objectNode();
    for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      buffered.set(name, ctxt.readTree(p));
    }
    JsonNode tag = buffered.remove(TypeTags.PROPERTY);
    if (tag == null || !tag.isString()) {
      throw DatabindException.from(p, sealed.getSimpleName() + " lacks its '" + TypeTags.PROPERTY + "' tag");
    }
    return ctxt.readTreeAsValue(buffered, variant(p, tag.asString()));
  }

  @Override
  public Class<?> handledType() {
    return sealed;
  }

  private static String tagText(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw DatabindException.from(p, "the '" + TypeTags.PROPERTY + "' tag must be a string");
    }
    return p.getString();
  }

  private Class<?> variant(JsonParser p, String tag) {
    Optional<Class<?>> variant = TypeTags.variant(sealed, tag);
    if (variant.isEmpty()) {
      throw DatabindException.from(p, "unknown " + sealed.getSimpleName() + " type '" + tag + "'; known: "
          + TypeTags.tags(sealed));
    }
    return variant.get();
  }
}
