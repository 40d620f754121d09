package org.crmkernel.customer.internal;

import java.util.List;
import java.util.Optional;
import org.crmkernel.internal.Changes;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealAction;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.spi.access.AccessTarget;

/**
 * Gives an owned record of any kind a new owner inside a unit of work: checks assign for a user
 * session, stores the next version and audits the change as an assignment. Used by cascades and
 * offboarding, which move records of several kinds.
 */
public final class Reassignment {

  private Reassignment() {}

  /** Reassigns {@code record} (as read in this unit of work) to {@code ownership}; returns the stored record. */
  public static OwnedRecord<?> apply(Changes changes, OwnedRecord<?> record, Ownership ownership) {
    changes.session().guard().require(changes.tx(), Privilege.ASSIGN, AccessTarget.of(record));
    if (record.ownership().equals(ownership)) {
      return record;
    }
    OwnedRecord<?> stored;
    if (record instanceof Account a) {
      stored = changes.tx().accounts().update(a.withOwnership(ownership).withRevision(a.revision().next(changes.now())),
          a.version());
    } else if (record instanceof Contact c) {
      stored = changes.tx().contacts().update(c.withOwnership(ownership).withRevision(c.revision().next(changes.now())),
          c.version());
    } else if (record instanceof Lead l) {
      stored = changes.tx().leads().update(l.withOwnership(ownership).withRevision(l.revision().next(changes.now())),
          l.version());
    } else if (record instanceof Deal d) {
      Deal deal = changes.tx().deals().update(d.withOwnership(ownership).withRevision(d.revision().next(changes.now())),
          d.version());
      DealHistoryLog.changed(changes, d, deal, DealAction.REASSIGN);
      stored = deal;
    } else {
      Activity a = (Activity) record;
      stored = changes.tx().activities().update(
          a.withOwnership(ownership).withRevision(a.revision().next(changes.now())), a.version());
    }
    changes.record(AuditOperation.ASSIGN, EventType.OWNER_ASSIGNED, stored.ref(), stored.version(), changesOf(record, stored));
    return stored;
  }

  /** The audited owner and owning unit changes, as the services' own field diffs render them. */
  static List<FieldChange> changesOf(OwnedRecord<?> before, OwnedRecord<?> after) {
    List<FieldChange> changes = new java.util.ArrayList<>(2);
    if (!before.ownership().owner().equals(after.ownership().owner())) {
      changes.add(FieldChange.of("owner", Optional.of(before.ownership().owner().ref().toString()),
          Optional.of(after.ownership().owner().ref().toString())));
    }
    if (!before.ownership().owningUnitId().equals(after.ownership().owningUnitId())) {
      changes.add(FieldChange.of("owningUnit", Optional.of(before.ownership().owningUnitId().ref().toString()),
          Optional.of(after.ownership().owningUnitId().ref().toString())));
    }
    return changes;
  }
}
