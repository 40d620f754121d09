package org.crmkernel.activity;

import org.crmkernel.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;

/**
 * Any interleaving of reminder runs, clock advances, reschedules, completions, cancellations and
 * reopenings sends exactly one reminder per (activity, due time) that was due, within a run's
 * lookahead, while the activity was open, and none otherwise; each run reports exactly what it
 * sent. Due times are never reused for an activity (each carries a distinct nanosecond part):
 * the model remembers only the last due time it reminded of, so returning to an earlier one after
 * another was reminded counts as a new occasion.
 */
class ReminderProperties {

  private static final Instant START = Instant.parse("2026-04-06T08:00:00Z");

  /** One step of the interleaving. */
  sealed interface Step permits Advance, Remind, Reschedule, Complete, Cancel, Reopen {}

  record Advance(int minutes) implements Step {}

  record Remind(int lookaheadMinutes) implements Step {}

  record Reschedule(int activity, int minutesFromNow) implements Step {}

  record Complete(int activity) implements Step {}

  record Cancel(int activity) implements Step {}

  record Reopen(int activity) implements Step {}

  private static final int ACTIVITIES = 4;

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> activity = Arbitraries.integers().between(0, ACTIVITIES - 1);
    Arbitrary<Step> advance = Arbitraries.integers().between(0, 180).map(Advance::new);
    Arbitrary<Step> remind = Arbitraries.integers().between(0, 120).map(Remind::new);
    Arbitrary<Step> reschedule = Combinators.combine(activity, Arbitraries.integers().between(-120, 240))
        .as(Reschedule::new);
    Arbitrary<Step> complete = activity.map(Complete::new);
    Arbitrary<Step> cancel = activity.map(Cancel::new);
    Arbitrary<Step> reopen = activity.map(Reopen::new);
    return Arbitraries.frequencyOf(Tuple.of(3, advance), Tuple.of(4, remind), Tuple.of(3, reschedule),
        Tuple.of(2, complete), Tuple.of(1, cancel), Tuple.of(2, reopen)).list().ofMinSize(1).ofMaxSize(40);
  }

  /** What the property expects of one activity. */
  private static final class Expected {
    final ActivityId id;
    Instant due;
    boolean open = true;

    Expected(ActivityId id, Instant due) {
      this.id = id;
      this.due = due;
    }
  }

  /** One reminder as sent: the activity and the due time it was about. */
  private record Sent(ActivityId activity, Instant due) {}

  @Property(tries = 150)
  void exactlyOneReminderPerActivityAndDueTimeThatFellDueWhileOpen(@ForAll("steps") List<Step> steps,
      @ForAll @Size(ACTIVITIES) List<@IntRange(min = -90, max = 300) Integer> initialDueMinutes) {
    MutableClock clock = MutableClock.at(START);
    RecordingNotificationSink sink = new RecordingNotificationSink();
    Crm crm = Crm.builder().store(TestStores.create()).clock(clock).notifications(sink).build();
    CrmSession session = crm.tenant(TenantId.generate(clock)).system();
    var root = session.directory().createRootUnit("Root");
    var user = session.directory().createUser("Owner", "owner@example.com", root.id(), Optional.empty());
    var account = session.accounts().create(AccountDraft.builder("Acme").owner(Owner.user(user.id())).build());
    int[] distinct = {0};
    List<Expected> activities = new ArrayList<>();
    for (int minutes : initialDueMinutes) {
      Instant due = START.plus(Duration.ofMinutes(minutes)).plusNanos(++distinct[0]);
      Activity created = session.activities().create(ActivityDraft.builder(ActivityType.TASK, "Task", account.ref())
          .dueAt(due).owner(Owner.user(user.id())).build());
      activities.add(new Expected(created.id(), due));
    }
    Set<Sent> expected = new HashSet<>();

    for (Step step : steps) {
      if (step instanceof Advance advance) {
        clock.advance(Duration.ofMinutes(advance.minutes()));
      } else if (step instanceof Remind remind) {
        Instant horizon = clock.instant().plus(Duration.ofMinutes(remind.lookaheadMinutes()));
        Set<Sent> due = new HashSet<>();
        for (Expected a : activities) {
          Sent occasion = new Sent(a.id, a.due);
          if (a.open && !a.due.isAfter(horizon) && !expected.contains(occasion)) {
            due.add(occasion);
          }
        }
        ReminderRun run = session.reminders().sendDueReminders(Duration.ofMinutes(remind.lookaheadMinutes()));
        assertThat(run.skipped()).isZero();
        assertThat(Set.copyOf(run.reminded())).isEqualTo(due.stream().map(Sent::activity).collect(java.util.stream.Collectors.toSet()));
        assertThat(run.sent()).isEqualTo(due.size());
        expected.addAll(due);
      } else if (step instanceof Reschedule reschedule) {
        Expected a = activities.get(reschedule.activity());
        Instant due = clock.instant().plus(Duration.ofMinutes(reschedule.minutesFromNow())).plusNanos(++distinct[0]);
        long version = session.activities().get(a.id).version();
        if (a.open) {
          session.activities().reschedule(a.id, version, due);
          a.due = due;
        } else {
          assertThatThrownBy(() -> session.activities().reschedule(a.id, version, due))
              .isInstanceOf(CrmValidationException.class).hasMessageContaining("closed");
        }
      } else {
        int index = step instanceof Complete c ? c.activity() : step instanceof Cancel c ? c.activity()
            : ((Reopen) step).activity();
        Expected a = activities.get(index);
        long version = session.activities().get(a.id).version();
        boolean reopening = step instanceof Reopen;
        Runnable call = step instanceof Complete ? () -> session.activities().complete(a.id, version)
            : step instanceof Cancel ? () -> session.activities().cancel(a.id, version)
            : () -> session.activities().reopen(a.id, version);
        if (a.open != reopening) {
          call.run();
          a.open = reopening;
        } else {
          assertThatThrownBy(call::run).isInstanceOf(CrmValidationException.class);
        }
      }
    }

    List<Sent> sent = sink.eventsOfType(EventType.ACTIVITY_REMINDER).stream().map(ReminderProperties::sentOf).toList();
    assertThat(sent).doesNotHaveDuplicates();
    assertThat(Set.copyOf(sent)).isEqualTo(expected);
  }

  private static Sent sentOf(DomainEvent reminder) {
    String due = reminder.changes().stream().filter(c -> c.field().equals("dueAt")).findFirst().orElseThrow()
        .after().orElseThrow();
    return new Sent(ActivityId.of(reminder.subject().id()), Instant.parse(due));
  }
}
