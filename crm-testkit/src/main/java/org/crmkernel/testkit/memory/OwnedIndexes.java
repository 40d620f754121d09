package org.crmkernel.testkit.memory;

import java.util.List;
import org.crmkernel.model.record.OwnedRecord;

/**
 * The secondary indexes of a table of owned records, by which a page restricted by a {@link
 * org.crmkernel.spi.query.Visibility} finds its candidates without reading what it cannot see:
 * by owner (a user's or owner team's id) and by owning business unit. Only committed rows are
 * indexed; readers walk their unit of work's own rows.
 *
 * @param byOwner rows by the owner's UUID
 * @param byUnit rows by owning business unit id
 * @param <R> the record type
 */
record OwnedIndexes<R extends OwnedRecord<?>>(Index<R> byOwner, Index<R> byUnit) {

  /** Empty indexes for a new table. */
  static <R extends OwnedRecord<?>> OwnedIndexes<R> create() {
    return new OwnedIndexes<>(new Index<>("owner", r -> r.ownership().owner().uuid(), false),
        new Index<>("owning unit", r -> r.ownership().owningUnitId(), false));
  }

  /** Both indexes, for the table to keep up to date. */
  List<Index<R>> all() {
    return List.of(byOwner, byUnit);
  }
}
