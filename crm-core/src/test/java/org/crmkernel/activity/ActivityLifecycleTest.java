package org.crmkernel.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.activity.ActivityPriority;
import org.crmkernel.model.activity.ActivityStatus;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.StageId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.ForecastCategory;
import org.crmkernel.model.pipeline.ProbabilitySource;
import org.crmkernel.model.pipeline.StageCategory;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.Test;

/** Activities through a system session: business actions, validation, audit and events. */
class ActivityLifecycleTest extends ActivityTestSupport {

  private static final Instant DUE = START.plus(Duration.ofDays(2));

  /** What a failed call must leave as it was. */
  private record Footprint(long activities, long audit, int delivered) {}

  private Footprint footprint() {
    return new Footprint(storedActivities(), auditEntries(), sink.events().size());
  }

  private static List<String> problems(CrmValidationException e) {
    return e.violations().stream().map(v -> v.path() + "/" + v.code()).toList();
  }

  /** Runs {@code call}, which must fail with exactly the listed problems and write nothing. */
  private void assertRefused(ThrowingCallable call, String... problems) {
    Footprint before = footprint();
    assertThatThrownBy(call).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(problems(e)).containsExactlyInAnyOrder(problems));
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void aTaskIsCreatedOpenWithEveryFieldAuditedAndOneEvent() {
    Activity call = session.activities().create(ActivityDraft.builder(ActivityType.CALL, "  Discuss renewal ", acme.ref())
        .description("Budget for 2027").dueAt(DUE).duration(Duration.ofMinutes(30)).priority(ActivityPriority.HIGH)
        .owner(Owner.user(owner.id())).build());

    assertThat(call.subject()).isEqualTo("Discuss renewal");
    assertThat(call.status()).isEqualTo(ActivityStatus.OPEN);
    assertThat(call.completedAt()).isEmpty();
    assertThat(call.remindedFor()).isEmpty();
    assertThat(call.version()).isEqualTo(1);
    assertThat(call.ownership()).isEqualTo(new Ownership(Owner.user(owner.id()), root.id()));
    assertThat(session.activities().get(call.id())).isEqualTo(call);
    Optional<Activity> found = session.activities().find(call.id());
    assertThat(found).contains(call);
    assertThat(sink.events()).extracting(DomainEvent::type).containsExactly(EventType.ACTIVITY_CREATED);
    AuditEntry created = historyOf(call.ref()).get(0);
    assertThat(created.operation()).isEqualTo(AuditOperation.CREATE);
    assertThat(created.changes()).contains(
        FieldChange.of("type", Optional.empty(), Optional.of("CALL")),
        FieldChange.of("subject", Optional.empty(), Optional.of("Discuss renewal")),
        FieldChange.of("regarding", Optional.empty(), Optional.of(acme.ref().toString())),
        FieldChange.of("dueAt", Optional.empty(), Optional.of(DUE.toString())),
        FieldChange.of("duration", Optional.empty(), Optional.of("PT30M")),
        FieldChange.of("priority", Optional.empty(), Optional.of("HIGH")),
        FieldChange.of("status", Optional.empty(), Optional.of("OPEN")));
  }

