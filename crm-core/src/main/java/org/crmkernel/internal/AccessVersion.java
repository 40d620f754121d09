package org.crmkernel.internal;

import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.spi.access.AccessScopes;

/**
 * Stores the next version of the tenant's access settings in a write's unit of work: every
 * change that compiled access scopes depend on calls this, so that cached scopes everywhere are
 * recompiled before they are used again.
 */
public final class AccessVersion {

  private AccessVersion() {}

  /** Bumps the version in {@code changes}' unit of work (once per unit of work) and returns the stored settings. */
  public static AccessSettings bump(Changes changes) {
    if (changes.accessVersionBumped()) {
      return AccessScopes.settingsOf(changes.tx(), changes.tenantId());
    }
    AccessSettings next = AccessScopes.settingsOf(changes.tx(), changes.tenantId()).bumped();
    AccessSettings stored = changes.tx().accessSettings().save(next);
    changes.markAccessVersionBumped();
    changes.session().kernel().scopes().changingIn(changes.tx());
    return stored;
  }

  /** Stores {@code settings} (whose version is the stored one plus one) in {@code changes}' unit of work. */
  public static AccessSettings save(Changes changes, AccessSettings settings) {
    AccessSettings stored = changes.tx().accessSettings().save(settings);
    changes.markAccessVersionBumped();
    changes.session().kernel().scopes().changingIn(changes.tx());
    return stored;
  }
}
