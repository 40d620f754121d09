package org.crmkernel.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmkernel.model.field.FieldDefinition;

/** Defines the tenant's custom fields and shows them. */
final class FieldsSection {

  private FieldsSection() {}

  static void run(Stage stage) {
    Report report = stage.report();
    report.section("Custom fields");
    stage.moveTo("2025-03-03T08:30:00Z");
    List<FieldDefinition> definitions = DemoFields.define(stage.session().fields());
    Table table = report.table("Kind", "API name", "Label", "Type", "Settings");
    for (FieldDefinition d : definitions) {
      stage.labels().name(d.ref(), d.recordKind().name().toLowerCase(Locale.ROOT) + "." + d.apiName());
      table.row(d.recordKind(), d.apiName(), d.label(), d.type(), settings(d));
    }
    report.print(table);
    report.line("Values are checked against these definitions on every write; sensitive values are masked in");
    report.line("audit entries and events.");
  }

  static String settings(FieldDefinition d) {
    List<String> parts = new ArrayList<>();
    if (!d.picklistValues().isEmpty()) {
      parts.add(String.join(" | ", d.picklistValues()));
    }
    if (d.min().isPresent() || d.max().isPresent()) {
      parts.add(d.min().map(m -> m.toPlainString()).orElse("") + ".." + d.max().map(m -> m.toPlainString()).orElse(""));
    }
    d.maxLength().ifPresent(length -> parts.add("max " + length + " chars"));
    if (d.required()) {
      parts.add("required");
    }
    if (d.sensitive()) {
      parts.add("sensitive");
    }
    if (d.retired()) {
      parts.add("retired");
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }
}
