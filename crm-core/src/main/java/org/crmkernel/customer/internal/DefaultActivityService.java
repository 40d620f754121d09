package org.crmkernel.customer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.crmkernel.activity.ActivityDraft;
import org.crmkernel.activity.ActivityService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.activity.ActivityStatus;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.jspecify.annotations.Nullable;

/** The kernel's {@link ActivityService}. */
public final class DefaultActivityService implements ActivityService {

  /**
   * Stands in for an owner that could not be resolved, so that the activity's own checks still
   * run and every problem is reported; a record built with it is never stored.
   */
  private static final Ownership UNRESOLVED = new Ownership(Owner.user(UserId.of(new UUID(0, 0))),
      BusinessUnitId.of(new UUID(0, 0)));

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultActivityService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public Activity create(ActivityDraft draft) {
    Arguments.present(draft, "draft");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      Violations violations = new Violations();
      Ownership ownership = Owners.resolve(tx, session.tenantId(), draft.owner(), session.actor(), violations);
      Activity built = build(draft, ActivityId.generate(session.kernel().clock()), ownership, ActivityStatus.OPEN,
          Optional.empty(), Optional.empty(), RecordState.ACTIVE, Revision.first(changes.now()), violations);
      checkRegarding(tx, null, draft.regarding(), violations);
      violations.throwIfAny();
      Activity activity = Objects.requireNonNull(built);
      if (!session.guard().isSystem()) {
        session.guard().require(tx, Privilege.CREATE, AccessTarget.of(activity));
        checkLink(tx, null, activity);
      }
      Activity stored = tx.activities().insert(activity);
      changes.record(AuditOperation.CREATE, EventType.ACTIVITY_CREATED, stored.ref(), stored.version(),
          ActivityRecords.AUDITED.created(stored));
      return stored;
    });
  }

  @Override
  public Activity update(ActivityId id, long expectedVersion, UnaryOperator<ActivityDraft.Builder> edit) {
    Arguments.present(id, "id");
    Arguments.present(edit, "edit");
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      Activity current = writable(tx, id, Privilege.WRITE, expectedVersion);
      ActivityDraft draft = Arguments.present(edit.apply(draftOf(current).toBuilder()), "edit").build();
      Violations violations = new Violations();
      // An edit that changes nothing is no change, even of a closed activity.
      violations.check(!current.status().isClosed() || draft.equals(draftOf(current)), "status", "closed",
          "a " + label(current.status()) + " activity is read-only; reopen it first");
      violations.check(draft.type() == current.type(), "type", "fixed",
          "an activity keeps its type; create a " + draft.type() + " instead");
      boolean reassigned = draft.owner().isPresent() && !draft.owner().get().equals(current.ownership().owner());
      Ownership ownership = reassigned
          ? Owners.resolve(tx, session.tenantId(), draft.owner(), session.actor(), violations)
          : current.ownership();
      Activity built = build(draft, id, ownership, current.status(), current.completedAt(), current.remindedFor(),
          current.state(), current.revision().next(changes.now()), violations);
      checkRegarding(tx, current.regarding(), draft.regarding(), violations);
      violations.throwIfAny();
      Activity next = Objects.requireNonNull(built);
      if (next.withRevision(current.revision()).equals(current)) {
        return current;
      }
      if (reassigned) {
        session.guard().require(tx, Privilege.ASSIGN, AccessTarget.of(current));
      }
      checkLink(tx, current, next);
      List<FieldChange> diff = ActivityRecords.AUDITED.between(current, next);
      Activity stored = tx.activities().update(next, expectedVersion);
      List<FieldChange> ownerChanges = diff.stream().filter(c -> ActivityRecords.isOwnershipField(c.field())).toList();
      List<FieldChange> otherChanges = diff.stream().filter(c -> !ActivityRecords.isOwnershipField(c.field())).toList();
      if (!otherChanges.isEmpty()) {
        changes.record(AuditOperation.UPDATE, EventType.ACTIVITY_UPDATED, stored.ref(), stored.version(), otherChanges);
      }
      if (!ownerChanges.isEmpty()) {
        changes.record(AuditOperation.ASSIGN, EventType.OWNER_ASSIGNED, stored.ref(), stored.version(), ownerChanges);
      }
      return stored;
    });
  }

  @Override
  public Optional<Activity> find(ActivityId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> tx.activities().find(session.tenantId(), id).map(found -> readable(tx, found)));
  }

  @Override
  public Activity get(ActivityId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> readable(tx, tx.activities().get(session.tenantId(), id)));
  }

  @Override
  public Page<Activity> list(Query<Activity> query) {
    Arguments.present(query, "query");
    return listIncludingArchived(new Query<>(query.filter().and(active()), query.sort(), query.limit(), query.after()));
  }

  @Override
  public Page<Activity> listIncludingArchived(Query<Activity> query) {
    Arguments.present(query, "query");
    checkFields(query.filter().fields(), query.sort());
    return work.read(session, tx -> session.guard().isSystem()
        ? tx.activities().query(session.tenantId(), query)
        : tx.activities().query(session.tenantId(), query,
            session.guard().visibility(tx, RecordKind.ACTIVITY, Privilege.READ)));
  }

  @Override
  public long count(Filter<Activity> filter) {
    Arguments.present(filter, "filter");
    checkFields(filter.fields(), Sort.byId());
    Filter<Activity> active = filter.and(active());
    return work.read(session, tx -> session.guard().isSystem()
        ? tx.activities().count(session.tenantId(), active)
        : tx.activities().count(session.tenantId(), active,
            session.guard().visibility(tx, RecordKind.ACTIVITY, Privilege.READ)));
  }

  @Override
  public Activity complete(ActivityId id, long expectedVersion) {
    return changeStatus(id, expectedVersion, ActivityStatus.COMPLETED);
  }

  @Override
  public Activity cancel(ActivityId id, long expectedVersion) {
    return changeStatus(id, expectedVersion, ActivityStatus.CANCELLED);
  }

  @Override
  public Activity reopen(ActivityId id, long expectedVersion) {
    return changeStatus(id, expectedVersion, ActivityStatus.OPEN);
  }

  @Override
  public Activity reschedule(ActivityId id, long expectedVersion, Instant dueAt) {
    Arguments.present(id, "id");
    Arguments.present(dueAt, "dueAt");
    return work.write(session, changes -> {
      Activity current = writable(changes.tx(), id, Privilege.WRITE, expectedVersion);
      Violations violations = new Violations();
      violations.check(!current.status().isClosed(), "status", "closed",
          "a " + label(current.status()) + " activity cannot be rescheduled; reopen it first");
      ActivityDraft draft = draftOf(current).toBuilder().dueAt(dueAt).build();
      Activity built = build(draft, id, current.ownership(), current.status(), current.completedAt(),
          current.remindedFor(), current.state(), current.revision().next(changes.now()), violations);
      violations.throwIfAny();
      Activity next = Objects.requireNonNull(built);
      if (current.dueAt().equals(next.dueAt())) {
        return current;
      }
      return save(changes, current, next, AuditOperation.UPDATE, EventType.ACTIVITY_UPDATED);
    });
  }

  @Override
  public Activity assignOwner(ActivityId id, long expectedVersion, Owner owner) {
    Arguments.present(id, "id");
    Arguments.present(owner, "owner");
    return work.write(session, changes -> {
      Activity current = writable(changes.tx(), id, Privilege.ASSIGN, expectedVersion);
      Violations violations = new Violations();
      Ownership ownership = Owners.resolve(changes.tx(), session.tenantId(), Optional.of(owner), session.actor(),
          violations);
      violations.throwIfAny();
      if (Objects.requireNonNull(ownership).equals(current.ownership())) {
        return current;
      }
      Activity next = current.withOwnership(ownership).withRevision(current.revision().next(changes.now()));
      return save(changes, current, next, AuditOperation.ASSIGN, EventType.OWNER_ASSIGNED);
    });
  }

  @Override
  public Activity archive(ActivityId id, long expectedVersion) {
    return changeState(id, expectedVersion, RecordState.ARCHIVED, AuditOperation.ARCHIVE, EventType.ACTIVITY_ARCHIVED);
  }

  @Override
  public Activity restore(ActivityId id, long expectedVersion) {
    return changeState(id, expectedVersion, RecordState.ACTIVE, AuditOperation.RESTORE, EventType.ACTIVITY_RESTORED);
  }

  @Override
  public void delete(ActivityId id, long expectedVersion) {
    Arguments.present(id, "id");
    work.write(session, changes -> {
      ActivityRecords.delete(changes, writable(changes.tx(), id, Privilege.DELETE, expectedVersion));
      return null;
    });
  }

  /**
   * Completes, cancels or reopens: a closed activity is reopened before it closes the other way,
   * so that its completion time always tells how it ended.
   */
  private Activity changeStatus(ActivityId id, long expectedVersion, ActivityStatus target) {
    Arguments.present(id, "id");
    return work.write(session, changes -> {
      Activity current = writable(changes.tx(), id, Privilege.WRITE, expectedVersion);
      ActivityStatus status = current.status();
      if (status == target) {
        throw CrmValidationException.of("status", "already_" + target.name().toLowerCase(java.util.Locale.ROOT),
            "the activity is " + label(status) + " already");
      }
      if (status.isClosed() && target.isClosed()) {
        throw CrmValidationException.of("status", "closed",
            "a " + label(status) + " activity cannot be " + label(target) + "; reopen it first");
      }
      Activity changed = target == ActivityStatus.OPEN ? current.reopen() : current.close(target, changes.now());
      EventType event = switch (target) {
        case COMPLETED -> EventType.ACTIVITY_COMPLETED;
        case CANCELLED -> EventType.ACTIVITY_CANCELLED;
        case OPEN -> EventType.ACTIVITY_REOPENED;
      };
      return save(changes, current, changed.withRevision(current.revision().next(changes.now())),
          AuditOperation.COMPLETE, event);
    });
  }

  private Activity changeState(ActivityId id, long expectedVersion, RecordState target, AuditOperation operation,
      EventType event) {
    Arguments.present(id, "id");
    return work.write(session, changes -> {
      Activity current = writable(changes.tx(), id, Privilege.WRITE, expectedVersion);
      if (current.state() == target) {
        return current;
      }
      return save(changes, current, current.withState(target).withRevision(current.revision().next(changes.now())),
          operation, event);
    });
  }

  /** Stores {@code next} over {@code current} and records the fields that changed. */
  private static Activity save(Changes changes, Activity current, Activity next, AuditOperation operation,
      EventType event) {
    Activity stored = changes.tx().activities().update(next, current.version());
    changes.record(operation, event, stored.ref(), stored.version(), ActivityRecords.AUDITED.between(current, stored));
    return stored;
  }

  /**
   * The activity, checked for read and {@code privilege} (no change may reveal an activity one
   * cannot read) and for the version the caller read.
   */
  private Activity writable(StoreTransaction tx, ActivityId id, Privilege privilege, long expectedVersion) {
    Activity current = tx.activities().get(session.tenantId(), id);
    session.guard().require(tx, Privilege.READ, AccessTarget.of(current));
    session.guard().require(tx, privilege, AccessTarget.of(current));
    ActivityRecords.requireVersion(current, expectedVersion);
    return current;
  }

  /** The activity, if the session may read it; otherwise an {@link org.crmkernel.model.error.AccessDeniedException}. */
  private Activity readable(StoreTransaction tx, Activity activity) {
    session.guard().require(tx, Privilege.READ, AccessTarget.of(activity));
    return activity;
  }

  /**
   * Builds the activity {@code draft} describes, recording every problem (the record's own checks
   * run even when the owner could not be resolved); null if there were any.
   */
  private @Nullable Activity build(ActivityDraft draft, ActivityId id, @Nullable Ownership ownership,
      ActivityStatus status, Optional<Instant> completedAt, Optional<Instant> remindedFor, RecordState state,
      Revision revision, Violations violations) {
    Ownership owned = ownership == null ? UNRESOLVED : ownership;
    Activity built = CustomerServiceBase.construct(violations, () -> new Activity(id, session.tenantId(), draft.type(),
        draft.subject(), draft.description(), draft.regarding(), draft.dueAt(), draft.duration(), draft.priority(),
        status, completedAt, remindedFor, owned, state, revision));
    return ownership == null ? null : built;
  }

  /**
   * Records a problem unless {@code regarding} exists in this tenant; {@code before} is the record
   * regarded so far (null on create), which needs no check. A kind activities cannot regard is
   * reported by the activity's own checks.
   */
  private void checkRegarding(StoreTransaction tx, @Nullable RecordRef before, RecordRef regarding,
      Violations violations) {
    if (regarding.equals(before) || !Activity.REGARDABLE.contains(regarding.kind())) {
      return;
    }
    violations.check(OwnedRecords.find(tx, session.tenantId(), regarding).isPresent(), "regarding", "unknown_record",
        "no " + regarding.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + regarding.id() + " in this tenant");
  }

  /**
   * Append on the activity and append-to on the record it newly regards, as for any record
   * attached to another.
   */
  private void checkLink(StoreTransaction tx, @Nullable Activity before, Activity after) {
    if (session.guard().isSystem() || (before != null && before.regarding().equals(after.regarding()))) {
      return;
    }
    session.guard().require(tx, Privilege.APPEND, AccessTarget.of(after));
    OwnedRecords.find(tx, session.tenantId(), after.regarding())
        .ifPresent(regarded -> session.guard().require(tx, Privilege.APPEND_TO, AccessTarget.of(regarded)));
  }

  /** Checks that a query names only activity fields: activities have no custom fields. */
  private static void checkFields(List<? extends FieldRef<Activity, ?>> filterFields, Sort<Activity> sort) {
    List<FieldRef<Activity, ?>> fields = new ArrayList<>(filterFields);
    sort.keys().forEach(key -> fields.add(key.field()));
    Violations violations = new Violations();
    for (FieldRef<Activity, ?> field : fields) {
      violations.check(field.recordKind() == RecordKind.ACTIVITY, "query", "wrong_kind",
          "field " + field.name() + " belongs to " + field.recordKind() + ", not " + RecordKind.ACTIVITY);
      violations.check(ActivityFields.ALL.contains(field) || field.recordKind() != RecordKind.ACTIVITY, "query",
          "unknown_field", "activities have no field " + field.name());
    }
    violations.throwIfAny();
  }

  private static Filter<Activity> active() {
    return Filter.eq(ActivityFields.STATE, RecordState.ACTIVE.name());
  }

  private static ActivityDraft draftOf(Activity a) {
    return new ActivityDraft(a.type(), a.subject(), a.description(), a.regarding(), a.dueAt(), a.duration(),
        a.priority(), Optional.of(a.ownership().owner()));
  }

  private static String label(ActivityStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
