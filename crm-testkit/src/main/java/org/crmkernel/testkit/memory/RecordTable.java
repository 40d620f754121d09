package org.crmkernel.testkit.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.jspecify.annotations.Nullable;

/**
 * The committed records of one kind. A commit relies on versions, as an SQL store's {@code
 * UPDATE ... WHERE version = ?} does. A kind may have a unique key besides the id (custom field
 * definitions: the API name per record kind), checked on every write and again at commit.
 *
 * @param <R> the record type
 */
final class RecordTable<R extends CrmRecord<?>> extends Table<R> {

  /** A unique key besides the id: what it is called and how to read it from a record. */
  record UniqueKey<R>(String description, Function<R, Object> keyOf) {}

  private final RecordKind kind;
  private final Optional<UniqueKey<R>> uniqueKey;

  RecordTable(int slot, RecordKind kind, Optional<UniqueKey<R>> uniqueKey) {
    super(slot, true);
    this.kind = kind;
    this.uniqueKey = uniqueKey;
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
    if (uniqueKey.isEmpty()) {
      return;
    }
    UniqueKey<R> unique = uniqueKey.get();
    Object key = unique.keyOf().apply(row);
    UUID id = idOf(row);
    Visible.forEach(this, changes, row.tenantId(), other -> {
      if (!idOf(other).equals(id) && unique.keyOf().apply(other).equals(key)) {
        throw new DuplicateRecordException(row.ref(), unique.description() + " is taken by " + other.ref());
      }
    });
  }

  @Override
  void checkCommit(Changes<R> changes) {
    if (uniqueKey.isEmpty()) {
      return;
    }
    Function<R, Object> keyOf = uniqueKey.get().keyOf();
    for (TenantId tenant : changes.byTenant().keySet()) {
      Map<Object, R> holders = new HashMap<>();
      Visible.forEach(this, changes, tenant, row -> {
        R earlier = holders.putIfAbsent(keyOf.apply(row), row);
        if (earlier != null) {
          R mine = changes.get(tenant, idOf(row)) != null ? row : earlier;
          throw new DuplicateRecordException(mine.ref(), uniqueKey.get().description()
              + " was taken by a concurrent unit of work");
        }
      });
    }
  }
}
