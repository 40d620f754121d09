package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.dedup.DuplicateCluster;
import org.crmkernel.dedup.DuplicateKind;
import org.crmkernel.dedup.MatchCancellation;
import org.crmkernel.dedup.MatchCancelledException;
import org.crmkernel.dedup.MatchProgress;
import org.crmkernel.dedup.MatchResult;
import org.crmkernel.dedup.MatchRules;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.PostalAddress;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.Test;

/** The duplicate scan through a session, on the store the suite runs on (in memory, then H2). */
class DuplicateScanTest extends KernelTestSupport {

  private Contact contact(String first, String last, String email, String phone, LocalDate born) {
    return session.contacts().create(ContactDraft.builder(first, last).owner(Owner.user(owner.id()))
        .email(email).phone(phone).birthDate(born)
        .address(new PostalAddress(Optional.of("12 Hauptstraße"), Optional.of("Berlin"), Optional.empty(),
            Optional.of("10115"), Optional.of("DE")))
        .build());
  }

  @Test
  void theSystemSessionFindsDuplicateContactsAndExplainsThem() {
    Contact robert = contact("Robert", "Schmidt", "robert.schmidt@example.com", "+49 30 1234567",
        LocalDate.of(1980, 3, 4));
    Contact bob = contact("Bob", "Schmidt", "Robert.Schmidt+crm@example.com", "030 1234567", LocalDate.of(1980, 4, 3));
    contact("Ada", "Lovelace", "ada@example.org", "+49 40 7654321", LocalDate.of(1985, 12, 10));

    MatchResult result = session.duplicates().scan(DuplicateKind.CONTACTS).threads(2).run();

    assertThat(result.statistics().records()).isEqualTo(3);
    assertThat(result.clusters()).singleElement().satisfies(cluster -> {
      assertThat(cluster.recordIds()).containsExactlyInAnyOrder(robert.id().value().toString(),
          bob.id().value().toString());
      String explained = cluster.pairs().get(0).explanation().describe();
      assertThat(explained).contains("firstName", "'robert' ~ 'robert'", "email", "birthDate", "swapped");
    });
  }

  @Test
  void archivedRecordsAreLeftOutUnlessAskedFor() {
    contact("Robert", "Schmidt", "robert.schmidt@example.com", "+49 30 1234567", LocalDate.of(1980, 3, 4));
    Contact bob = contact("Bob", "Schmidt", "robert.schmidt@example.com", "+49 30 1234567", LocalDate.of(1980, 3, 4));
    session.contacts().archive(bob.id(), bob.version());

    assertThat(session.duplicates().scan(DuplicateKind.CONTACTS).run().clusters()).isEmpty();
    assertThat(session.duplicates().scan(DuplicateKind.CONTACTS).includeArchived(true).run().clusters()).hasSize(1);
  }

  @Test
  void accountsAndLeadsAreScannedWithTheirOwnRules() {
    session.accounts().create(account("Acme Pty. Ltd.").phone("+61 2 9876 5432").build());
    session.accounts().create(account("ACME PTY LTD").phone("+61 (2) 9876-5432").build());
    session.accounts().create(account("Globex").build());

    MatchResult accounts = session.duplicates().scan(DuplicateKind.ACCOUNTS).run();

    assertThat(accounts.clusters()).singleElement().extracting(DuplicateCluster::size).isEqualTo(2);
    assertThat(session.duplicates().scan(DuplicateKind.LEADS).run().statistics().records()).isZero();
  }

  @Test
  void aUserSessionMayNotScanAndTheDenialIsAudited() {
    long before = session.audit().count(Filter.eq(AuditFields.OPERATION, AuditOperation.ACCESS_DENIED.name()));

    assertThatThrownBy(() -> crm.tenant(tenant).as(owner.id()).duplicates().scan(DuplicateKind.CONTACTS).run())
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("system session");
    assertThat(session.audit().count(Filter.eq(AuditFields.OPERATION, AuditOperation.ACCESS_DENIED.name())))
        .isEqualTo(before + 1);
  }

  @Test
  void progressIsReportedPhaseByPhaseAndACancelledScanThrows() {
    for (int i = 0; i < 30; i++) {
      contact("Person" + i, "Family" + (i % 3), "p" + i + "@example.com", "+49 30 55500" + (10 + i),
          LocalDate.of(1970 + i, 1, 1));
    }
    List<MatchProgress.Phase> phases = new ArrayList<>();
    session.duplicates().scan(DuplicateKind.CONTACTS).progress(p -> {
      if (phases.isEmpty() || phases.get(phases.size() - 1) != p.phase()) {
        phases.add(p.phase());
      }
    }).run();
    assertThat(phases).containsExactly(MatchProgress.Phase.values());

    MatchCancellation cancellation = new MatchCancellation();
    assertThatThrownBy(() -> session.duplicates().scan(DuplicateKind.CONTACTS).cancellation(cancellation)
        .progress(p -> cancellation.cancel()).run()).isInstanceOf(MatchCancelledException.class);
  }

  private static final List<String> FIRST = List.of("Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia",
      "Elijah", "Isabella", "Lucas", "Mia", "Mateo", "Charlotte", "Levi", "Harper", "Ezra", "Evelyn", "Asher", "Luna",
      "Leo");
  private static final List<String> LAST = List.of("Garcia", "Okafor", "Novak", "Lindqvist", "Moreau", "Tanaka",
      "Kowalski", "Haddad", "Fischer", "Rossi", "Nguyen", "Silva", "O'Brien", "Petrov", "Jensen", "Dubois", "Costa",
      "Yilmaz", "Bauer", "Santos");

  @Test
  void learntRulesComeBackOneVersionUpWithTheirLearningAndStillMatch() {
    for (int i = 0; i < 20; i++) {
      String first = FIRST.get(i);
      String last = LAST.get(i);
      String email = first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT)
          .replace("'", "") + "@example.com";
      contact(first, last, email, "+49 30 5550" + (100 + i), LocalDate.of(1960 + i, 1 + i % 12, 1 + i));
      contact(first, last, email.toUpperCase(java.util.Locale.ROOT), "030 5550" + (100 + i),
          LocalDate.of(1960 + i, 1 + i % 12, 1 + i));
    }
    MatchRules defaults = DuplicateKind.CONTACTS.defaultRules();

    MatchRules learnt = session.duplicates().scan(DuplicateKind.CONTACTS).learn();

    assertThat(learnt.version()).isEqualTo(defaults.version() + 1);
    assertThat(learnt.learning()).hasValueSatisfying(l -> {
      assertThat(l.records()).isEqualTo(40);
      assertThat(l.candidatePairs()).isPositive();
    });
    assertThat(session.duplicates().scan(DuplicateKind.CONTACTS).rules(learnt).run().clusters())
        .hasSize(20).allSatisfy(c -> assertThat(c.size()).isEqualTo(2));
  }
}