  @Test
  void completingCancellingAndReopeningAreBusinessActionsWithClearCodes() {
    Activity task = createTask("Send quote", DUE);
    clock.advance(Duration.ofHours(1));
    sink.clear();

    Activity done = session.activities().complete(task.id(), task.version());

    assertThat(done.status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(done.completedAt()).contains(clock.instant());
    assertThat(done.version()).isEqualTo(2);
    assertThat(sink.events()).extracting(DomainEvent::type).containsExactly(EventType.ACTIVITY_COMPLETED);
    AuditEntry completion = historyOf(task.ref()).get(1);
    assertThat(completion.operation()).isEqualTo(AuditOperation.COMPLETE);
    assertThat(completion.changes()).extracting(FieldChange::field).containsExactlyInAnyOrder("status", "completedAt");

    assertRefused(() -> session.activities().complete(done.id(), done.version()), "status/already_completed");
    assertRefused(() -> session.activities().cancel(done.id(), done.version()), "status/closed");
    assertRefused(() -> session.activities().reschedule(done.id(), done.version(), DUE.plusSeconds(60)), "status/closed");
    assertRefused(() -> session.activities().update(done.id(), done.version(), b -> b.subject("Send the quote")),
        "status/closed");
    assertThat(session.activities().update(done.id(), done.version(), b -> b)).isEqualTo(done);

    Activity reopened = session.activities().reopen(done.id(), done.version());
    assertThat(reopened.status()).isEqualTo(ActivityStatus.OPEN);
    assertThat(reopened.completedAt()).isEmpty();
    assertRefused(() -> session.activities().reopen(reopened.id(), reopened.version()), "status/already_open");

    Activity cancelled = session.activities().cancel(reopened.id(), reopened.version());
    assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
    assertThat(cancelled.completedAt()).contains(clock.instant());
    assertRefused(() -> session.activities().cancel(cancelled.id(), cancelled.version()), "status/already_cancelled");
    assertRefused(() -> session.activities().complete(cancelled.id(), cancelled.version()), "status/closed");

    assertThat(sink.events()).extracting(DomainEvent::type).containsExactly(EventType.ACTIVITY_COMPLETED,
        EventType.ACTIVITY_REOPENED, EventType.ACTIVITY_CANCELLED);
    assertThat(historyOf(task.ref())).extracting(AuditEntry::operation).containsExactly(AuditOperation.CREATE,
        AuditOperation.COMPLETE, AuditOperation.COMPLETE, AuditOperation.COMPLETE);
  }

  @Test
  void reschedulingMovesTheDueTimeAndAuditsIt() {
    Activity task = createTask("Call back", DUE);
    sink.clear();
    Instant later = DUE.plus(Duration.ofDays(1));

    Activity moved = session.activities().reschedule(task.id(), task.version(), later);

    assertThat(moved.dueAt()).contains(later);
    assertThat(moved.version()).isEqualTo(2);
    assertThat(historyOf(task.ref()).get(1).changes()).containsExactly(
        FieldChange.of("dueAt", Optional.of(DUE.toString()), Optional.of(later.toString())));
    assertThat(sink.events()).extracting(DomainEvent::type).containsExactly(EventType.ACTIVITY_UPDATED);

    Activity same = session.activities().reschedule(moved.id(), moved.version(), later);
    assertThat(same).isEqualTo(moved);
    assertThat(sink.events()).hasSize(1);
  }

  @Test
  void anUpdateAuditsEachChangedFieldAndAnOwnerChangeAsAnAssignment() {
    User bea = session.directory().createUser("Bea Baker", "bea@acme.example", root.id(), Optional.empty());
    Account globex = session.accounts().create(AccountDraft.builder("Globex").owner(Owner.user(owner.id())).build());
    Activity task = createTask("Prepare demo", DUE);
    sink.clear();

    Activity edited = session.activities().update(task.id(), task.version(), b -> b.subject("Prepare the demo")
        .priority(ActivityPriority.LOW).regarding(globex.ref()).owner(Owner.user(bea.id())));

    assertThat(edited.version()).isEqualTo(2);
    assertThat(edited.regarding()).isEqualTo(globex.ref());
    assertThat(edited.ownership().owner()).isEqualTo(Owner.user(bea.id()));
    List<AuditEntry> history = historyOf(task.ref());
    assertThat(history).extracting(AuditEntry::operation)
        .containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE, AuditOperation.ASSIGN);
    assertThat(history.get(1).changes()).extracting(FieldChange::field)
        .containsExactlyInAnyOrder("subject", "priority", "regarding");
    assertThat(history.get(2).changes()).containsExactly(
        FieldChange.of("owner", Optional.of(owner.ref().toString()), Optional.of(bea.ref().toString())));
    assertThat(sink.events()).extracting(DomainEvent::type)
        .containsExactly(EventType.ACTIVITY_UPDATED, EventType.OWNER_ASSIGNED);

    Activity unchanged = session.activities().update(edited.id(), edited.version(), b -> b.subject(" Prepare the demo "));
    assertThat(unchanged).isEqualTo(edited);
    assertThat(sink.events()).hasSize(2);
  }

  @Test
  void anActivityKeepsItsType() {
    Activity task = createTask("Send brochure", DUE);

    assertRefused(() -> session.activities().update(task.id(), task.version(),
        b -> ActivityDraft.builder(ActivityType.EMAIL, "Send brochure", acme.ref())), "type/fixed");
  }

