package org.crmkernel.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmkernel.TestStores;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityPriority;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.Test;

/** Reminders: one per activity and due time, through the outbox, in batches, robust to concurrent changes. */
class ReminderServiceTest extends ActivityTestSupport {

  private static final Duration HOUR = Duration.ofHours(1);

  private List<DomainEvent> reminders() {
    return sink.eventsOfType(EventType.ACTIVITY_REMINDER);
  }

  @Test
  void anOpenActivityDueWithinTheLookaheadIsRemindedOnceThroughTheOutbox() {
    Activity call = session.activities().create(ActivityDraft.builder(ActivityType.CALL, "Call Acme", acme.ref())
        .dueAt(START.plus(Duration.ofMinutes(30))).owner(Owner.user(owner.id())).build());
    Activity later = createTask("Later", START.plus(Duration.ofHours(5)));
    sink.clear();

    ReminderRun run = session.reminders().sendDueReminders(HOUR);

    assertThat(run).isEqualTo(new ReminderRun(1, List.of(call.id()), 0));
    Activity reminded = stored(call);
    assertThat(reminded.remindedFor()).isEqualTo(call.dueAt());
    assertThat(reminded.version()).isEqualTo(2);
    assertThat(stored(later).remindedFor()).isEmpty();
    assertThat(reminders()).singleElement().satisfies(event -> {
      assertThat(event.subject()).isEqualTo(call.ref());
      assertThat(event.subjectVersion()).isEqualTo(2);
      assertThat(event.changes()).contains(
          FieldChange.of("dueAt", Optional.of(call.dueAt().get().toString()), Optional.of(call.dueAt().get().toString())),
          FieldChange.of("subject", Optional.of("Call Acme"), Optional.of("Call Acme")),
          FieldChange.of("owner", Optional.of(owner.ref().toString()), Optional.of(owner.ref().toString())),
          FieldChange.of("remindedFor", Optional.empty(), Optional.of(call.dueAt().get().toString())));
    });
    assertThat(historyOf(call.ref())).extracting(AuditEntry::operation)
        .containsExactly(AuditOperation.CREATE, AuditOperation.REMIND);
    assertThat(crm.relay().pending()).isZero();

    assertThat(session.reminders().sendDueReminders(HOUR)).isEqualTo(new ReminderRun(0, List.of(), 0));
    assertThat(reminders()).hasSize(1);
  }

  @Test
  void overdueActivitiesAreRemindedButClosedArchivedAndUndatedOnesNever() {
    Activity overdue = createTask("Overdue", START.minus(Duration.ofDays(3)));
    Activity done = createTask("Done", START.plus(Duration.ofMinutes(5)));
    session.activities().complete(done.id(), done.version());
    Activity cancelled = createTask("Cancelled", START.plus(Duration.ofMinutes(5)));
    session.activities().cancel(cancelled.id(), cancelled.version());
    Activity archived = createTask("Archived", START.plus(Duration.ofMinutes(5)));
    session.activities().archive(archived.id(), archived.version());
    session.activities().create(task("Someday", acme.ref()).build());
    session.activities().create(ActivityDraft.builder(ActivityType.NOTE, "Noted", acme.ref())
        .owner(Owner.user(owner.id())).build());
    Activity atHorizon = createTask("At the horizon", START.plus(HOUR));

    ReminderRun run = session.reminders().sendDueReminders(HOUR);

    assertThat(run.reminded()).containsExactly(overdue.id(), atHorizon.id());
  }

  @Test
  void reschedulingMakesANewReminderDueAndReopeningDoesNot() {
    Activity task = createTask("Renew contract", START.plus(Duration.ofMinutes(10)));
    session.reminders().sendDueReminders(HOUR);
    Activity reminded = stored(task);

    Activity moved = session.activities().reschedule(task.id(), reminded.version(), START.plus(Duration.ofDays(1)));
    assertThat(session.reminders().sendDueReminders(HOUR).sent()).isZero();
    clock.advance(Duration.ofDays(1));
    assertThat(session.reminders().sendDueReminders(Duration.ZERO).reminded()).containsExactly(task.id());

    Activity current = stored(moved);
    Activity done = session.activities().complete(task.id(), current.version());
    session.activities().reopen(task.id(), done.version());
    assertThat(session.reminders().sendDueReminders(HOUR).sent()).isZero();

    assertThat(reminders()).extracting(e -> e.changes().stream().filter(c -> c.field().equals("dueAt"))
        .findFirst().orElseThrow().after().orElseThrow())
        .containsExactly(START.plus(Duration.ofMinutes(10)).toString(), START.plus(Duration.ofDays(1)).toString());
  }

