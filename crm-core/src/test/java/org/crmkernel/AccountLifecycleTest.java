package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.error.RecordInUseException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.record.Actor;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.value.Money;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.Test;

class AccountLifecycleTest extends KernelTestSupport {

  @Test
  void createReadsInputAsTheTenantWould() {
    Account acme = session.accounts().create(account("  Acme Werkzeugbau  ")
        .website("acme.example")
        .industry("Manufacturing")
        .employeeCount(120)
        .annualRevenue(Money.of("12500000", "EUR"))
        .address(PostalAddress.of("Hauptstraße 5", "München", "80331", "de"))
        .phone("089 1234567")
        .email("Info@Acme.Example")
        .build());

    assertThat(acme.name()).isEqualTo("Acme Werkzeugbau");
    assertThat(acme.website()).contains("https://acme.example");
    assertThat(acme.phones()).singleElement().satisfies(p -> assertThat(p.e164()).isEqualTo("+49891234567"));
    assertThat(acme.emails()).singleElement().satisfies(e -> assertThat(e.address()).isEqualTo("Info@acme.example"));
    assertThat(acme.addresses().get(0).countryCode()).contains("DE");
    assertThat(acme.ownership().owningUnitId()).isEqualTo(root.id());
    assertThat(acme.version()).isEqualTo(1);
    assertThat(acme.revision().createdAt()).isEqualTo(clock.instant());
    assertThat(session.accounts().get(acme.id())).isEqualTo(acme);
  }

  @Test
  void createIsAuditedAndReportedOnce() {
    Account acme = createAccount("Acme");

    List<AuditEntry> history = session.audit().historyOf(acme.ref(), 10, Optional.empty()).items();
    assertThat(history).singleElement().satisfies(entry -> {
      assertThat(entry.operation()).isEqualTo(AuditOperation.CREATE);
      assertThat(entry.actor()).isEqualTo(Actor.system());
      assertThat(entry.changes()).contains(FieldChange.of("name", Optional.empty(), Optional.of("Acme")));
    });
    assertThat(sink.events()).singleElement().satisfies(event -> {
      assertThat(event.type()).isEqualTo(EventType.ACCOUNT_CREATED);
      assertThat(event.subject()).isEqualTo(acme.ref());
      assertThat(event.correlationId()).isEqualTo(history.get(0).correlationId());
    });
    assertThat(crm.relay().pending()).isZero();
  }

  @Test
  void updateAuditsEachChangedFieldAndBumpsTheVersion() {
    Account acme = createAccount("Acme");
    clock.advance(Duration.ofMinutes(5));

    Account renamed = session.accounts().update(acme.id(), acme.version(), d -> d.name("Acme Corp").industry("Retail"));

    assertThat(renamed.version()).isEqualTo(2);
    assertThat(renamed.revision().modifiedAt()).isEqualTo(clock.instant());
    assertThat(renamed.revision().createdAt()).isEqualTo(acme.revision().createdAt());
    AuditEntry update = session.audit().historyOf(acme.ref(), 10, Optional.empty()).items().get(1);
    assertThat(update.operation()).isEqualTo(AuditOperation.UPDATE);
    assertThat(update.changes()).containsExactly(
        FieldChange.of("name", Optional.of("Acme"), Optional.of("Acme Corp")),
        FieldChange.of("industry", Optional.empty(), Optional.of("Retail")));
  }

