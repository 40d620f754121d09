package org.crmkernel.spi;

import java.util.Optional;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.id.TenantId;

/**
 * Each tenant's access settings: one row per tenant whose version caches of compiled access
 * scopes compare with. The kernel writes a new version in the same unit of work as every change
 * those scopes depend on.
 */
public interface AccessSettingsStore {

  /** The tenant's stored settings, if it ever stored any. */
  Optional<AccessSettings> find(TenantId tenant);

  /**
   * Stores {@code settings}, whose version must be one more than the stored one (1 when none is
   * stored).
   *
   * @throws org.crmkernel.model.error.StaleVersionException if the stored version is not {@code
   *     settings.version() - 1}; nothing is written
   */
  AccessSettings save(AccessSettings settings);
}
