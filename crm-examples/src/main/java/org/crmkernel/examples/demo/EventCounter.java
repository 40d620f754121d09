package org.crmkernel.examples.demo;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.EventId;
import org.crmkernel.spi.NotificationSink;

/**
 * A notification sink that counts events by type. Delivery is at least once, so it drops an event
 * it has seen before, by its stable id, as every receiver should.
 */
final class EventCounter implements NotificationSink {

  private final Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
  private final Set<EventId> seen = new HashSet<>();
  private int duplicates;

  @Override
  public synchronized void deliver(DomainEvent event) {
    if (!seen.add(event.id())) {
      duplicates++;
      return;
    }
    counts.merge(event.type(), 1, Integer::sum);
  }

  /** Events counted so far, by type, in the order of {@link EventType}. */
  synchronized Map<EventType, Integer> counts() {
    return new EnumMap<>(counts);
  }

  /** How many distinct events arrived. */
  synchronized int total() {
    return seen.size();
  }

  /** How many deliveries were repeats of an event already counted. */
  synchronized int duplicates() {
    return duplicates;
  }

  @Override
  public String toString() {
    return "event counter";
  }
}