  @Test
  void anUpdateThatChangesNothingWritesNothing() {
    Account acme = createAccount("Acme");
    Footprint before = footprint();

    Account same = session.accounts().update(acme.id(), acme.version(), d -> d.name("Acme"));

    assertThat(same).isEqualTo(acme);
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void aStaleVersionFailsAndWritesNothing() {
    Account acme = createAccount("Acme");
    session.accounts().update(acme.id(), acme.version(), d -> d.name("Acme Corp"));
    Footprint before = footprint();

    assertThatThrownBy(() -> session.accounts().update(acme.id(), acme.version(), d -> d.name("Acme Inc")))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
          assertThat(e.record()).isEqualTo(acme.ref());
        });
    assertThat(footprint()).isEqualTo(before);
    assertThat(session.accounts().get(acme.id()).name()).isEqualTo("Acme Corp");
  }

  @Test
  void archivedAccountsLeaveListsUntilRestored() {
    Account acme = createAccount("Acme");
    Account globex = createAccount("Globex");

    Account archived = session.accounts().archive(acme.id(), acme.version());

    assertThat(archived.state()).isEqualTo(RecordState.ARCHIVED);
    Query<Account> byName = Query.of(Filter.all(), Sort.by(AccountFields.NAME));
    assertThat(session.accounts().list(byName).items()).extracting(Account::name).containsExactly("Globex");
    assertThat(session.accounts().listIncludingArchived(byName).items()).extracting(Account::name).containsExactly("Acme", "Globex");
    assertThat(session.accounts().count(Filter.all())).isEqualTo(1);

    Account restored = session.accounts().restore(acme.id(), archived.version());
    assertThat(restored.state()).isEqualTo(RecordState.ACTIVE);
    assertThat(session.accounts().count(Filter.all())).isEqualTo(2);
    assertThat(sink.eventsOfType(EventType.ACCOUNT_ARCHIVED)).hasSize(1);
    assertThat(sink.eventsOfType(EventType.ACCOUNT_RESTORED)).hasSize(1);
    assertThat(globex.state()).isEqualTo(RecordState.ACTIVE);
  }

  @Test
  void listPagesWithACursorInSortOrder() {
    for (String name : List.of("Delta", "alpha", "Charlie", "Bravo", "Echo")) {
      createAccount(name);
    }
    Query<Account> query = Query.of(Filter.<Account>all(), Sort.by(AccountFields.NAME)).limit(2);

    Page<Account> first = session.accounts().list(query);
    Page<Account> second = session.accounts().list(query.after(first.next().orElseThrow()));
    Page<Account> third = session.accounts().list(query.after(second.next().orElseThrow()));

    assertThat(first.items()).extracting(Account::name).containsExactly("Bravo", "Charlie");
    assertThat(second.items()).extracting(Account::name).containsExactly("Delta", "Echo");
    assertThat(third.items()).extracting(Account::name).containsExactly("alpha");
    assertThat(third.hasNext()).isFalse();
  }

  @Test
  void assigningAnOwnerTeamMovesTheOwningUnit() {
    var emea = session.directory().createUnit("Sales EMEA", root.id());
    Team team = session.directory().createTeam("Key accounts", TeamType.OWNER, emea.id(), List.of(owner.id()));
    Account acme = createAccount("Acme");

    Account assigned = session.accounts().assignOwner(acme.id(), acme.version(), Owner.team(team.id()));

    assertThat(assigned.ownership().owner()).isEqualTo(Owner.team(team.id()));
    assertThat(assigned.ownership().owningUnitId()).isEqualTo(emea.id());
    assertThat(sink.eventsOfType(EventType.OWNER_ASSIGNED)).hasSize(1);
    assertThat(session.audit().historyOf(acme.ref(), 10, Optional.empty()).items())
        .extracting(AuditEntry::operation).containsExactly(AuditOperation.CREATE, AuditOperation.ASSIGN);
  }

  @Test
  void anAccountWithContactsCannotBeDeletedButAnEmptyOneCan() {
    Account acme = createAccount("Acme");
    Contact ada = session.contacts().create(ContactDraft.builder("Ada", "Byron").owner(Owner.user(owner.id()))
        .account(acme.id()).build());
    Footprint before = footprint();

    assertThatThrownBy(() -> session.accounts().delete(acme.id(), acme.version()))
        .isInstanceOfSatisfying(RecordInUseException.class, e -> assertThat(e.referencedBy()).contains(ada.ref()));
    assertThat(footprint()).isEqualTo(before);

    Contact unlinked = session.contacts().unlinkFromAccount(ada.id(), ada.version());
    session.accounts().delete(acme.id(), acme.version());

    assertThat(session.accounts().find(acme.id())).isEmpty();
    assertThat(unlinked.accountId()).isEmpty();
    assertThat(sink.eventsOfType(EventType.ACCOUNT_DELETED)).singleElement()
        .satisfies(e -> assertThat(e.subjectVersion()).isZero());
  }

  @Test
  void createAllWritesEveryRecordOrNone() {
    var drafts = List.of(account("One").build(), account("Two").build(), account("Three").build());

    List<Account> created = session.accounts().createAll(drafts);

    assertThat(created).extracting(Account::name).containsExactly("One", "Two", "Three");
    assertThat(session.accounts().count(Filter.all())).isEqualTo(3);
    assertThat(sink.eventsOfType(EventType.ACCOUNT_CREATED)).hasSize(3);
  }

  @Test
  void aBatchWithOneBadDraftWritesNothingAndNamesTheDraft() {
    Footprint before = footprint();
    var drafts = List.of(account("Fine").build(), account(" ").email("not-an-email").build(), account("Also fine").build());

    assertThatThrownBy(() -> session.accounts().createAll(drafts))
        .isInstanceOfSatisfying(org.crmkernel.model.error.CrmValidationException.class, e ->
            assertThat(e.violations()).extracting(v -> v.path()).contains("[1].name", "[1].emails[0]")
                .allMatch(path -> path.startsWith("[1]")));
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void aBatchIsCheckedForReferencesAndRolledBackWholeOnABadOne() {
    var parentDraft = account("Holding").build();
    Account holding = session.accounts().createAll(List.of(parentDraft)).get(0);
    var contacts = session.contacts().createAll(List.of(
        ContactDraft.builder("Ada", "Byron").owner(Owner.user(owner.id())).account(holding.id()).build()));

    assertThat(contacts.get(0).accountId()).contains(holding.id());
    assertThatThrownBy(() -> session.contacts().createAll(List.of(
        ContactDraft.builder("Fine", "Person").owner(Owner.user(owner.id())).account(holding.id()).build(),
        ContactDraft.builder("Eve", "Nobody").owner(Owner.user(owner.id())).account(
            org.crmkernel.model.id.AccountId.generate(clock)).build())))
        .isInstanceOfSatisfying(org.crmkernel.model.error.CrmValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("[1].accountId"));
    assertThat(session.contacts().count(Filter.all())).isEqualTo(1);
  }

  @Test
  void movingASubtreeKeepsEveryDescendantWithinTheDepthLimitAndLeavesThemEditable() {
    Account top = createAccount("Level 1");
    Account deepest = top;
    for (int level = 2; level <= 49; level++) {
      deepest = session.accounts().create(account("Level " + level).parentAccount(deepest.id()).build());
    }
    Account branch = createAccount("Branch");
    Account leaf = session.accounts().create(account("Leaf").parentAccount(branch.id()).build());
    Account lastLevel = deepest;

    assertThatThrownBy(() -> session.accounts().update(branch.id(), branch.version(), d -> d.parentAccount(lastLevel.id())))
        .hasMessageContaining("too_deep");
    Account renamed = session.accounts().update(leaf.id(), leaf.version(), d -> d.name("Leaf renamed"));
    assertThat(renamed.version()).isEqualTo(2);
    Account moved = session.accounts().update(leaf.id(), renamed.version(), d -> d.parentAccount(lastLevel.id()));
    assertThat(moved.parentAccountId()).contains(lastLevel.id());
  }

  @Test
  void parentAccountsMustExistAndNeverFormACycle() {
    Account parent = createAccount("Holding");
    Account child = session.accounts().create(account("Subsidiary").parentAccount(parent.id()).build());

    assertThat(child.parentAccountId()).contains(parent.id());
    assertThatThrownBy(() -> session.accounts().update(parent.id(), parent.version(), d -> d.parentAccount(child.id())))
        .hasMessageContaining("parentAccountId").hasMessageContaining("cycle");
  }
}
