package org.crmkernel.jdbc.internal.json;

import java.util.Comparator;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.model.id.Uuid7;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a JSON array into a {@link TreeSet} for a model component typed {@code SortedSet}: in
 * natural order for comparable elements, and by unsigned UUID for ids (which are not
 * comparable; the model sorts them so). The record's constructor then copies the set in its
 * own order.
 */
final class SortedSetDeserializer extends ValueDeserializer<Object> {

  private final JavaType elementType;
  private final Comparator<Object> order;
  private volatile ValueDeserializer<Object> elements;

  private SortedSetDeserializer(JavaType elementType, Comparator<Object> order) {
    this.elementType = elementType;
    this.order = order;
  }

  /** A deserializer for sorted sets of {@code elementType}; fails for elements with no known order. */
  @SuppressWarnings("unchecked")
  static SortedSetDeserializer of(JavaType elementType) {
    Class<?> raw = elementType.getRawClass();
    if (Comparable.class.isAssignableFrom(raw)) {
      return new SortedSetDeserializer(elementType, (a, b) -> ((Comparable<Object>) a).compareTo(b));
    }
    if (raw.isRecord()) {
      RecordShape shape = RecordShape.of(raw);
      if (shape.isUnwrapped() && shape.valueType(0) == UUID.class) {
        return new SortedSetDeserializer(elementType,
            (a, b) -> Uuid7.UNSIGNED_ORDER.compare((UUID) shape.component(a, 0), (UUID) shape.component(b, 0)));
      }
    }
    throw new IllegalStateException("no order for a sorted set of " + elementType);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw DatabindException.from(p, "expected an array for a set of " + elementType.getRawClass().getSimpleName());
    }
    ValueDeserializer<Object> element = elements;
    if (element == null) {
      element = ctxt.findRootValueDeserializer(elementType);
      elements = element;
    }
    TreeSet<Object> set = new TreeSet<>(order);
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (token == JsonToken.VALUE_NULL) {
        throw DatabindException.from(p, "null in a set of " + elementType.getRawClass().getSimpleName());
      }
      set.add(element.deserialize(p, ctxt));
    }
    return set;
  }

  @Override
  public Class<?> handledType() {
    return java.util.SortedSet.class;
  }
}
