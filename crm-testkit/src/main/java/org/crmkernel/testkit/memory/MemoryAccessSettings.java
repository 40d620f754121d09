package org.crmkernel.testkit.memory;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.AccessSettingsStore;
import org.crmkernel.testkit.memory.Changes.Change;

/**
 * The access settings as one unit of work sees them. A save goes to the write set like any other
 * write and is checked again at commit against the version it was based on.
 */
final class MemoryAccessSettings implements AccessSettingsStore {

  private final MemoryTransaction tx;
  private final SettingsTable table;

  MemoryAccessSettings(MemoryTransaction tx, SettingsTable table) {
    this.tx = tx;
    this.table = table;
  }

  @Override
  public Optional<AccessSettings> find(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    tx.checkUsable();
    return Optional.ofNullable(Visible.row(table, tx.changesOf(table), tenant, tenant.value()));
  }

  @Override
  public AccessSettings save(AccessSettings settings) {
    Objects.requireNonNull(settings, "settings");
    tx.checkWritable();
    Changes<AccessSettings> changes = tx.changesFor(table);
    TenantId tenant = settings.tenantId();
    UUID id = tenant.value();
    Change<AccessSettings> own = changes.get(tenant, id);
    AccessSettings committed = own == null ? table.get(tenant, id) : null;
    AccessSettings current = own != null ? own.value() : committed;
    long stored = current == null ? 0 : current.version();
    if (stored != settings.version() - 1) {
      throw new StaleVersionException(settings.ref(), settings.version() - 1, stored);
    }
    changes.put(tenant, id, settings, own, committed);
    return settings;
  }
}
