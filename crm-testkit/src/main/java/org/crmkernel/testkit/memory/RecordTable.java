package org.crmkernel.testkit.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.testkit.memory.Changes.Change;
import org.jspecify.annotations.Nullable;

/**
 * The committed records of one kind. A commit relies on versions, as an SQL store's {@code
 * UPDATE ... WHERE version = ?} does. A kind may have a unique key besides the id (custom field
 * definitions: the API name per record kind; shares: one per record and grantee), kept in an
 * index and checked on every write and again at commit; and secondary {@link Index}es.
 *
 * @param <R> the record type
 */
final class RecordTable<R extends CrmRecord<?>> extends Table<R> {

  /** A unique key besides the id: what it is called and how to read it from a record. */
  record UniqueKey<R>(String description, Function<R, Object> keyOf) {}

  private final RecordKind kind;
  private final Optional<Index<R>> unique;

  RecordTable(int slot, RecordKind kind, Optional<UniqueKey<R>> uniqueKey) {
    this(slot, kind, uniqueKey, List.of());
  }

  /** A table whose rows are also kept in {@code indexes} (and in an index of the unique key, if any). */
  RecordTable(int slot, RecordKind kind, Optional<UniqueKey<R>> uniqueKey, List<Index<R>> indexes) {
    super(slot, true, withUnique(uniqueKey, indexes));
    this.kind = kind;
    this.unique = uniqueKey.isEmpty() ? Optional.empty() : Optional.of(indexes().get(indexes().size() - 1));
  }

  private static <R> List<Index<R>> withUnique(Optional<UniqueKey<R>> uniqueKey, List<Index<R>> indexes) {
    List<Index<R>> all = new ArrayList<>(indexes);
    uniqueKey.ifPresent(key -> all.add(new Index<>(key.description(), key.keyOf()::apply, true)));
    return all;
  }

  /** The kind of record kept here. */
  RecordKind kind() {
    return kind;
  }

  @Override
  UUID idOf(R row) {
    return row.id().value();
  }

  @Override
  TenantId tenantOf(R row) {
    return row.tenantId();
  }

  @Override
  boolean unchanged(R read, R current) {
    return read.version() == current.version();
  }

  @Override
  RuntimeException takenMeanwhile(R row) {
    return new DuplicateRecordException(row.ref(), "the id was taken by a concurrent unit of work");
  }

  @Override
  RuntimeException changedMeanwhile(R read, @Nullable R current) {
    return current == null
        ? new RecordNotFoundException(read.ref())
        : new StaleVersionException(read.ref(), read.version(), current.version());
  }

  /**
   * Throws a {@link DuplicateRecordException} if another record visible to the unit of work has
   * {@code row}'s unique key.
   */
  void checkUnique(@Nullable Changes<R> changes, R row) {
    if (unique.isEmpty()) {
      return;
    }
    Index<R> index = unique.get();
    Object key = index.keyOf(row);
    if (key == null) {
      return;
    }
    UUID id = idOf(row);
    Visible.forEachWithKey(this, changes, index, row.tenantId(), key, other -> {
      if (!idOf(other).equals(id)) {
        throw new DuplicateRecordException(row.ref(), index.name() + " is taken by " + other.ref());
      }
    });
  }

  @Override
  void checkCommit(Changes<R> changes) {
    if (unique.isEmpty()) {
      return;
    }
    // Writes checked the key against what the unit of work saw; a concurrent commit may have
    // taken it since. Rows this unit of work changes itself were checked among its own rows (and
    // validated as the rows it read), unless it inserted and removed them again.
    Index<R> index = unique.get();
    for (Map.Entry<TenantId, TreeMap<UUID, Change<R>>> tenant : changes.byTenant().entrySet()) {
      TreeMap<UUID, Change<R>> own = tenant.getValue();
      for (Change<R> change : own.values()) {
        R mine = change.value();
        Object key = mine == null ? null : index.keyOf(mine);
        if (mine == null || key == null) {
          continue;
        }
        for (UUID holder : index.committed(tenant.getKey(), key).keySet()) {
          Change<R> theirs = own.get(holder);
          if (!holder.equals(idOf(mine)) && (theirs == null || theirs.isNoOp())) {
            throw new DuplicateRecordException(mine.ref(), index.name() + " was taken by a concurrent unit of work");
          }
        }
      }
    }
  }
}
