package org.crmkernel.examples.demo;

import java.util.Optional;
import org.crmkernel.audit.AuditTrail;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Page;

/** Prints the audit trail of the account the demo changed: who did what when, field by field. */
final class AuditSection {

  private static final int PAGE = 50;

  private AuditSection() {}

  static void run(Stage stage, Customers customers) {
    Report report = stage.report();
    Labels labels = stage.labels();
    AuditTrail trail = stage.session().audit();
    Account account = stage.session().accounts().get(customers.featured().id());
    report.section("Audit trail of " + account.name());
    report.line("Oldest first; sensitive values appear as %s; the failed and refused calls left no entry.",
        FieldChange.MASKED);
    Optional<Cursor> after = Optional.empty();
    int entries = 0;
    do {
      Page<AuditEntry> page = trail.historyOf(account.ref(), PAGE, after);
      for (AuditEntry entry : page.items()) {
        entries++;
        report.line("%s  %s  %s", Stage.time(entry.occurredAt()), entry.actor().describe(), entry.operation());
        for (FieldChange change : entry.changes()) {
          report.line("    %-22s %s -> %s", change.field(), shown(labels, change.before()), shown(labels, change.after()));
        }
      }
      after = page.next();
    } while (after.isPresent());
    report.line("%d entries.", entries);
  }

  private static String shown(Labels labels, Optional<String> value) {
    return value.map(labels::humanize).orElse("-");
  }
}
