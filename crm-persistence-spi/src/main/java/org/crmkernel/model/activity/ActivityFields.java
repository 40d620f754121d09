package org.crmkernel.model.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/** The fields activities can be filtered and sorted by. */
public final class ActivityFields {

  private static final RecordKind KIND = RecordKind.ACTIVITY;

  /** The id. */
  public static final StandardField<Activity, UUID> ID =
      StandardField.required(KIND, "id", UUID.class, a -> a.id().value());
  /** The type, as the enum constant's name. */
  public static final StandardField<Activity, String> TYPE =
      StandardField.required(KIND, "type", String.class, a -> a.type().name());
  /** The subject. */
  public static final StandardField<Activity, String> SUBJECT =
      StandardField.required(KIND, "subject", String.class, Activity::subject);
  /** The id of the record it regards. */
  public static final StandardField<Activity, UUID> REGARDING_ID =
      StandardField.required(KIND, "regardingId", UUID.class, a -> a.regarding().id());
  /** The kind of the record it regards, as the enum constant's name. */
  public static final StandardField<Activity, String> REGARDING_KIND =
      StandardField.required(KIND, "regardingKind", String.class, a -> a.regarding().kind().name());
  /** When it is due. */
  public static final StandardField<Activity, Instant> DUE_AT =
      StandardField.single(KIND, "dueAt", Instant.class, Activity::dueAt);
  /** The priority, as the enum constant's name. */
  public static final StandardField<Activity, String> PRIORITY =
      StandardField.required(KIND, "priority", String.class, a -> a.priority().name());
  /** The status, as the enum constant's name. */
  public static final StandardField<Activity, String> STATUS =
      StandardField.required(KIND, "status", String.class, a -> a.status().name());
  /** When it was completed or cancelled. */
  public static final StandardField<Activity, Instant> COMPLETED_AT =
      StandardField.single(KIND, "completedAt", Instant.class, Activity::completedAt);
  /** The due time a reminder was last sent for. */
  public static final StandardField<Activity, Instant> REMINDED_FOR =
      StandardField.single(KIND, "remindedFor", Instant.class, Activity::remindedFor);
  /** The owner's id (a user or a team). */
  public static final StandardField<Activity, UUID> OWNER_ID =
      StandardField.required(KIND, "ownerId", UUID.class, a -> a.ownership().owner().uuid());
  /** The owning business unit's id. */
  public static final StandardField<Activity, UUID> OWNING_UNIT_ID =
      StandardField.required(KIND, "owningUnitId", UUID.class, a -> a.ownership().owningUnitId().value());
  /** The lifecycle state, as the enum constant's name. */
  public static final StandardField<Activity, String> STATE =
      StandardField.required(KIND, "state", String.class, a -> a.state().name());
  /** When it was created. */
  public static final StandardField<Activity, Instant> CREATED_AT =
      StandardField.required(KIND, "createdAt", Instant.class, a -> a.revision().createdAt());
  /** When it was last changed. */
  public static final StandardField<Activity, Instant> MODIFIED_AT =
      StandardField.required(KIND, "modifiedAt", Instant.class, a -> a.revision().modifiedAt());

  /** Every standard field above. */
  public static final List<StandardField<Activity, ?>> ALL = List.of(ID, TYPE, SUBJECT, REGARDING_ID, REGARDING_KIND,
      DUE_AT, PRIORITY, STATUS, COMPLETED_AT, REMINDED_FOR, OWNER_ID, OWNING_UNIT_ID, STATE, CREATED_AT, MODIFIED_AT);

  private ActivityFields() {}
}
