package org.crmkernel.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.internal.AfterCommit;
import org.crmkernel.internal.EventCodec;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.notify.DeliveryReport;
import org.crmkernel.notify.OutboxRelay;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.NotificationSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel's relay. Right after a commit it hands the new events to the sinks on the
 * caller's thread (never failing the caller); {@link #deliverDue()} claims what is due in
 * batches under a lease, so crashed or failed deliveries are retried.
 */
public final class DefaultOutboxRelay implements OutboxRelay, AfterCommit {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultOutboxRelay.class);
  private static final int BATCH = 100;
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LAST_RETRY = Duration.ofHours(1);
  private static final int MAX_ERROR_LENGTH = 500;

  private final CrmStore store;
  private final Clock clock;
  private final EventCodec codec;
  private final List<NotificationSink> sinks;
  private final Duration lease;

  /** A relay to {@code sinks}, claiming messages for {@code lease} at a time. */
  public DefaultOutboxRelay(CrmStore store, Clock clock, EventCodec codec, List<NotificationSink> sinks, Duration lease) {
    this.store = store;
    this.clock = clock;
    this.codec = codec;
    this.sinks = List.copyOf(sinks);
    this.lease = lease;
  }

  @Override
  public void committed(List<DomainEvent> events) {
    try {
      List<Outcome> outcomes = new ArrayList<>(events.size());
      for (DomainEvent event : events) {
        outcomes.add(deliver(event.tenantId(), event.id(), event, 0));
      }
      record(outcomes);
    } catch (Throwable e) {
      rethrowIfFatal(e);
      // The change has committed: the caller must not fail now. The events stay in the outbox
      // and are delivered by deliverDue() once their lease ends.
      LOG.warn("delivering events after commit failed; they will be retried", e);
    }
  }

  @Override
  public DeliveryReport deliverDue() {
    DeliveryReport total = DeliveryReport.NONE;
    while (true) {
      Instant now = clock.instant();
      List<OutboxMessage> claimed = store.write(tx -> tx.outbox().claimDue(now, now.plus(lease), BATCH));
      if (claimed.isEmpty()) {
        return total;
      }
      List<Outcome> outcomes = new ArrayList<>(claimed.size());
      for (OutboxMessage message : claimed) {
        outcomes.add(deliver(message));
      }
      record(outcomes);
      int failed = (int) outcomes.stream().filter(o -> o.error().isPresent()).count();
      total = total.plus(new DeliveryReport(outcomes.size() - failed, failed));
      if (claimed.size() < BATCH) {
        return total;
      }
    }
  }

  @Override
  public long pending() {
    return store.read(tx -> tx.outbox().countUndelivered());
  }

  private Outcome deliver(OutboxMessage message) {
    DomainEvent event;
    try {
      event = codec.decode(message.payload());
    } catch (RuntimeException e) {
      LOG.error("outbox message {} cannot be read; it will be retried with back-off", message.eventId(), e);
      return new Outcome(message.tenantId(), message.eventId(), message.attempts(), Optional.of("unreadable payload: " + e));
    }
    return deliver(message.tenantId(), message.eventId(), event, message.attempts());
  }

  /**
   * Hands the event to every sink, also after one fails, so a failing sink does not hold the
   * others back; if any failed, the event is retried for all (receivers drop duplicates by id).
   */
  private Outcome deliver(TenantId tenant, EventId id, DomainEvent event, int attemptsBefore) {
    List<String> failures = new ArrayList<>(0);
    for (NotificationSink sink : sinks) {
      try {
        sink.deliver(event);
      } catch (Throwable e) {
        rethrowIfFatal(e); // the event stays claimed and is retried after its lease
        // Any other failure of a sink, checked exceptions and errors included, is that sink's
        // failure: it must not stop the relay or reach the caller.
        // Expected now and then (a webhook timing out): one line at WARN, the stack at DEBUG.
        LOG.warn("sink {} failed on event {} ({}): {}; it will be retried", sink, id, event.type().wireName(), e.toString());
        LOG.debug("sink failure", e);
        failures.add(sink + ": " + e);
      }
    }
    return new Outcome(tenant, id, attemptsBefore,
        failures.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failures)));
  }

  private void record(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    store.write(tx -> {
      for (Outcome outcome : outcomes) {
        if (outcome.error().isEmpty()) {
          tx.outbox().markDelivered(outcome.tenant(), outcome.eventId(), now);
        } else {
          String error = outcome.error().get();
          tx.outbox().markFailed(outcome.tenant(), outcome.eventId(),
              error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error,
              now.plus(backoff(outcome.attemptsBefore() + 1)));
        }
      }
      return null;
    });
  }

  /**
   * Rethrows errors that mean the JVM itself is failing (out of memory, internal errors); a
   * stack overflow in a sink is that sink's bug and is handled like any other failure.
   */
  private static void rethrowIfFatal(Throwable e) {
    if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
      throw fatal;
    }
  }

  /** 1 s, 2 s, 4 s, ... up to an hour. */
  static Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 20);
    Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
    return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
  }

  private record Outcome(TenantId tenant, EventId eventId, int attemptsBefore, Optional<String> error) {}
}
