package org.crmkernel;

import org.crmkernel.internal.Kernel;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Actor;

/**
 * One tenant's data, before choosing who acts: a user ({@link #as}), checked against access
 * scopes on every call, or the system ({@link #system}).
 */
public final class TenantScope {

  private final Kernel kernel;
  private final UnitOfWork work;
  private final TenantId tenant;

  TenantScope(Kernel kernel, UnitOfWork work, TenantId tenant) {
    this.kernel = kernel;
    this.work = work;
    this.tenant = tenant;
  }

  /** The tenant. */
  public TenantId id() {
    return tenant;
  }

  /**
   * A session acting as {@code user}: every call of every service checks the user's privileges,
   * every list is filtered inside the store, and a denial raises an {@link
   * org.crmkernel.model.error.AccessDeniedException} (audited, nothing else written). The user
   * must be active, in an active business unit, when each call runs.
   */
  public CrmSession as(UserId user) {
    return new CrmSession(new SessionContext(kernel, tenant, Actor.user(Arguments.present(user, "user")),
        java.util.Optional.empty()), work);
  }

  /**
   * A session acting as the system: not checked against access scopes, but audited as the
   * system actor. For a host's own processes (imports, integrations, jobs).
   */
  public CrmSession system() {
    return new CrmSession(new SessionContext(kernel, tenant, Actor.system(), java.util.Optional.empty()), work);
  }
}
