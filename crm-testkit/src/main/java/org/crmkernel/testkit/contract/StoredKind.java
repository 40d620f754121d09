package org.crmkernel.testkit.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Sort;

/**
 * One kind of stored record, as the contract suite needs it: its store in a unit of work, valid
 * random records, changed copies, and the fields queries may use. Lets every record-store test
 * be written once for all kinds.
 *
 * @param <I> the id type
 * @param <R> the record type
 */
abstract class StoredKind<I extends RecordId, R extends CrmRecord<I>> {

  private final String name;

  StoredKind(String name) {
    this.name = name;
  }

  /** The record kind, read from the id field that {@link #queryFields} lists first. */
  final org.crmkernel.model.id.RecordKind recordKind() {
    return queryFields().get(0).recordKind();
  }

  /** This kind's store in {@code tx}. */
  abstract RecordStore<I, R> store(StoreTransaction tx);

  /** The typed id for {@code value}. */
  abstract I id(UUID value);

  /** A valid new record of {@code tenant} at version 1, with a fresh random id. */
  abstract R random(Random random, TenantId tenant);

  /** {@code record} as a record of {@code tenant}. */
  abstract R withTenant(R record, TenantId tenant);

  /** {@code record} with another id. */
  abstract R withId(R record, I id);

  /**
   * {@code record} with some content changed and its revision moved to {@code version}; its
   * unique key, if the kind has one, stays.
   */
  abstract R changed(R record, Random random, long version);

  /** The fields queries on this kind filter and sort by, custom fields included. */
  abstract List<FieldRef<R, ?>> queryFields();

  /**
   * The key besides the id that must be unique in a tenant, if the kind has one (field
   * definitions: record kind and API name).
   */
  Optional<Object> uniqueKey(R record) {
    return Optional.empty();
  }

  /** {@code size} random new records of {@code tenant}, distinct by id and by unique key. */
  final List<R> randomBatch(Random random, TenantId tenant, int size) {
    List<R> records = new ArrayList<>();
    Set<Object> keys = new HashSet<>();
    while (records.size() < size) {
      R candidate = random(random, tenant);
      if (uniqueKey(candidate).map(keys::add).orElse(true)) {
        records.add(candidate);
      }
    }
    return List.copyOf(records);
  }

  /** {@code record} with some content changed, at the next version. */
  final R changed(R record, Random random) {
    return changed(record, random, record.version() + 1);
  }

  /** The record's UUID. */
  final UUID uuid(R record) {
    return record.id().value();
  }

  /** The order {@code sort} puts records of this kind in. */
  final Comparator<R> order(Sort<R> sort) {
    return sort.recordOrder(this::uuid);
  }

  /** The order of scans: by id. */
  final Comparator<R> idOrder() {
    return order(Sort.byId());
  }

  /** A readable name, used in test names. */
  final String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
