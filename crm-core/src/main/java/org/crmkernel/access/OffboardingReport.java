package org.crmkernel.access;

import java.util.Map;
import java.util.Objects;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;

/**
 * What an offboarding did.
 *
 * @param reassigned records reassigned per kind
 * @param batches how many transactions reassigned them
 * @param correlationId the id every audit entry of the offboarding carries
 */
public record OffboardingReport(UserId user, Owner successor, Map<RecordKind, Long> reassigned, int batches,
    CorrelationId correlationId) {

  /** Copies the map. */
  public OffboardingReport {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(successor, "successor");
    // In kind order, so that reports print the same every time.
    reassigned = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(reassigned.isEmpty()
        ? new java.util.EnumMap<RecordKind, Long>(RecordKind.class) : reassigned));
    Objects.requireNonNull(correlationId, "correlationId");
  }
}
