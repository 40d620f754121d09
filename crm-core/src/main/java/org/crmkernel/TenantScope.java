package org.crmkernel;

import org.crmkernel.internal.Kernel;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Actor;

/**
 * One tenant's data, before choosing who acts. User sessions, checked against access scopes,
 * arrive with the access model; until then only the system session exists.
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
   * A session acting as the system: not checked against access scopes, but audited as the
   * system actor. For a host's own processes (imports, integrations, jobs).
   */
  public CrmSession system() {
    return new CrmSession(new SessionContext(kernel, tenant, Actor.system(), java.util.Optional.empty()), work);
  }
}
