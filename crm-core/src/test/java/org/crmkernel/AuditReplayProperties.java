package org.crmkernel;

import org.crmkernel.spi.CrmStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.error.CrmException;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of account operations, valid and invalid: the audit trail of every account
 * replays to its current state, every audit entry has exactly one delivered event, and every
 * failed call leaves no trace.
 */
class AuditReplayProperties {

  /** One step: which account (by index), what to do, and a value. */
  record Step(int target, String action, String value) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("", " ", "x".repeat(300), "Ünïcødé ✓", "O'Brien; DROP TABLE x", "bad@@mail", "12"));
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 4),
        Arbitraries.of("create", "rename", "industry", "email", "employees", "stale", "archive", "restore", "delete"),
        values).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 60)
  void auditReplaysToCurrentStateAndFailuresLeaveNoTrace(@ForAll("steps") @Size(min = 1) List<Step> steps) {
    MutableClock clock = MutableClock.at(Instant.parse("2026-02-01T08:00:00Z"));
    RecordingNotificationSink sink = new RecordingNotificationSink();
    CrmStore store = TestStores.create();
    Crm crm = Crm.builder().store(store).clock(clock).notifications(sink).build();
    TenantId tenant = TenantId.generate(clock);
    CrmSession session = crm.tenant(tenant).system();
    var root = session.directory().createRootUnit("Root");
    var user = session.directory().createUser("Owner", "owner@example.com", root.id(), Optional.empty());
    List<AccountId> accounts = new ArrayList<>();

    for (Step step : steps) {
      clock.advance(Duration.ofSeconds(1));
      long auditBefore = session.audit().count(Filter.all());
      int eventsBefore = sink.events().size();
      long accountsBefore = store.read(tx -> tx.accounts().count(tenant, Filter.all()));
      try {
        apply(session, user.id(), accounts, step);
      } catch (CrmException failed) {
        assertThat(session.audit().count(Filter.all())).isEqualTo(auditBefore);
        assertThat(sink.events()).hasSize(eventsBefore);
        long accountsAfter = store.read(tx -> tx.accounts().count(tenant, Filter.all()));
        assertThat(accountsAfter).isEqualTo(accountsBefore);
      }
      assertThat(sink.events()).hasSize((int) session.audit().count(Filter.all()));
    }

    for (AccountId id : accounts) {
      session.accounts().find(id).ifPresent(account -> assertThat(replay(session, account)).isEqualTo(rendered(account)));
    }
  }

  private static void apply(CrmSession session, org.crmkernel.model.id.UserId owner, List<AccountId> accounts, Step step) {
    if (step.action().equals("create") || accounts.isEmpty()) {
      Account created = session.accounts().create(AccountDraft.builder(step.value()).owner(Owner.user(owner)).build());
      accounts.add(created.id());
      return;
    }
    AccountId id = accounts.get(step.target() % accounts.size());
    Optional<Account> found = session.accounts().find(id);
    if (found.isEmpty()) {
      return;
    }
    Account current = found.get();
    long version = current.version();
    switch (step.action()) {
      case "rename" -> session.accounts().update(id, version, d -> d.name(step.value()));
      case "industry" -> session.accounts().update(id, version, d -> d.industry(step.value()));
      case "email" -> session.accounts().update(id, version, d -> d.emails(List.of(step.value() + "@example.com")));
      case "employees" -> session.accounts().update(id, version, d -> d.employeeCount(step.value().length() * 7 - 10));
      case "stale" -> session.accounts().update(id, version + 1, d -> d.name("never"));
      case "archive" -> session.accounts().archive(id, version);
      case "restore" -> session.accounts().restore(id, version);
      case "delete" -> session.accounts().delete(id, version);
      default -> throw new IllegalStateException(step.action());
    }
  }

  /** The last audited value of each field of {@code account}. */
  private static Map<String, Optional<String>> replay(CrmSession session, Account account) {
    Map<String, Optional<String>> state = new HashMap<>();
    for (AuditEntry entry : session.audit().historyOf(account.ref(), 1000, Optional.empty()).items()) {
      for (FieldChange change : entry.changes()) {
        state.put(change.field(), change.after());
      }
    }
    state.values().removeIf(Optional::isEmpty);
    Map<String, Optional<String>> audited = new HashMap<>();
    for (String field : List.of("name", "industry", "employeeCount", "emails", "state")) {
      if (state.containsKey(field)) {
        audited.put(field, state.get(field));
      }
    }
    return audited;
  }

  private static Map<String, Optional<String>> rendered(Account account) {
    Map<String, Optional<String>> fields = new HashMap<>();
    fields.put("name", Optional.of(account.name()));
    account.industry().ifPresent(i -> fields.put("industry", Optional.of(i)));
    account.employeeCount().ifPresent(n -> fields.put("employeeCount", Optional.of(n.toString())));
    if (!account.emails().isEmpty()) {
      fields.put("emails", Optional.of(String.join(" | ", account.emails().stream().map(Object::toString).toList())));
    }
    fields.put("state", Optional.of(account.state().name()));
    return fields;
  }
}
