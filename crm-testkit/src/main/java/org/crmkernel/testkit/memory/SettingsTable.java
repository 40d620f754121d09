package org.crmkernel.testkit.memory;

import java.util.UUID;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Each tenant's stored access settings: one row per tenant, keyed by the tenant's id. A commit
 * relies on the version the unit of work read, so of two units of work that store the same next
 * version only the first to commit succeeds.
 */
final class SettingsTable extends Table<AccessSettings> {

  SettingsTable(int slot) {
    super(slot, false);
  }

  @Override
  UUID idOf(AccessSettings row) {
    return row.tenantId().value();
  }

  @Override
  TenantId tenantOf(AccessSettings row) {
    return row.tenantId();
  }

  @Override
  boolean unchanged(AccessSettings read, AccessSettings current) {
    return read.version() == current.version();
  }

  @Override
  RuntimeException takenMeanwhile(AccessSettings row) {
    // Called under the commit lock, so the row a concurrent unit of work stored is there to name.
    AccessSettings current = get(row.tenantId(), idOf(row));
    return new StaleVersionException(row.ref(), row.version() - 1, current == null ? 0 : current.version());
  }

  @Override
  RuntimeException changedMeanwhile(AccessSettings read, @Nullable AccessSettings current) {
    return new StaleVersionException(read.ref(), read.version(), current == null ? 0 : current.version());
  }
}
