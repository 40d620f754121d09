package org.crmkernel.model.field;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crmkernel.model.id.RecordKind;

/**
 * A standard field of a record kind, declared once as a constant.
 *
 * @param <R> the record type
 * @param <V> the Java type of the field's values
 */
public record StandardField<R, V>(
    RecordKind recordKind, String name, ValueType valueType, boolean multiValued, Function<R, List<V>> reader)
    implements FieldRef<R, V> {

  /** Rejects missing parts. */
  public StandardField {
    Objects.requireNonNull(recordKind, "recordKind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(reader, "reader");
  }

  /** A field with at most one value. */
  public static <R, V> StandardField<R, V> single(
      RecordKind kind, String name, Class<V> type, Function<R, Optional<V>> reader) {
    return new StandardField<>(kind, name, ValueType.of(type), false, r -> reader.apply(r).map(List::of).orElse(List.of()));
  }

  /** A field that always has exactly one value. */
  public static <R, V> StandardField<R, V> required(RecordKind kind, String name, Class<V> type, Function<R, V> reader) {
    return new StandardField<>(kind, name, ValueType.of(type), false, r -> List.of(reader.apply(r)));
  }

  /** A field with any number of values. */
  public static <R, V> StandardField<R, V> multi(RecordKind kind, String name, Class<V> type, Function<R, List<V>> reader) {
    return new StandardField<>(kind, name, ValueType.of(type), true, reader);
  }

  @Override
  public List<V> read(R record) {
    return reader.apply(record);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardField<?, ?> that && recordKind == that.recordKind && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return recordKind.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
