package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.access.OffboardingProgress;
import org.crmkernel.access.OffboardingReport;
import org.crmkernel.customer.AssignOptions;
import org.crmkernel.customer.CascadeRule;
import org.crmkernel.customer.Relationship;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.Owner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Assignment with cascade rules and share-back, and offboarding in batches. */
class AssignmentAndOffboardingTest extends AccessTestSupport {

  User leaver;
  User successor;
  Account parent;
  Account child;
  Contact active;
  Contact archived;

  @BeforeEach
  void book() {
    leaver = user("Lea Leaver", root, Optional.empty());
    successor = user("Sam Successor", root, Optional.empty());
    parent = session.accounts().create(AccountDraft.builder("Parent").owner(Owner.user(leaver.id())).build());
    child = session.accounts().create(AccountDraft.builder("Child").owner(Owner.user(leaver.id())).parentAccount(parent.id())
        .build());
    active = contactAt(parent, "Ann");
    Contact toArchive = contactAt(parent, "Bob");
    archived = session.contacts().archive(toArchive.id(), toArchive.version());
  }

  Contact contactAt(Account account, String first) {
    return session.contacts().create(ContactDraft.builder(first, "Buyer").email(first.toLowerCase() + "@x.example")
        .owner(Owner.user(leaver.id())).account(account.id()).build());
  }

  Owner ownerOf(Contact contact) {
    return session.contacts().get(contact.id()).ownership().owner();
  }

  @Test
  void byDefaultAssignmentCascadesToContactsAndChildAccounts() {
    session.accounts().assignOwner(parent.id(), parent.version(), Owner.user(successor.id()));

    Owner now = Owner.user(successor.id());
    assertThat(ownerOf(active)).isEqualTo(now);
    assertThat(ownerOf(archived)).isEqualTo(now);
    assertThat(session.accounts().get(child.id()).ownership().owner()).isEqualTo(now);
    assertThat(session.audit().historyOf(child.ref(), 10, Optional.empty()).items()).extracting(AuditEntry::operation)
        .contains(AuditOperation.ASSIGN);
  }

  @Test
  void cascadeRulesChooseWhichRelatedRecordsFollowAndShareBackKeepsThePreviousOwnerIn() {
    AssignOptions options = AssignOptions.defaults()
        .cascading(Relationship.ACCOUNT_CONTACTS, CascadeRule.ACTIVE)
        .cascading(Relationship.ACCOUNT_CHILD_ACCOUNTS, CascadeRule.NONE)
        .sharingBack(Set.of(Privilege.READ));

    session.accounts().assignOwner(parent.id(), parent.version(), Owner.user(successor.id()), options);

    assertThat(ownerOf(active)).isEqualTo(Owner.user(successor.id()));
    assertThat(ownerOf(archived)).isEqualTo(Owner.user(leaver.id()));
    assertThat(session.accounts().get(child.id()).ownership().owner()).isEqualTo(Owner.user(leaver.id()));
    assertThat(session.sharing().sharesOf(parent.ref())).singleElement().satisfies(share -> {
      assertThat(share.grantee()).isEqualTo(Principal.user(leaver.id()));
      assertThat(share.rights()).containsExactly(Privilege.READ);
    });
  }

  @Test
  void aUserSessionNeedsAssignOnEveryRecordThatFollowsOrNothingMoves() {
    User clerk = user("Cy Clerk", root, Optional.empty());
    giveRoles(clerk, roleOnAccounts("Account assigner", Map.of(Privilege.READ, AccessDepth.ORGANIZATION,
        Privilege.ASSIGN, AccessDepth.ORGANIZATION)));

    assertThatThrownBy(() -> as(clerk).accounts().assignOwner(parent.id(), parent.version(), Owner.user(successor.id())))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("assign").hasMessageContaining("contact");

    assertThat(session.accounts().get(parent.id()).ownership().owner()).isEqualTo(Owner.user(leaver.id()));
    assertThat(ownerOf(active)).isEqualTo(Owner.user(leaver.id()));
  }

  @Test
  void offboardingDeactivatesThenReassignsInBatchesUnderOneCorrelationId() {
    for (int i = 0; i < 5; i++) {
      session.leads().create(LeadDraft.builder("Lead", "No" + i).email("lead" + i + "@x.example")
          .owner(Owner.user(leaver.id())).build());
    }
    List<OffboardingProgress> progress = new ArrayList<>();

    OffboardingReport report = session.offboarding().offboard(leaver.id(), Owner.user(successor.id()), 2, progress::add);

    assertThat(report.reassigned()).containsEntry(RecordKind.ACCOUNT, 2L).containsEntry(RecordKind.CONTACT, 2L)
        .containsEntry(RecordKind.LEAD, 5L);
    assertThat(report.batches()).isEqualTo(1 + 1 + 3);
    assertThat(progress).last().isEqualTo(new OffboardingProgress(RecordKind.LEAD, 5, 5));
    assertThat(session.directory().findUser(leaver.id()).orElseThrow().active()).isFalse();
    assertThat(ownerOf(archived)).isEqualTo(Owner.user(successor.id()));
    List<AuditEntry> entries = session.audit().correlatedWith(report.correlationId(), 100, Optional.empty()).items();
    assertThat(entries).filteredOn(e -> e.operation() == AuditOperation.ASSIGN).hasSize(9);
    assertThat(entries).anySatisfy(e -> assertThat(e.record()).isEqualTo(leaver.ref()));
  }

  @Test
  void offboardingRefusesBadInputBeforeChangingAnything() {
    assertThatThrownBy(() -> session.offboarding().offboard(leaver.id(), Owner.user(leaver.id()), 0, p -> {}))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations()).hasSize(2));
    assertThat(session.directory().findUser(leaver.id()).orElseThrow().active()).isTrue();
  }
}
