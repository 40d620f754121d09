package org.crmkernel.customer.internal;

import java.util.List;
import java.util.stream.Stream;
import org.crmkernel.internal.Changes;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.spi.query.Filter;

/**
 * Deletes the activities of a deleted record in the same unit of work, as Dynamics 365 cascades
 * a delete to the activities regarding the record. As there, deleting the record is what needs the
 * privilege: the activities go with it whoever owns them, each audited as a delete.
 */
final class ActivityCascade {

  private ActivityCascade() {}

  /** Deletes every activity regarding {@code deleted}, if activities can regard its kind. */
  static void deleteActivitiesOf(Changes changes, RecordRef deleted) {
    if (!Activity.REGARDABLE.contains(deleted.kind())) {
      return;
    }
    Filter<Activity> regarding = Filter.and(Filter.eq(ActivityFields.REGARDING_ID, deleted.id()),
        Filter.eq(ActivityFields.REGARDING_KIND, deleted.kind().name()));
    List<Activity> doomed;
    // Collected first: a scan must not watch its own table change under it.
    try (Stream<Activity> scan = changes.tx().activities().scan(changes.tenantId(), regarding)) {
      doomed = scan.toList();
    }
    for (Activity activity : doomed) {
      ActivityRecords.delete(changes, activity);
    }
  }
}
