package org.crmkernel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.crmkernel.model.audit.FieldChange;

/**
 * The audited fields of a record type, each rendered as stable text, and the difference
 * between two versions of a record as {@link FieldChange}s.
 *
 * @param <R> the record type
 */
public final class FieldDiff<R> {

  private final List<Field<R>> fields;

  private FieldDiff(List<Field<R>> fields) {
    this.fields = List.copyOf(fields);
  }

  /** Starts a list of audited fields. */
  public static <R> Builder<R> builder() {
    return new Builder<>();
  }

  /** Every audited field that is set in {@code created}, as a change from empty. */
  public List<FieldChange> created(R created) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field<R> field : fields) {
      Optional<String> after = field.render().apply(created);
      if (after.isPresent()) {
        changes.add(new FieldChange(field.name(), Optional.empty(), after));
      }
    }
    return changes;
  }

  /** Every audited field whose rendering differs between {@code before} and {@code after}. */
  public List<FieldChange> between(R before, R after) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field<R> field : fields) {
      Optional<String> old = field.render().apply(before);
      Optional<String> now = field.render().apply(after);
      if (!Objects.equals(old, now)) {
        changes.add(new FieldChange(field.name(), old, now));
      }
    }
    return changes;
  }

  private record Field<R>(String name, Function<R, Optional<String>> render) {}

  /** Collects audited fields. */
  public static final class Builder<R> {
    private final List<Field<R>> fields = new ArrayList<>();

    /** A field whose value renders as {@code render} gives, empty when unset. */
    public Builder<R> field(String name, Function<R, Optional<?>> render) {
      fields.add(new Field<>(name, r -> render.apply(r).map(FieldDiff::text)));
      return this;
    }

    /** A list-valued field, rendered as its items joined by {@code " | "}, empty when empty. */
    public Builder<R> list(String name, Function<R, List<?>> render) {
      fields.add(new Field<>(name, r -> {
        List<?> items = render.apply(r);
        return items.isEmpty() ? Optional.empty()
            : Optional.of(String.join(" | ", items.stream().map(FieldDiff::text).toList()));
      }));
      return this;
    }

    /** The finished list. */
    public FieldDiff<R> build() {
      return new FieldDiff<>(fields);
    }
  }

  private static String text(Object value) {
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }
}
