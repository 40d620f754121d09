package org.crmkernel.jdbc.internal.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the codec needs to know of one model record type, looked up once per type: its
 * components' names and types, method handles for the accessors and the canonical constructor,
 * its type tag if it is a variant of a sealed interface, and whether it is written unwrapped.
 */
final class RecordShape {

  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  private final Class<?> type;
  private final String[] names;
  private final Type[] valueTypes;
  private final boolean[] optional;
  private final MethodHandle[] accessors;
  private final MethodHandle constructor;
  private final Map<String, Integer> indexes = new HashMap<>();
  private final Optional<String> tag;

  private RecordShape(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is not a record");
    }
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    int n = components.length;
    names = new String[n];
    valueTypes = new Type[n];
    optional = new boolean[n];
    accessors = new MethodHandle[n];
    Class<?>[] parameterTypes = new Class<?>[n];
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      for (int i = 0; i < n; i++) {
        RecordComponent component = components[i];
        names[i] = component.getName();
        indexes.put(names[i], i);
        Type generic = component.getGenericType();
        optional[i] = component.getType() == Optional.class;
        valueTypes[i] = optional[i] ? ((ParameterizedType) generic).getActualTypeArguments()[0] : generic;
        accessors[i] = lookup.unreflect(component.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
        parameterTypes[i] = component.getType();
      }
      constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
          .asSpreader(Object[].class, n)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot access the components of " + type.getName(), e);
    }
    tag = TypeTags.tagOf(type);
  }

  /** The shape of record type {@code type}. */
  static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The record type. */
  Class<?> type() {
    return type;
  }

  /** How many components the record has. */
  int size() {
    return names.length;
  }

  /** The name of component {@code i}. */
  String name(int i) {
    return names[i];
  }

  /** The index of the component called {@code name}, or -1. */
  int indexOf(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  /** The type of component {@code i}'s value: the type argument of an {@code Optional}. */
  Type valueType(int i) {
    return valueTypes[i];
  }

  /** Whether component {@code i} is an {@code Optional}. */
  boolean isOptional(int i) {
    return optional[i];
  }

  /** The tag written with this record, if it is a variant of a sealed interface. */
  Optional<String> tag() {
    return tag;
  }

  /**
   * Whether the record is written as its only component's value (ids as their UUID, e-mail
   * addresses as their text, custom fields and role grants as their map): a record with one
   * component that is neither optional nor a tagged variant.
   */
  boolean isUnwrapped() {
    return names.length == 1 && !optional[0] && tag.isEmpty();
  }

  /** Component {@code i} of {@code record}. */
  Object component(Object record, int i) {
    try {
      return (Object) accessors[i].invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new record from its components, through the canonical constructor and its checks. */
  Object construct(Object[] components) {
    try {
      return (Object) constructor.invokeExact(components);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
