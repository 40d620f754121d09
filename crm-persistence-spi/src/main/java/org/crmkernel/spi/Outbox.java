package org.crmkernel.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.TenantId;

/**
 * Events waiting for delivery, written in the same unit of work as the change they report.
 * The kernel's relay claims due messages across tenants, delivers them, and marks each
 * delivered or failed. A claim is a lease: a claimed message is not due again until the lease
 * ends, so several relays can run side by side, and a relay that dies only delays delivery.
 */
public interface Outbox {

  /**
   * Appends new messages.
   *
   * @throws org.crmkernel.model.error.DuplicateRecordException if an event id is taken
   */
  void append(List<OutboxMessage> messages);

  /**
   * Claims up to {@code limit} undelivered messages of any tenant whose next attempt is due at
   * {@code now}, oldest first, and moves their next attempt to {@code leaseUntil}. Returns them
   * as they were before the claim.
   */
  List<OutboxMessage> claimDue(Instant now, Instant leaseUntil, int limit);

  /**
   * Records a successful delivery.
   *
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such message
   *     (kind {@code OUTBOX_MESSAGE})
   */
  void markDelivered(TenantId tenant, EventId eventId, Instant at);

  /**
   * Records a failed attempt; the message is due again at {@code retryAt}.
   *
   * @throws org.crmkernel.model.error.RecordNotFoundException if the tenant has no such message
   *     (kind {@code OUTBOX_MESSAGE})
   */
  void markFailed(TenantId tenant, EventId eventId, String error, Instant retryAt);

  /** The message with {@code eventId} in {@code tenant}, if any. */
  Optional<OutboxMessage> find(TenantId tenant, EventId eventId);

  /** How many messages of any tenant are not yet delivered. */
  long countUndelivered();

  /** Removes delivered messages delivered before {@code cutoff}; returns how many. */
  int purgeDelivered(Instant cutoff);
}
