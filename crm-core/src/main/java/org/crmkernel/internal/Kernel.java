package org.crmkernel.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.TenantProfiles;

/**
 * What every service of one {@code Crm} shares: the store, the clock, tenant settings, the
 * input validator, what runs after a unit of work commits, how long a new outbox message
 * waits before other relays may deliver it (zero unless this JVM delivers after commit), the
 * compiled access scopes and the currency converter.
 */
public record Kernel(
    CrmStore store,
    Clock clock,
    TenantProfiles tenantProfiles,
    Validator validator,
    AfterCommit afterCommit,
    Duration firstAttemptDelay,
    ScopeCache scopes,
    CurrencyConverter currency) {

  /** Rejects missing parts. */
  public Kernel {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(tenantProfiles, "tenantProfiles");
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(afterCommit, "afterCommit");
    Objects.requireNonNull(firstAttemptDelay, "firstAttemptDelay");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(currency, "currency");
  }
}
