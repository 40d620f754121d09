package org.crmkernel.customer.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.record.CrmRecord;

/**
 * Reads, clears and copies the fields field security works on, for any customer record type:
 * standard fields that hold an optional value or a list (not ids or links), named as the
 * record's components, and custom fields, named {@code custom.<apiName>}. Records are rebuilt
 * through their canonical constructor, so their own checks still run.
 */
public final class SecuredFields {

  private static final String CUSTOM = "custom.";
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private SecuredFields() {}

  /** The standard fields of {@code type} that field security can secure. */
  public static Set<String> securable(Class<? extends CrmRecord<?>> type) {
    return shape(type).securable;
  }

  /** The value of {@code field} in {@code record}: an {@code Optional}, a list, or the custom value. */
  static Object value(CrmRecord<?> record, String field) {
    if (field.startsWith(CUSTOM)) {
      return customOf(record).get(field.substring(CUSTOM.length()));
    }
    return shape(record.getClass()).read(record, field);
  }

  /** Whether {@code field} holds a value in {@code record}. */
  static boolean hasValue(CrmRecord<?> record, String field) {
    Object value = value(record, field);
    return value instanceof Optional<?> o ? o.isPresent() : !((List<?>) value).isEmpty();
  }

  /** {@code record} with {@code fields} emptied. */
  static <R extends CrmRecord<?>> R clear(R record, Set<String> fields) {
    return rebuild(record, record, fields, true);
  }

  /** {@code into} with the values of {@code fields} taken from {@code from}. */
  static <R extends CrmRecord<?>> R copy(R from, R into, Set<String> fields) {
    return rebuild(from, into, fields, false);
  }

  private static <R extends CrmRecord<?>> R rebuild(R from, R into, Set<String> fields, boolean clear) {
    if (fields.isEmpty()) {
      return into;
    }
    Shape shape = shape(into.getClass());
    Object[] args = new Object[shape.components.length];
    for (int i = 0; i < args.length; i++) {
      RecordComponent component = shape.components[i];
      String name = component.getName();
      Object value = shape.read(into, name);
      if (fields.contains(name)) {
        value = clear ? empty(value) : shape.read(from, name);
      } else if (name.equals("customFields")) {
        CustomFields custom = (CustomFields) value;
        CustomFields source = customOf(from);
        for (String field : fields) {
          if (field.startsWith(CUSTOM)) {
            String api = field.substring(CUSTOM.length());
            custom = custom.with(api, clear ? Optional.empty() : source.get(api));
          }
        }
        value = custom;
      }
      args[i] = value;
    }
    try {
      @SuppressWarnings("unchecked")
      R rebuilt = (R) shape.constructor.newInstance(args);
      return rebuilt;
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + into.getClass().getSimpleName(), e);
    }
  }

  private static Object empty(Object value) {
    return value instanceof Optional<?> ? Optional.empty() : List.of();
  }

  private static CustomFields customOf(CrmRecord<?> record) {
    return ((org.crmkernel.model.field.Customizable) record).customFields();
  }

  /**
   * Optional components that are links or bookkeeping the kernel keeps consistent with other
   * values (a closed deal's close day, a converted lead's links), never secured fields.
   */
  private static final Set<String> BOOKKEEPING =
      Set.of("conversion", "primaryContact", "originatingLead", "closedOn", "completedAt", "remindedFor");

  private static Shape shape(Class<?> type) {
    return SHAPES.computeIfAbsent(type, Shape::new);
  }

  /** A record type's components, canonical constructor and securable fields. */
  private static final class Shape {
    final RecordComponent[] components;
    final Constructor<?> constructor;
    final Set<String> securable;

    Shape(Class<?> type) {
      this.components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Set<String> names = new LinkedHashSet<>();
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        String name = components[i].getName();
        boolean holder = types[i] == Optional.class || types[i] == List.class;
        if (holder && !name.endsWith("Id") && !name.endsWith("Ids") && !BOOKKEEPING.contains(name)) {
          names.add(name);
        }
      }
      try {
        this.constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
      this.securable = Collections.unmodifiableSet(names);
    }

    Object read(Object record, String name) {
      for (RecordComponent component : components) {
        if (component.getName().equals(name)) {
          try {
            return component.getAccessor().invoke(record);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name, e);
          }
        }
      }
      throw new IllegalArgumentException("no field " + name + " on " + record.getClass().getSimpleName());
    }
  }
}
