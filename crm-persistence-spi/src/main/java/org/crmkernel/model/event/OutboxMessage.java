package org.crmkernel.model.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.TenantId;

/**
 * A domain event waiting in the outbox, written in the same transaction as the change it
 * reports. {@code payload} is the event as JSON; the relay delivers it after commit and retries
 * from {@code nextAttemptAt} until delivered.
 */
public record OutboxMessage(
    EventId eventId,
    TenantId tenantId,
    String type,
    String payload,
    Instant occurredAt,
    int attempts,
    Instant nextAttemptAt,
    Optional<Instant> deliveredAt,
    Optional<String> lastError) {

  /** Rejects missing parts and negative attempts. */
  public OutboxMessage {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    Objects.requireNonNull(lastError, "lastError");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  /** A new, undelivered message, due at once. */
  public static OutboxMessage pending(EventId eventId, TenantId tenantId, String type, String payload, Instant occurredAt) {
    return new OutboxMessage(eventId, tenantId, type, payload, occurredAt, 0, occurredAt, Optional.empty(), Optional.empty());
  }

  /** Whether it has been delivered. */
  public boolean isDelivered() {
    return deliveredAt.isPresent();
  }

  /** This message, delivered at {@code at}. */
  public OutboxMessage delivered(Instant at) {
    return new OutboxMessage(eventId, tenantId, type, payload, occurredAt, attempts + 1, nextAttemptAt,
        Optional.of(at), Optional.empty());
  }

  /** This message after a failed attempt, due again at {@code retryAt}. */
  public OutboxMessage failed(String error, Instant retryAt) {
    return new OutboxMessage(eventId, tenantId, type, payload, occurredAt, attempts + 1, retryAt,
        Optional.empty(), Optional.of(error));
  }

  /** This message, claimed by a relay until {@code leaseUntil}. */
  public OutboxMessage claimedUntil(Instant leaseUntil) {
    return new OutboxMessage(eventId, tenantId, type, payload, occurredAt, attempts, leaseUntil, deliveredAt, lastError);
  }
}
