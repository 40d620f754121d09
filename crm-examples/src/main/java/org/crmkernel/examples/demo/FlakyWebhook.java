package org.crmkernel.examples.demo;

import java.util.ArrayList;
import java.util.List;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.spi.NotificationSink;

/**
 * A notification sink standing in for a webhook whose first call times out: it fails its first
 * delivery and accepts every later one.
 */
final class FlakyWebhook implements NotificationSink {

  private final List<DomainEvent> failed = new ArrayList<>();
  private final List<DomainEvent> accepted = new ArrayList<>();

  @Override
  public synchronized void deliver(DomainEvent event) {
    if (failed.isEmpty() && accepted.isEmpty()) {
      failed.add(event);
      throw new IllegalStateException("webhook timed out (on purpose, for the demo)");
    }
    accepted.add(event);
  }

  /** The events whose delivery failed. */
  synchronized List<DomainEvent> failed() {
    return List.copyOf(failed);
  }

  /** Whether an event was accepted after its delivery had failed. */
  synchronized boolean acceptedAfterFailure(DomainEvent event) {
    return accepted.stream().anyMatch(e -> e.id().equals(event.id()));
  }

  @Override
  public String toString() {
    return "flaky webhook";
  }
}
