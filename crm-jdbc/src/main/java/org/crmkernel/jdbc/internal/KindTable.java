package org.crmkernel.jdbc.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.CrmRecord;

/**
 * How one record kind is stored: its table (primary key {@code (tenant_id, id)}, a {@code
 * version}, a {@code record} column with {@link org.crmkernel.jdbc.internal.json.RecordJson}'s
 * text of the whole record), the column of each single-valued standard field that queries
 * filter or sort by (the id among them), and the multi-valued standard fields, whose values go to
 * the value table {@code crm_field_value} with the custom fields' values.
 *
 * @param table the table's name
 * @param kind the record kind
 * @param type the record class, for decoding
 * @param idOf makes the typed id of a UUID
 * @param columns every column-backed field and its column, in column order
 * @param multiValued the multi-valued standard fields
 * @param <I> the id type
 * @param <R> the record type
 */
record KindTable<I extends RecordId, R extends CrmRecord<I>>(String table, RecordKind kind, Class<R> type,
    Function<UUID, I> idOf, Map<FieldRef<R, ?>, Column> columns, Set<FieldRef<R, ?>> multiValued) {

  private static final Pattern NAME = Pattern.compile("crm_[a-z][a-z0-9_]{0,58}");

  /** Checks the table's name, that every standard field of {@code all} is stored, and copies. */
  KindTable {
    if (!NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    if (columns.values().stream().noneMatch(c -> c.name().equals("id"))) {
      throw new IllegalArgumentException(table + " maps no field to its id column");
    }
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    multiValued = Set.copyOf(multiValued);
  }

  /**
   * The storage of a kind with standard fields {@code all}: the single-valued ones in {@code
   * columns} (every one of them must be there), the multi-valued ones in the value table.
   */
  static <I extends RecordId, R extends CrmRecord<I>> KindTable<I, R> of(String table, RecordKind kind, Class<R> type,
      Function<UUID, I> idOf, List<StandardField<R, ?>> all, Map<FieldRef<R, ?>, Column> columns) {
    List<String> unmapped = all.stream().filter(f -> !f.multiValued() && !columns.containsKey(f))
        .map(StandardField::name).toList();
    if (!unmapped.isEmpty()) {
      throw new IllegalArgumentException(table + " has no column for " + unmapped);
    }
    Set<FieldRef<R, ?>> multi = all.stream().filter(StandardField::multiValued)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return new KindTable<>(table, kind, type, idOf, columns, multi);
  }
}
