package org.crmkernel.spi;

import org.crmkernel.model.event.DomainEvent;

/**
 * Receives domain events after the change that caused them has committed. Delivery is at
 * least once: a sink may see the same event again (same {@link DomainEvent#id()}) after a
 * failure or restart and should drop duplicates. A sink that throws has the event redelivered
 * later; it never fails the call that caused the event.
 */
@FunctionalInterface
public interface NotificationSink {

  /** Handles one event. Throw to have it redelivered later. */
  void deliver(DomainEvent event);
}
