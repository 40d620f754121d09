package org.crmkernel.examples.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.crmkernel.CrmSession;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.spi.query.Filter;

/**
 * Creates the planned customers with {@code createAll}, in batches, parents before their
 * subsidiaries, and shows what was created.
 */
final class ImportSection {

  /** Records per {@code createAll} call: one transaction each. */
  static final int BATCH = 50;

  private int calls;

  private ImportSection() {}

  static Customers run(Stage stage, DemoData data, int customers) {
    return new ImportSection().load(stage, data.plan(customers));
  }

  private Customers load(Stage stage, DemoData.Plan plan) {
    Report report = stage.report();
    CrmSession session = stage.session();
    report.section("Customers, created in batches with createAll");
    stage.moveTo("2025-03-03T09:00:00Z");
    List<DemoData.PlannedAccount> planned = plan.accounts();
    Account[] accounts = new Account[planned.size()];
    List<Integer> topLevel = indexes(planned, false);
    List<Integer> subsidiaries = indexes(planned, true);
    store(stage, topLevel, i -> planned.get(i).draft(), session.accounts()::createAll, accounts);
    store(stage, subsidiaries, i -> planned.get(i).draft().toBuilder()
        .parentAccount(accounts[planned.get(i).parent().orElseThrow()].id()).build(), session.accounts()::createAll, accounts);
    Arrays.stream(accounts).forEach(a -> stage.labels().name(a.ref(), a.name()));

    Contact[] contacts = new Contact[plan.contacts().size()];
    store(stage, range(contacts.length), i -> plan.contacts().get(i).draft().toBuilder()
        .account(accounts[plan.contacts().get(i).account()].id()).build(), session.contacts()::createAll, contacts);
    Arrays.stream(contacts).forEach(c -> stage.labels().name(c.ref(), c.name().displayName()));

    Lead[] leads = new Lead[plan.leads().size()];
    store(stage, range(leads.length), plan.leads()::get, session.leads()::createAll, leads);
    Arrays.stream(leads).forEach(l -> stage.labels().name(l.ref(), l.name().displayName()));

    Customers created = new Customers(plan, List.of(accounts), List.of(contacts), List.of(leads));
    summarise(stage, created, subsidiaries.size());
    return created;
  }

  /** Creates the records at {@code indexes} in batches, putting each at its index in {@code into}. */
  private <D, R> void store(Stage stage, List<Integer> indexes, Function<Integer, D> draft,
      Function<List<D>, List<R>> createAll, R[] into) {
    for (int from = 0; from < indexes.size(); from += BATCH) {
      List<Integer> batch = indexes.subList(from, Math.min(indexes.size(), from + BATCH));
      List<R> stored = createAll.apply(batch.stream().map(draft).toList());
      for (int i = 0; i < batch.size(); i++) {
        into[batch.get(i)] = stored.get(i);
      }
      calls++;
      stage.advance(Duration.ofMinutes(1));
    }
  }

  private void summarise(Stage stage, Customers created, int subsidiaries) {
    Report report = stage.report();
    CrmSession session = stage.session();
    long countries = created.plan().accounts().stream().map(a -> a.country().code()).distinct().count();
    long sources = created.leads().stream().map(Lead::source).distinct().count();
    long statuses = created.leads().stream().map(Lead::status).distinct().count();
    report.line("%d createAll calls, up to %d records each; each call is one transaction (all or nothing).", calls, BATCH);
    Table table = report.table("Kind", "Created", "Counted", "Details");
    table.row("accounts", created.accounts().size(), session.accounts().count(Filter.all()),
        subsidiaries + " subsidiaries with a parent account, " + countries + " countries");
    table.row("contacts", created.contacts().size(), session.contacts().count(Filter.all()),
        "each works for an account");
    table.row("leads", created.leads().size(), session.leads().count(Filter.all()),
        sources + " sources, " + statuses + " statuses");
    report.print(table);
    report.blank();
    report.line("Phones as typed, and as stored (E.164); national numbers are read with the tenant's region DE:");
    Table phones = report.table("Typed", "City", "Stored");
    Map<String, Integer> firstPerCountry = new LinkedHashMap<>();
    for (int i = 0; i < created.accounts().size(); i++) {
      firstPerCountry.putIfAbsent(created.plan().accounts().get(i).country().code(), i);
    }
    firstPerCountry.values().stream().limit(7).forEach(i -> {
      DemoData.PlannedAccount plannedAccount = created.plan().accounts().get(i);
      Account account = created.accounts().get(i);
      phones.row(plannedAccount.draft().phones().get(0),
          plannedAccount.city().name() + ", " + plannedAccount.country().code(), account.phones().get(0).e164());
    });
    report.print(phones);
    Account featured = created.featured();
    report.line("Websites get a scheme: %s -> %s", created.plan().accounts().get(0).draft().website().orElse("-"),
        featured.website().orElse("-"));
  }

  private static List<Integer> indexes(List<DemoData.PlannedAccount> planned, boolean withParent) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      if (planned.get(i).parent().isPresent() == withParent) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  private static List<Integer> range(int size) {
    return IntStream.range(0, size).boxed().toList();
  }
}