  @Test
  void aBacklogIsRemindedInBatchesOfOneRunUnderOneCorrelation() {
    int backlog = 2 * 200 + 57;
    List<ActivityId> due = new ArrayList<>();
    for (int i = 0; i < backlog; i++) {
      due.add(createTask("Task " + i, START.minus(Duration.ofMinutes(i))).id());
    }
    sink.clear();

    ReminderRun run = session.reminders().sendDueReminders(Duration.ZERO);

    assertThat(run.sent()).isEqualTo(backlog);
    assertThat(Set.copyOf(run.reminded())).isEqualTo(Set.copyOf(due));
    assertThat(reminders()).hasSize(backlog);
    Set<?> correlations = reminders().stream().map(DomainEvent::correlationId).collect(Collectors.toSet());
    assertThat(correlations).hasSize(1);
    assertThat(session.audit().count(Filter.eq(AuditFields.OPERATION, AuditOperation.REMIND.name())))
        .isEqualTo(backlog);
    assertThat(session.reminders().sendDueReminders(Duration.ZERO).sent()).isZero();
  }

  @Test
  void anActivityChangedConcurrentlyIsSkippedAndRemindedByTheNextRun() {
    Activity first = createTask("First", START.plus(Duration.ofMinutes(1)));
    Activity second = createTask("Second", START.plus(Duration.ofMinutes(2)));
    interfering.interfereOnce(InterferingStore.Moment.BEFORE_UPDATE, updating -> session.activities()
        .update(updating.id(), updating.version() - 1, b -> b.priority(ActivityPriority.HIGH)));
    sink.clear();

    ReminderRun run = session.reminders().sendDueReminders(HOUR);

    assertThat(run).isEqualTo(new ReminderRun(1, List.of(second.id()), 1));
    assertThat(stored(first).priority()).isEqualTo(ActivityPriority.HIGH);
    assertThat(stored(first).remindedFor()).isEmpty();
    assertThat(session.reminders().sendDueReminders(HOUR)).isEqualTo(new ReminderRun(1, List.of(first.id()), 0));
    assertThat(reminders()).extracting(DomainEvent::subject).containsExactly(second.ref(), first.ref());
  }

  @Test
  void aConflictFoundAtCommitRedoesTheBatchOneActivityAtATime() {
    // The interfering update runs inside the reminder run's own unit of work, on its thread: a
    // database would make it wait for that unit of work's row lock, i.e. for itself.
    assumeFalse(TestStores.onJdbc(), "a conflict found at commit is how the in-memory store detects it");
    Activity first = createTask("First", START.plus(Duration.ofMinutes(1)));
    Activity second = createTask("Second", START.plus(Duration.ofMinutes(2)));
    interfering.interfereOnce(InterferingStore.Moment.AFTER_UPDATE, updating -> session.activities()
        .update(updating.id(), updating.version() - 1, b -> b.priority(ActivityPriority.LOW)));
    sink.clear();

    ReminderRun run = session.reminders().sendDueReminders(HOUR);

    assertThat(run).isEqualTo(new ReminderRun(2, List.of(first.id(), second.id()), 0));
    assertThat(stored(first).priority()).isEqualTo(ActivityPriority.LOW);
    assertThat(stored(first).remindedFor()).isEqualTo(first.dueAt());
    assertThat(reminders()).extracting(DomainEvent::subject).containsExactly(first.ref(), second.ref());
    assertThat(sink.events()).extracting(DomainEvent::type)
        .containsExactly(EventType.ACTIVITY_UPDATED, EventType.ACTIVITY_REMINDER, EventType.ACTIVITY_REMINDER);
  }

  @Test
  void theLookaheadIsCheckedAndNothingIsWrittenForABadOne() {
    createTask("Due", START);
    long audit = auditEntries();

    for (Duration bad : new Duration[] {Duration.ofMinutes(-1), Duration.ofDays(367)}) {
      assertThatThrownBy(() -> session.reminders().sendDueReminders(bad))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
              .extracting(v -> v.path() + "/" + v.code()).containsExactly("lookahead/out_of_range"));
    }
    assertThatThrownBy(() -> session.reminders().sendDueReminders(null)).isInstanceOf(CrmValidationException.class);
    assertThat(auditEntries()).isEqualTo(audit);
  }

  @Test
  void theRunRecordAgreesWithItself() {
    assertThatThrownBy(() -> new ReminderRun(2, List.of(ActivityId.generate(clock)), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
