package org.crmkernel.notify;

/**
 * Delivers the outbox's due events to the notification sinks and marks them delivered; a sink
 * that throws has the event retried later with growing back-off. The host calls {@link
 * #deliverDue()} on a schedule (or lets the {@code Crm} do it), so events committed but not
 * delivered (a failing sink, a crash after commit) are delivered in the end, also after a
 * restart. Several relays, in one JVM or many, may run side by side.
 */
public interface OutboxRelay {

  /** Delivers every event due now, batch by batch, and reports what happened. */
  DeliveryReport deliverDue();

  /** How many events are waiting for delivery, in all tenants. */
  long pending();
}
