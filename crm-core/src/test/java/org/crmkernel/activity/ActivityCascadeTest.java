package org.crmkernel.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.record.Owner;
import org.junit.jupiter.api.Test;

/** Deleting an account, contact or lead deletes its activities in the same unit of work, as Dynamics 365 does. */
class ActivityCascadeTest extends ActivityTestSupport {

  private Activity about(RecordRef regarded, String subject) {
    return session.activities().create(task(subject, regarded).dueAt(START.plus(Duration.ofDays(1))).build());
  }

  @Test
  void deletingACustomerDeletesItsActivitiesWithTheirSharesAndAuditsEach() {
    User bea = user("Bea Baker");
    Account keep = session.accounts().create(AccountDraft.builder("Keep").owner(Owner.user(owner.id())).build());
    Activity kept = about(keep.ref(), "Stays");
    Contact contact = session.contacts().create(ContactDraft.builder("Ada", "Byron").owner(Owner.user(owner.id())).build());
    Lead lead = session.leads().create(LeadDraft.builder("Grace", "Hopper").owner(Owner.user(owner.id())).build());
    List<RecordRef> regarded = List.of(acme.ref(), contact.ref(), lead.ref());
    List<EventType> deletedEvents = List.of(EventType.ACCOUNT_DELETED, EventType.CONTACT_DELETED, EventType.LEAD_DELETED);

    for (int i = 0; i < regarded.size(); i++) {
      RecordRef record = regarded.get(i);
      Activity first = about(record, "First");
      Activity second = about(record, "Second");
      session.sharing().shareWith(second.ref(), Principal.user(bea.id()), Set.of(Privilege.READ));
      sink.clear();

      switch (record.kind()) {
        case ACCOUNT -> session.accounts().delete(acme.id(), session.accounts().get(acme.id()).version());
        case CONTACT -> session.contacts().delete(contact.id(), contact.version());
        default -> session.leads().delete(lead.id(), lead.version());
      }

      assertThat(session.activities().find(first.id())).isEmpty();
      assertThat(session.activities().find(second.id())).isEmpty();
      List<RecordShare> shares = store.read(tx -> tx.recordShares().sharesOf(tenant, second.ref()));
      assertThat(shares).isEmpty();
      assertThat(sink.events()).extracting(DomainEvent::type).containsExactlyInAnyOrder(deletedEvents.get(i),
          EventType.ACTIVITY_DELETED, EventType.ACTIVITY_DELETED);
      assertThat(sink.events().stream().map(DomainEvent::correlationId).distinct()).hasSize(1);
      for (Activity gone : List.of(first, second)) {
        List<AuditEntry> history = historyOf(gone.ref());
        assertThat(history.get(history.size() - 1).operation()).isEqualTo(AuditOperation.DELETE);
      }
    }
    Optional<Activity> stays = session.activities().find(kept.id());
    assertThat(stays).contains(kept);
  }

  @Test
  void aFailedDeleteKeepsTheActivities() {
    Activity task = about(acme.ref(), "Survives");
    long stale = acme.version() + 1;

    assertThatThrownBy(() -> session.accounts().delete(acme.id(), stale)).isInstanceOf(StaleVersionException.class);

    assertThat(stored(task)).isEqualTo(task);
  }

  @Test
  void deletingTheRecordIsWhatNeedsThePrivilegeAsInDynamics365() {
    User rob = user("Rob Rep");
    giveRoles(rob, role("Account rep", RoleGrants.none().withAll(RecordKind.ACCOUNT, AccessDepth.USER)));
    Account robs = session.accounts().create(AccountDraft.builder("Rob's Deli").owner(Owner.user(rob.id())).build());
    Activity notRobs = about(robs.ref(), "Owned by Ada");

    as(rob).accounts().delete(robs.id(), robs.version());

    assertThat(session.activities().find(notRobs.id())).isEmpty();
    assertThat(historyOf(notRobs.ref()).get(1).actor().describe()).isEqualTo("user:" + rob.id());
  }
}
