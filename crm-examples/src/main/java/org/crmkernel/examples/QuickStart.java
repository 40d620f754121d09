package org.crmkernel.examples;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * The quick start of README.md, which quotes the lines between the marker comments in {@link
 * #run()} verbatim; ReadmeTest keeps the two the same.
 */
public final class QuickStart {

  /** What the quick start produced: the updated account, the first page of accounts, its history. */
  public record Outcome(Account account, List<Account> listed, List<AuditEntry> history) {}

  private QuickStart() {}

  /** Runs the quick start on a fresh in-memory store, printing the account's history. */
  public static Outcome run() {
    // tag::quickstart[]
    Crm crm = Crm.builder().store(InMemoryCrmStore.create()).build();
    CrmSession session = crm.tenant(TenantId.of(UUID.randomUUID())).system();

    BusinessUnit hq = session.directory().createRootUnit("Acme HQ");
    User ada = session.directory().createUser("Ada Lovelace", "ada@acme.example", hq.id(), Optional.empty());

    Account globex = session.accounts().create(AccountDraft.builder("Globex Corporation")
        .owner(Owner.user(ada.id()))
        .email("info@globex.example")
        .phone("+1 415 555 0142")
        .build());

    Account renamed = session.accounts().update(globex.id(), globex.version(),
        draft -> draft.name("Globex Inc.").industry("Manufacturing"));

    Page<Account> accounts = session.accounts().list(Query.of(Filter.all(), Sort.by(AccountFields.NAME)));

    Page<AuditEntry> history = session.audit().historyOf(globex.ref(), 20, Optional.empty());
    history.items().forEach(entry -> entry.changes().forEach(change -> System.out.printf("%s %s: %s -> %s%n",
        entry.operation(), change.field(), change.before().orElse("-"), change.after().orElse("-"))));
    // end::quickstart[]
    return new Outcome(renamed, accounts.items(), history.items());
  }

  /** Runs the quick start. */
  public static void main(String[] args) {
    run();
  }
}
