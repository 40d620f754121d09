package org.crmkernel.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Actor;
import org.crmkernel.model.tenant.TenantProfile;

/**
 * Who is acting in which tenant, with which kernel. A fixed correlation id ties every call of
 * the session together; without one, each call gets its own.
 */
public record SessionContext(Kernel kernel, TenantId tenantId, Actor actor, Optional<CorrelationId> correlationId) {

  /** Rejects missing parts. */
  public SessionContext {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  /** The acting user, unless the system acts. */
  public Optional<UserId> userId() {
    return actor instanceof Actor.UserActor user ? Optional.of(user.userId()) : Optional.empty();
  }

  /** The session's access checks. */
  public Guard guard() {
    return new Guard(this);
  }

  /** The current time from the kernel's clock. */
  public Instant now() {
    return kernel.clock().instant();
  }

  /** The tenant's settings. */
  public TenantProfile profile() {
    return kernel.tenantProfiles().profileOf(tenantId);
  }

  /** The correlation id for one call. */
  public CorrelationId correlationForCall() {
    return correlationId.orElseGet(() -> CorrelationId.generate(kernel.clock()));
  }
}
