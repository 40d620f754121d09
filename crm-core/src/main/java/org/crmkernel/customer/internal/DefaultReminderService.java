package org.crmkernel.customer.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmkernel.activity.ReminderRun;
import org.crmkernel.activity.ReminderService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.activity.ActivityStatus;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.CorrelationId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.Visibility;

/**
 * The kernel's {@link ReminderService}. A run walks the open, active activities due by its
 * horizon in due-time order, {@value #BATCH} per unit of work, and reminds those not yet reminded
 * of their due time. Activities reminded before are read again by later runs while they stay open
 * and due, so a run costs in proportion to the open activities due by the horizon; closed and
 * archived ones are never read.
 */
public final class DefaultReminderService implements ReminderService {

  /** How many due activities one unit of work reads. */
  static final int BATCH = 200;

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultReminderService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public ReminderRun sendDueReminders(Duration lookahead) {
    Arguments.present(lookahead, "lookahead");
    if (lookahead.isNegative() || lookahead.compareTo(MAX_LOOKAHEAD) > 0) {
      throw CrmValidationException.of("lookahead", "out_of_range",
          "must be between zero and " + MAX_LOOKAHEAD.toDays() + " days, was " + lookahead);
    }
    // One correlation id ties the run's batches together.
    CorrelationId correlation = session.correlationId().orElseGet(() -> CorrelationId.generate(session.kernel().clock()));
    SessionContext run = new SessionContext(session.kernel(), session.tenantId(), session.actor(), Optional.of(correlation));
    Instant horizon = run.now().plus(lookahead);
    Filter<Activity> due = Filter.and(Filter.eq(ActivityFields.STATUS, ActivityStatus.OPEN.name()),
        Filter.eq(ActivityFields.STATE, RecordState.ACTIVE.name()), Filter.atMost(ActivityFields.DUE_AT, horizon));
    List<ActivityId> sent = new ArrayList<>();
    int skipped = 0;
    Optional<Cursor> after = Optional.empty();
    do {
      Batch batch = remindBatch(run, due, horizon, after);
      sent.addAll(batch.sent());
      skipped += batch.skipped();
      after = batch.next();
    } while (after.isPresent());
    return new ReminderRun(sent.size(), sent, skipped);
  }

  /** What one batch did, and where the next one starts. */
  private record Batch(List<ActivityId> sent, int skipped, Optional<Cursor> next) {}

  /** What a batch read before its unit of work failed, so that it can be redone. */
  private static final class Attempt {
    List<ActivityId> candidates = List.of();
    Optional<Cursor> next = Optional.empty();
  }

  /**
   * Reminds the next batch in one unit of work. A conflict the store reports only at commit rolls
   * the whole batch back; it is then redone one activity per unit of work, so that one concurrent
   * change costs only its own reminder.
   */
  private Batch remindBatch(SessionContext run, Filter<Activity> due, Instant horizon, Optional<Cursor> after) {
    Attempt attempt = new Attempt();
    try {
      return work.write(run, changes -> {
        StoreTransaction tx = changes.tx();
        Query<Activity> query = new Query<>(due, Sort.by(ActivityFields.DUE_AT), BATCH, after);
        Page<Activity> page = run.guard().isSystem()
            ? tx.activities().query(run.tenantId(), query)
            : tx.activities().query(run.tenantId(), query, run.guard().visibility(tx, RecordKind.ACTIVITY, Privilege.WRITE));
        attempt.candidates = page.items().stream().map(Activity::id).toList();
        attempt.next = page.next();
        Visibility readable = run.guard().visibility(tx, RecordKind.ACTIVITY, Privilege.READ);
        List<ActivityId> sent = new ArrayList<>();
        int skipped = 0;
        for (Activity activity : page.items()) {
          if (!activity.awaitsReminder() || !readable.admits(activity, tx.accessGraph())) {
            continue;
          }
          try {
            remind(changes, activity);
            sent.add(activity.id());
          } catch (StaleVersionException changedMeanwhile) {
            skipped++;
          }
        }
        return new Batch(sent, skipped, page.next());
      });
    } catch (StaleVersionException | RecordNotFoundException conflict) {
      return remindOneByOne(run, attempt, horizon);
    }
  }

  private Batch remindOneByOne(SessionContext run, Attempt attempt, Instant horizon) {
    List<ActivityId> sent = new ArrayList<>();
    int skipped = 0;
    for (ActivityId id : attempt.candidates) {
      try {
        boolean reminded = work.write(run, changes -> {
          StoreTransaction tx = changes.tx();
          Optional<Activity> found = tx.activities().find(run.tenantId(), id);
          if (found.isEmpty() || !found.get().awaitsReminder() || found.get().dueAt().get().isAfter(horizon)
              || !mayRemind(run, tx, found.get())) {
            return false;
          }
          remind(changes, found.get());
          return true;
        });
        if (reminded) {
          sent.add(id);
        }
      } catch (StaleVersionException changedMeanwhile) {
        skipped++;
      } catch (RecordNotFoundException deletedMeanwhile) {
        // Nothing left to remind of.
      }
    }
    return new Batch(sent, skipped, attempt.next);
  }

  /** Whether the session may read and write {@code activity}. */
  private static boolean mayRemind(SessionContext run, StoreTransaction tx, Activity activity) {
    return run.guard().visibility(tx, RecordKind.ACTIVITY, Privilege.WRITE).admits(activity, tx.accessGraph())
        && run.guard().visibility(tx, RecordKind.ACTIVITY, Privilege.READ).admits(activity, tx.accessGraph());
  }

  /** Marks {@code activity} reminded of its due time, audits it and records the reminder event. */
  private static void remind(Changes changes, Activity activity) {
    Activity next = activity.reminded().withRevision(activity.revision().next(changes.now()));
    Activity stored = changes.tx().activities().update(next, activity.version());
    changes.record(AuditOperation.REMIND, EventType.ACTIVITY_REMINDER, stored.ref(), stored.version(),
        ActivityRecords.reminder(activity, stored));
  }
}
