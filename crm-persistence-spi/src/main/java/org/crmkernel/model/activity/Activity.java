package org.crmkernel.model.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/**
 * A task, call, meeting, e-mail or note regarding an account, contact, lead or deal.
 *
 * @param regarding the record it is about: an account, contact, lead or deal
 * @param dueAt when it is due (a task's deadline, a call's or meeting's start)
 * @param duration how long a call or meeting takes
 * @param completedAt when it was completed or cancelled: present exactly when it is closed
 * @param remindedFor the due time a reminder was last sent for; a reminder is due again only if
 *     the due time moves
 */
public record Activity(
    ActivityId id,
    TenantId tenantId,
    ActivityType type,
    String subject,
    Optional<String> description,
    RecordRef regarding,
    Optional<Instant> dueAt,
    Optional<Duration> duration,
    ActivityPriority priority,
    ActivityStatus status,
    Optional<Instant> completedAt,
    Optional<Instant> remindedFor,
    Ownership ownership,
    RecordState state,
    Revision revision)
    implements OwnedRecord<ActivityId> {

  /** Limits in characters. */
  public static final int MAX_SUBJECT = 255, MAX_DESCRIPTION = 32_000;
  /** The longest duration: 31 days. */
  public static final Duration MAX_DURATION = Duration.ofDays(31);
  /** The kinds of record an activity may regard. */
  public static final Set<RecordKind> REGARDABLE =
      Set.copyOf(EnumSet.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD, RecordKind.DEAL));

  /** Validates every field, listing all problems. */
  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(regarding, "regarding");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(remindedFor, "remindedFor");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleaned = Texts.required(subject, "subject", MAX_SUBJECT, v);
    subject = cleaned == null ? "" : cleaned;
    description = Texts.optional(description, "description", MAX_DESCRIPTION, true, v);
    v.check(REGARDABLE.contains(regarding.kind()), "regarding", "wrong_kind",
        "an activity regards an account, contact, lead or deal, not a " + regarding.kind());
    duration.ifPresent(d -> v.check(!d.isNegative() && !d.isZero() && d.compareTo(MAX_DURATION) <= 0, "duration",
        "out_of_range", "must be positive and at most 31 days"));
    if (type == ActivityType.NOTE) {
      v.check(dueAt.isEmpty(), "dueAt", "note", "a note records what happened and has no due time");
      v.check(duration.isEmpty(), "duration", "note", "a note has no duration");
    }
    v.check(status.isClosed() == completedAt.isPresent(), "completedAt", status.isClosed() ? "required" : "not_closed",
        status.isClosed() ? "a completed or cancelled activity says when" : "an open activity has no completion time");
    v.throwIfAny();
  }

  /** Whether a reminder is due for this activity: open, active, due, and not yet reminded for this due time. */
  public boolean awaitsReminder() {
    return status == ActivityStatus.OPEN && state == RecordState.ACTIVE && dueAt.isPresent()
        && !remindedFor.equals(dueAt);
  }

  /** This activity with another owner. */
  public Activity withOwnership(Ownership next) {
    return new Activity(id, tenantId, type, subject, description, regarding, dueAt, duration, priority, status,
        completedAt, remindedFor, next, state, revision);
  }

  /** This activity in another lifecycle state. */
  public Activity withState(RecordState next) {
    return new Activity(id, tenantId, type, subject, description, regarding, dueAt, duration, priority, status,
        completedAt, remindedFor, ownership, next, revision);
  }

  /** This activity with another revision. */
  public Activity withRevision(Revision next) {
    return new Activity(id, tenantId, type, subject, description, regarding, dueAt, duration, priority, status,
        completedAt, remindedFor, ownership, state, next);
  }

  /** This activity closed with {@code closing} at {@code at}. */
  public Activity close(ActivityStatus closing, Instant at) {
    return new Activity(id, tenantId, type, subject, description, regarding, dueAt, duration, priority, closing,
        Optional.of(at), remindedFor, ownership, state, revision);
  }

  /** This activity open again. */
  public Activity reopen() {
    return new Activity(id, tenantId, type, subject, description, regarding, dueAt, duration, priority,
        ActivityStatus.OPEN, Optional.empty(), remindedFor, ownership, state, revision);
  }

  /** This activity marked as reminded for its current due time. */
  public Activity reminded() {
    return new Activity(id, tenantId, type, subject, description, regarding, dueAt, duration, priority, status,
        completedAt, dueAt, ownership, state, revision);
  }
}
