package org.crmkernel.customer.internal;

import java.util.List;
import java.util.Optional;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.event.EventType;

/** What the activity services share: the audited fields, the version check and deletion. */
final class ActivityRecords {

  /** The audited fields of an activity, each rendered as stable text. */
  static final FieldDiff<Activity> AUDITED = FieldDiff.<Activity>builder()
      .field("type", a -> Optional.of(a.type()))
      .field("subject", a -> Optional.of(a.subject()))
      .field("description", Activity::description)
      .field("regarding", a -> Optional.of(a.regarding()))
      .field("dueAt", Activity::dueAt)
      .field("duration", Activity::duration)
      .field("priority", a -> Optional.of(a.priority()))
      .field("status", a -> Optional.of(a.status()))
      .field("completedAt", Activity::completedAt)
      .field("remindedFor", Activity::remindedFor)
      .field("owner", a -> Optional.of(a.ownership().owner().ref()))
      .field("owningUnit", a -> Optional.of(a.ownership().owningUnitId().ref()))
      .field("state", a -> Optional.of(a.state()))
      .build();

  private ActivityRecords() {}

  /** Whether {@code field} is one of the ownership fields, audited as an assignment. */
  static boolean isOwnershipField(String field) {
    return field.equals("owner") || field.equals("owningUnit");
  }

  /** Throws a {@link StaleVersionException} unless {@code current} is at {@code expectedVersion}. */
  static void requireVersion(Activity current, long expectedVersion) {
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.ref(), expectedVersion, current.version());
    }
  }

  /**
   * Deletes {@code activity} as it was read in this unit of work, with its shares, audited as a
   * delete of every field it had.
   */
  static void delete(Changes changes, Activity activity) {
    changes.tx().activities().delete(changes.tenantId(), activity.id(), activity.version());
    // Shares die with their record, as in Dynamics 365.
    for (RecordShare share : changes.tx().recordShares().sharesOf(changes.tenantId(), activity.ref())) {
      changes.tx().recordShares().delete(changes.tenantId(), share.id(), share.version());
    }
    List<FieldChange> removed = AUDITED.created(activity).stream()
        .map(c -> new FieldChange(c.field(), c.after(), Optional.empty())).toList();
    changes.record(AuditOperation.DELETE, EventType.ACTIVITY_DELETED, activity.ref(), 0, removed);
  }

  /**
   * What a reminder of {@code before}, now {@code reminded}, reports: the reminder bookkeeping that
   * changed, and the due time, subject, owner and regarded record it is about (unchanged).
   */
  static List<FieldChange> reminder(Activity before, Activity reminded) {
    return List.of(
        FieldChange.of("remindedFor", before.remindedFor().map(Object::toString),
            reminded.remindedFor().map(Object::toString)),
        unchanged("dueAt", reminded.dueAt().map(Object::toString)),
        unchanged("subject", Optional.of(reminded.subject())),
        unchanged("owner", Optional.of(reminded.ownership().owner().ref().toString())),
        unchanged("regarding", Optional.of(reminded.regarding().toString())));
  }

  private static FieldChange unchanged(String field, Optional<String> value) {
    return FieldChange.of(field, value, value);
  }
}
