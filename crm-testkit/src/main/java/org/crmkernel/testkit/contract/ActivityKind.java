package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.maybe;
import static org.crmkernel.testkit.contract.ValuePools.pick;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.activity.ActivityPriority;
import org.crmkernel.model.activity.ActivityStatus;
import org.crmkernel.model.activity.ActivityType;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/**
 * Activities for the contract suite: every type (notes without due time or duration), open and
 * closed, regarding each kind of record an activity may regard, with multi-line and maximal
 * descriptions, durations from a millisecond to the longest allowed, and reminder bookkeeping
 * that matches the due time or not.
 */
final class ActivityKind extends StoredKind<ActivityId, Activity> {

  /** The kinds an activity may regard, in a fixed order. */
  private static final List<RecordKind> REGARDED =
      List.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD, RecordKind.DEAL);

  /** The longest description, on several lines. */
  private static final String LONGEST_DESCRIPTION = longestDescription();

  private static final List<FieldRef<Activity, ?>> FIELDS = List.copyOf(ActivityFields.ALL);

  ActivityKind() {
    super("activities");
  }

  @Override
  RecordStore<ActivityId, Activity> store(StoreTransaction tx) {
    return tx.activities();
  }

  @Override
  ActivityId id(UUID value) {
    return ActivityId.of(value);
  }

  @Override
  Activity random(Random random, TenantId tenant) {
    ActivityType type = pick(random, List.of(ActivityType.values()));
    ActivityStatus status = pick(random, List.of(ActivityStatus.values()));
    Optional<Instant> dueAt = type == ActivityType.NOTE ? Optional.empty()
        : maybe(random, 0.7, () -> pick(random, ValuePools.INSTANTS));
    Optional<Duration> duration = type == ActivityType.NOTE ? Optional.empty()
        : maybe(random, 0.5, () -> pick(random, ValuePools.DURATIONS));
    return new Activity(ActivityId.of(ValuePools.uuid(random)), tenant, type,
        ValuePools.text(random, Activity.MAX_SUBJECT), description(random), regarding(random), dueAt, duration,
        pick(random, List.of(ActivityPriority.values())), status, completion(random, status),
        reminder(random, dueAt), ValuePools.ownership(random),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE, ValuePools.revision(random));
  }

  @Override
  Activity withTenant(Activity a, TenantId tenant) {
    return new Activity(a.id(), tenant, a.type(), a.subject(), a.description(), a.regarding(), a.dueAt(),
        a.duration(), a.priority(), a.status(), a.completedAt(), a.remindedFor(), a.ownership(), a.state(),
        a.revision());
  }

  @Override
  Activity withId(Activity a, ActivityId id) {
    return new Activity(id, a.tenantId(), a.type(), a.subject(), a.description(), a.regarding(), a.dueAt(),
        a.duration(), a.priority(), a.status(), a.completedAt(), a.remindedFor(), a.ownership(), a.state(),
        a.revision());
  }

  /** Another subject, description, priority and status, and sometimes a reminder sent. */
  @Override
  Activity changed(Activity a, Random random, long version) {
    ActivityStatus status = pick(random, List.of(ActivityStatus.values()));
    return new Activity(a.id(), a.tenantId(), a.type(), ValuePools.text(random, Activity.MAX_SUBJECT),
        description(random), a.regarding(), a.dueAt(), a.duration(), pick(random, List.of(ActivityPriority.values())),
        status, completion(random, status), reminder(random, a.dueAt()), a.ownership(),
        random.nextInt(4) == 0 ? RecordState.ARCHIVED : RecordState.ACTIVE,
        ValuePools.revisionAt(a.revision(), version));
  }

  @Override
  List<FieldRef<Activity, ?>> queryFields() {
    return FIELDS;
  }

  private static Optional<String> description(Random random) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> Optional.empty();
      case 4, 5 -> Optional.of(ValuePools.MULTI_LINE);
      case 6 -> Optional.of(LONGEST_DESCRIPTION);
      default -> Optional.of(pick(random, ValuePools.TEXTS));
    };
  }

  private static RecordRef regarding(Random random) {
    UUID id = random.nextBoolean() ? pick(random, ValuePools.REFERENCES) : ValuePools.uuid(random);
    return new RecordRef(pick(random, REGARDED), id);
  }

  private static Optional<Instant> completion(Random random, ActivityStatus status) {
    return status.isClosed() ? Optional.of(pick(random, ValuePools.INSTANTS)) : Optional.empty();
  }

  /** No reminder yet, one for the current due time, or one for an earlier due time. */
  private static Optional<Instant> reminder(Random random, Optional<Instant> dueAt) {
    return switch (random.nextInt(3)) {
      case 0 -> Optional.empty();
      case 1 -> dueAt;
      default -> Optional.of(pick(random, ValuePools.INSTANTS));
    };
  }

  /** Whole lines, then characters up to the limit, so that it neither starts nor ends with white space. */
  private static String longestDescription() {
    String line = ValuePools.MULTI_LINE + "\n";
    int lineLength = line.codePointCount(0, line.length());
    StringBuilder text = new StringBuilder();
    for (int length = 0; length + lineLength < Activity.MAX_DESCRIPTION; length += lineLength) {
      text.append(line);
    }
    int rest = Activity.MAX_DESCRIPTION - text.codePointCount(0, text.length());
    return text.append(ValuePools.longest(rest)).toString();
  }
}
