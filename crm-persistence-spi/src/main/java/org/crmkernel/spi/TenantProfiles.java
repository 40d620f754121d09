package org.crmkernel.spi;

import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.tenant.TenantProfile;

/** Supplies each tenant's settings; the host implements it, or uses {@link #fixed}. */
@FunctionalInterface
public interface TenantProfiles {

  /** The settings of {@code tenant}. */
  TenantProfile profileOf(TenantId tenant);

  /** The same profile for every tenant. */
  static TenantProfiles fixed(TenantProfile profile) {
    return tenant -> profile;
  }
}
