package org.crmkernel.examples.demo;

import java.time.Duration;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.notify.DeliveryReport;
import org.crmkernel.notify.OutboxRelay;

/**
 * Shows at-least-once delivery: the flaky webhook failed the very first event, the call that
 * caused it did not fail, and the relay delivers the event once its back-off has passed.
 */
final class RetrySection {

  private RetrySection() {}

  static void run(Stage stage) {
    Report report = stage.report();
    OutboxRelay relay = stage.crm().relay();
    report.section("Notifications: a failing sink does not fail the caller, and is retried");
    report.line("Sinks: the %s (counts events by type) and a %s (fails its first delivery).", stage.events(),
        stage.webhook());
    DomainEvent first = stage.webhook().failed().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("the flaky webhook has not failed yet"));
    report.line("The webhook failed on %s (%s); createRootUnit(..) returned normally all the same.",
        first.type().wireName(), stage.labels().of(first.subject()));
    report.line("The event was committed to the outbox with the unit. Outbox pending: %d", relay.pending());
    show(stage, "relay.deliverDue()", relay.deliverDue());
    report.line("  (not yet due: a failed delivery is retried after a back-off of 1 s, doubling up to 1 h)");
    stage.advance(Duration.ofSeconds(2));
    show(stage, "clock +2 s, relay.deliverDue()", relay.deliverDue());
    report.line("Webhook accepted the retried event: %s. Outbox pending: %d",
        stage.webhook().acceptedAfterFailure(first) ? "yes" : "no", relay.pending());
    report.line("The event counter saw that event twice (after commit and on retry) and counted it once:");
    report.line("%d duplicate delivery dropped by event id, as receivers of at-least-once delivery should.",
        stage.events().duplicates());
  }

  private static void show(Stage stage, String call, DeliveryReport result) {
    stage.report().line("%s at %s: delivered %d, failed %d", call, stage.now(), result.delivered(), result.failed());
  }
}
