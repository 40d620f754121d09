package org.crmkernel.model.access;

import java.util.List;
import java.util.UUID;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.RecordKind;

/** The fields security roles, record shares and field security profiles can be filtered and sorted by. */
public final class AccessFields {

  /** A role's id. */
  public static final StandardField<SecurityRole, UUID> ROLE_ID =
      StandardField.required(RecordKind.SECURITY_ROLE, "id", UUID.class, r -> r.id().value());
  /** A role's name. */
  public static final StandardField<SecurityRole, String> ROLE_NAME =
      StandardField.required(RecordKind.SECURITY_ROLE, "name", String.class, SecurityRole::name);
  /** A share's id. */
  public static final StandardField<RecordShare, UUID> SHARE_ID =
      StandardField.required(RecordKind.RECORD_SHARE, "id", UUID.class, s -> s.id().value());
  /** The id of the shared record. */
  public static final StandardField<RecordShare, UUID> SHARE_RECORD_ID =
      StandardField.required(RecordKind.RECORD_SHARE, "recordId", UUID.class, s -> s.record().id());
  /** The kind of the shared record, as the enum constant's name. */
  public static final StandardField<RecordShare, String> SHARE_RECORD_KIND =
      StandardField.required(RecordKind.RECORD_SHARE, "recordKind", String.class, s -> s.record().kind().name());
  /** The id of the user or team the record is shared with. */
  public static final StandardField<RecordShare, UUID> SHARE_GRANTEE_ID =
      StandardField.required(RecordKind.RECORD_SHARE, "granteeId", UUID.class, s -> s.grantee().uuid());
  /** A profile's id. */
  public static final StandardField<FieldSecurityProfile, UUID> PROFILE_ID =
      StandardField.required(RecordKind.FIELD_SECURITY_PROFILE, "id", UUID.class, p -> p.id().value());
  /** A profile's name. */
  public static final StandardField<FieldSecurityProfile, String> PROFILE_NAME =
      StandardField.required(RecordKind.FIELD_SECURITY_PROFILE, "name", String.class, FieldSecurityProfile::name);

  /** The role fields. */
  public static final List<StandardField<SecurityRole, ?>> ROLE_FIELDS = List.of(ROLE_ID, ROLE_NAME);
  /** The share fields. */
  public static final List<StandardField<RecordShare, ?>> SHARE_FIELDS =
      List.of(SHARE_ID, SHARE_RECORD_ID, SHARE_RECORD_KIND, SHARE_GRANTEE_ID);
  /** The profile fields. */
  public static final List<StandardField<FieldSecurityProfile, ?>> PROFILE_FIELDS = List.of(PROFILE_ID, PROFILE_NAME);

  private AccessFields() {}
}
