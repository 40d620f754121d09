package org.crmkernel.examples.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmkernel.customer.AccountService;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.field.FieldValue;
import org.crmkernel.model.value.Money;
import org.crmkernel.spi.query.Filter;

/**
 * Changes one account the way users do over a few days: rename, new industry, new custom values,
 * a new owner, archive and restore; moves one of its contacts to another account; and shows an
 * update based on a stale version being refused.
 */
final class ChangeSection {

  private ChangeSection() {}

  static void run(Stage stage, Customers customers, DemoOrganisation organisation) {
    Report report = stage.report();
    AccountService accounts = stage.session().accounts();
    Account original = customers.featured();
    report.section("Changing an account (each call one transaction, audited, with events)");
    report.line("%s: %s, %s, owner %s, version %d", original.name(), original.industry().orElse("-"),
        original.addresses().get(0).singleLine(), stage.labels().of(original.ownership().owner()), original.version());

    stage.moveTo("2025-03-04T10:15:00Z");
    String baseName = customers.plan().accounts().get(0).baseName();
    String newName = original.name().replaceFirst(Pattern.quote(baseName), Matcher.quoteReplacement(baseName + " Holding"));
    Account renamed = accounts.update(original.id(), original.version(), b -> b.name(newName));
    stage.labels().name(renamed.ref(), renamed.name());
    step(stage, "rename", original.name() + " -> " + renamed.name(), renamed);

    stage.moveTo("2025-03-04T14:40:00Z");
    String industry = Vocabulary.INDUSTRIES.stream().filter(i -> !renamed.industry().orElse("").equals(i)).findFirst()
        .orElseThrow();
    int employees = renamed.employeeCount().orElse(0) + 40;
    Account moved = accounts.update(renamed.id(), renamed.version(), b -> b.industry(industry).employeeCount(employees));
    step(stage, "industry", renamed.industry().orElse("-") + " -> " + industry + ", employees "
        + renamed.employeeCount().orElse(0) + " -> " + employees, moved);

    stage.moveTo("2025-03-06T09:30:00Z");
    Account repriced = accounts.update(moved.id(), moved.version(), b -> b
        .custom(DemoFields.CONTRACT_VALUE, Money.of("185000", "EUR"))
        .custom(DemoFields.SEATS, 400)
        .custom(DemoFields.TAX_ID, "DE811907980"));
    step(stage, "custom values", "contract_value " + custom(moved, DemoFields.CONTRACT_VALUE) + " -> "
        + custom(repriced, DemoFields.CONTRACT_VALUE) + ", seats " + custom(moved, DemoFields.SEATS) + " -> "
        + custom(repriced, DemoFields.SEATS) + ", tax_id changed (sensitive)", repriced);

    stage.moveTo("2025-03-06T11:00:00Z");
    Account reassigned = accounts.assignOwner(repriced.id(), repriced.version(), organisation.keyAccountsTeam());
    long followed = customers.contactsOf(0).stream()
        .filter(c -> stage.session().contacts().get(c.id()).ownership().equals(reassigned.ownership())).count();
    step(stage, "new owner", stage.labels().of(repriced.ownership().owner()) + " -> "
        + stage.labels().of(reassigned.ownership().owner()) + ", its " + followed + " contacts follow (cascade)", reassigned);

    stage.moveTo("2025-03-06T11:20:00Z");
    // Read again: the assignment above cascaded to the account's contacts, a new version each.
    Contact contact = stage.session().contacts().get(customers.contactsOf(0).get(1).id());
    Account target = customers.accounts().get(1);
    Contact linked = stage.session().contacts().linkToAccount(contact.id(), contact.version(), target.id());
    report.line("%-14s contact %s: %s -> %s (contact version %d, ContactLinked)", "link contact", contact.name(),
        stage.labels().of(contact.accountId().orElseThrow().ref()), stage.labels().of(target.ref()), linked.version());

    stage.moveTo("2025-03-07T16:00:00Z");
    long before = accounts.count(Filter.all());
    Account archived = accounts.archive(reassigned.id(), reassigned.version());
    long during = accounts.count(Filter.all());
    report.line("%-14s active accounts %d -> %d; get(..) still reads it, in state %s (version %d)", "archive",
        before, during, accounts.get(archived.id()).state(), archived.version());
    stage.moveTo("2025-03-07T16:45:00Z");
    Account restored = accounts.restore(archived.id(), archived.version());
    step(stage, "restore", "active accounts back to " + accounts.count(Filter.all()), restored);

    stage.moveTo("2025-03-07T17:00:00Z");
    try {
      accounts.update(renamed.id(), renamed.version(), b -> b.industry("Retail"));
      throw new IllegalStateException("an update with a stale version was accepted");
    } catch (StaleVersionException e) {
      report.line("%-14s update based on version %d refused: StaleVersionException", "stale version",
          e.expectedVersion());
      report.line("%-14s \"%s\"; nothing written, still version %d", "", stage.labels().humanize(e.getMessage()),
          accounts.get(renamed.id()).version());
    }
  }

  private static void step(Stage stage, String what, String change, Account after) {
    stage.report().line("%-14s %s (version %d)", what, change, after.version());
  }

  private static String custom(Account account, String field) {
    return account.customFields().get(field).map(FieldValue::display).orElse("-");
  }
}
