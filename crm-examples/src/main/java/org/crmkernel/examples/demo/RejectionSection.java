package org.crmkernel.examples.demo;

import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.spi.query.Filter;

/** Sends an account with many problems and shows that all are reported and nothing is written. */
final class RejectionSection {

  private RejectionSection() {}

  static void run(Stage stage, DemoOrganisation organisation) {
    Report report = stage.report();
    CrmSession session = stage.session();
    report.section("Rejected input: every problem at once, nothing written");
    AccountDraft bad = AccountDraft.builder("   ")
        .email("sales@@nordwind")
        .phone("12")
        .employeeCount(-3)
        .owner(organisation.firstRepFor(SalesRegion.EMEA))
        .custom("fax_number", "030 1234567")
        .custom(DemoFields.SEATS, 250_000)
        .build();
    report.line("Input: name \"   \", e-mail \"sales@@nordwind\", phone \"12\", employees -3,");
    report.line("       custom fax_number (no such field), custom seats 250000 (allowed 1..100000)");
    long accounts = session.accounts().count(Filter.all());
    long audit = session.audit().count(Filter.<AuditEntry>all());
    int events = stage.events().total();
    long pending = stage.crm().relay().pending();
    try {
      session.accounts().create(bad);
      throw new IllegalStateException("the kernel accepted an account with a blank name");
    } catch (CrmValidationException e) {
      report.line("accounts().create(..) threw CrmValidationException with %d violations:", e.violations().size());
      Table table = report.table("Path", "Code", "Message");
      for (Violation v : e.violations()) {
        table.row(v.path().isEmpty() ? "(record)" : v.path(), v.code(), v.message());
      }
      report.print(table);
    }
    report.line("Nothing was written: accounts %d -> %d, audit entries %d -> %d, events %d -> %d, outbox pending %d -> %d",
        accounts, session.accounts().count(Filter.all()), audit, session.audit().count(Filter.<AuditEntry>all()),
        events, stage.events().total(), pending, stage.crm().relay().pending());
  }
}
