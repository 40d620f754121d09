package org.crmkernel.examples.demo;

import java.util.Map;
import org.crmkernel.model.event.EventType;

/** Shows the events the counting sink received, by type, and that the outbox is empty. */
final class EventsSection {

  private EventsSection() {}

  static void run(Stage stage) {
    Report report = stage.report();
    report.section("Events and outbox");
    report.line("Events received by the %s, by type (each counted once):", stage.events());
    Table table = report.table("Event", "Count");
    for (Map.Entry<EventType, Integer> entry : stage.events().counts().entrySet()) {
      table.row(entry.getKey().wireName(), entry.getValue());
    }
    table.row("total", stage.events().total());
    report.print(table);
    report.line("Outbox pending at the end: %d", stage.crm().relay().pending());
  }
}