  @Test
  void notesRecordWhatHappenedWithoutDueTimeOrDuration() {
    Activity note = session.activities().create(ActivityDraft.builder(ActivityType.NOTE, "Met at the fair", acme.ref())
        .description("Interested in the\nenterprise plan").owner(Owner.user(owner.id())).build());

    assertThat(note.dueAt()).isEmpty();
    assertThat(note.description()).contains("Interested in the\nenterprise plan");
    assertRefused(() -> session.activities().create(ActivityDraft.builder(ActivityType.NOTE, "Met again", acme.ref())
        .dueAt(DUE).duration(Duration.ofHours(1)).owner(Owner.user(owner.id())).build()), "dueAt/note", "duration/note");
    assertRefused(() -> session.activities().reschedule(note.id(), note.version(), DUE), "dueAt/note");
    clock.advance(Duration.ofDays(30));
    assertThat(session.reminders().sendDueReminders(Duration.ofDays(366)).sent()).isZero();
  }

  @Test
  void badInputListsEveryProblemAndWritesNothing() {
    assertRefused(() -> session.activities().create(ActivityDraft.builder(ActivityType.MEETING, " ", acme.ref())
        .description("x".repeat(Activity.MAX_DESCRIPTION + 1)).dueAt(DUE).duration(Duration.ZERO)
        .owner(Owner.user(org.crmkernel.model.id.UserId.generate(clock))).build()),
        "subject/required", "description/too_long", "duration/out_of_range", "owner/unknown_user");
    assertRefused(() -> session.activities().create(ActivityDraft.builder(ActivityType.TASK, "s".repeat(300),
        new RecordRef(RecordKind.ACCOUNT, UUID.randomUUID())).duration(Duration.ofDays(32)).build()),
        "subject/too_long", "duration/out_of_range", "regarding/unknown_record", "owner/required");
    assertRefused(() -> session.activities().create(null), "draft/required");
    assertThatThrownBy(() -> task("Call", acme.ref()).dueAt((Instant) null))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(problems(e)).containsExactly("dueAt/required"));
  }

  @Test
  void theRegardedRecordMustBeAnAccountContactLeadOrDealOfThisTenant() {
    TenantId other = TenantId.generate(clock);
    CrmSession elsewhere = crm.tenant(other).system();
    var otherRoot = elsewhere.directory().createRootUnit("Other Corp");
    var otherUser = elsewhere.directory().createUser("Otto Other", "otto@other.example", otherRoot.id(), Optional.empty());
    Account foreign = elsewhere.accounts().create(AccountDraft.builder("Foreign").owner(Owner.user(otherUser.id())).build());

    assertRefused(() -> session.activities().create(task("Spy", foreign.ref()).build()), "regarding/unknown_record");
    assertRefused(() -> session.activities().create(task("Ghost", AccountId.generate(clock).ref()).build()),
        "regarding/unknown_record");
    assertRefused(() -> session.activities().create(task("About a user", owner.ref()).build()), "regarding/wrong_kind");
    Activity task = createTask("Real", DUE);
    assertRefused(() -> session.activities().update(task.id(), task.version(), b -> b.regarding(foreign.ref())),
        "regarding/unknown_record");
    assertThatThrownBy(() -> elsewhere.activities().get(task.id())).isInstanceOf(RecordNotFoundException.class);
    Optional<Activity> fromElsewhere = elsewhere.activities().find(task.id());
    assertThat(fromElsewhere).isEmpty();
  }

  @Test
  void activitiesRegardContactsLeadsAndDeals() {
    Contact ada = session.contacts().create(ContactDraft.builder("Ada", "Byron").owner(Owner.user(owner.id())).build());
    Lead grace = session.leads().create(LeadDraft.builder("Grace", "Hopper").owner(Owner.user(owner.id())).build());
    Deal deal = new Deal(DealId.generate(clock), tenant, "Fleet renewal", acme.id(), Optional.empty(),
        PipelineId.generate(clock), StageId.generate(clock), StageCategory.OPEN, ForecastCategory.PIPELINE,
        Optional.empty(), 10, ProbabilitySource.STAGE_DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), START,
        new Ownership(Owner.user(owner.id()), root.id()), RecordState.ACTIVE, CustomFields.none(), Revision.first(START));
    store.write(tx -> tx.deals().insert(deal));

    for (RecordRef regarded : List.of(ada.ref(), grace.ref(), deal.ref())) {
      Activity activity = session.activities().create(task("Follow up", regarded).build());
      assertThat(activity.regarding()).isEqualTo(regarded);
      assertThat(session.activities().list(Query.of(Filter.eq(ActivityFields.REGARDING_ID, regarded.id()), Sort.byId()))
          .items()).extracting(Activity::id).containsExactly(activity.id());
    }
  }

  @Test
  void staleVersionsAreRefusedAndWriteNothing() {
    Activity task = createTask("Book venue", DUE);
    Activity current = session.activities().reschedule(task.id(), task.version(), DUE.plusSeconds(3600));
    Footprint before = footprint();
    long stale = task.version();

    List<ThrowingCallable> calls = List.of(
        () -> session.activities().update(task.id(), stale, b -> b.subject("Book the venue")),
        () -> session.activities().complete(task.id(), stale),
        () -> session.activities().cancel(task.id(), stale),
        () -> session.activities().reschedule(task.id(), stale, DUE),
        () -> session.activities().assignOwner(task.id(), stale, Owner.user(owner.id())),
        () -> session.activities().archive(task.id(), stale),
        () -> session.activities().delete(task.id(), stale));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOfSatisfying(StaleVersionException.class,
          e -> assertThat(e.getMessage()).contains(task.id().toString()));
    }

    assertThat(footprint()).isEqualTo(before);
    assertThat(stored(task)).isEqualTo(current);
  }

  @Test
  void archivedActivitiesLeaveListsAndCountsUntilRestored() {
    Activity first = createTask("First", DUE);
    Activity second = createTask("Second", DUE.plusSeconds(60));
    Query<Activity> byDue = Query.of(Filter.all(), Sort.by(ActivityFields.DUE_AT));

    Activity archived = session.activities().archive(first.id(), first.version());

    assertThat(archived.state()).isEqualTo(RecordState.ARCHIVED);
    assertThat(session.activities().list(byDue).items()).extracting(Activity::id).containsExactly(second.id());
    assertThat(session.activities().listIncludingArchived(byDue).items()).extracting(Activity::id)
        .containsExactly(first.id(), second.id());
    assertThat(session.activities().count(Filter.all())).isEqualTo(1);
    Activity restored = session.activities().restore(archived.id(), archived.version());
    assertThat(restored.state()).isEqualTo(RecordState.ACTIVE);
    assertThat(session.activities().count(Filter.eq(ActivityFields.TYPE, "TASK"))).isEqualTo(2);
    assertThat(historyOf(first.ref())).extracting(AuditEntry::operation)
        .containsExactly(AuditOperation.CREATE, AuditOperation.ARCHIVE, AuditOperation.RESTORE);
  }

  @Test
  void assigningGivesTheOwnersUnitAndRefusesInactiveUsers() {
    var east = session.directory().createUnit("East", root.id());
    User bea = session.directory().createUser("Bea Baker", "bea@acme.example", east.id(), Optional.empty());
    User gone = session.directory().createUser("Gus Gone", "gus@acme.example", root.id(), Optional.empty());
    session.directory().deactivateUser(gone.id(), gone.version());
    Activity task = createTask("Hand over", DUE);

    Activity assigned = session.activities().assignOwner(task.id(), task.version(), Owner.user(bea.id()));

    assertThat(assigned.ownership()).isEqualTo(new Ownership(Owner.user(bea.id()), east.id()));
    assertThat(historyOf(task.ref()).get(1).operation()).isEqualTo(AuditOperation.ASSIGN);
    assertRefused(() -> session.activities().assignOwner(assigned.id(), assigned.version(), Owner.user(gone.id())),
        "owner/inactive_user");
    assertThat(session.activities().assignOwner(assigned.id(), assigned.version(), Owner.user(bea.id())))
        .isEqualTo(assigned);
  }

  @Test
  void deletingAnActivityAuditsWhatItHeldAndRemovesItsShares() {
    User bea = session.directory().createUser("Bea Baker", "bea@acme.example", root.id(), Optional.empty());
    Activity task = createTask("Shred files", DUE);
    session.sharing().shareWith(task.ref(), Principal.user(bea.id()), Set.of(Privilege.READ));
    sink.clear();

    session.activities().delete(task.id(), task.version());

    Optional<Activity> gone = session.activities().find(task.id());
    assertThat(gone).isEmpty();
    List<RecordShare> shares = store.read(tx -> tx.recordShares().sharesOf(tenant, task.ref()));
    assertThat(shares).isEmpty();
    assertThat(sink.events()).extracting(DomainEvent::type).containsExactly(EventType.ACTIVITY_DELETED);
    AuditEntry deletion = historyOf(task.ref()).get(historyOf(task.ref()).size() - 1);
    assertThat(deletion.operation()).isEqualTo(AuditOperation.DELETE);
    assertThat(deletion.changes()).contains(FieldChange.of("subject", Optional.of("Shred files"), Optional.empty()));
  }
}
