package org.crmkernel.model.event;

import org.crmkernel.model.id.RecordKind;

/** The domain events the kernel emits, each about one kind of record. */
public enum EventType {
  ACCOUNT_CREATED("AccountCreated", RecordKind.ACCOUNT),
  ACCOUNT_UPDATED("AccountUpdated", RecordKind.ACCOUNT),
  ACCOUNT_ARCHIVED("AccountArchived", RecordKind.ACCOUNT),
  ACCOUNT_RESTORED("AccountRestored", RecordKind.ACCOUNT),
  ACCOUNT_DELETED("AccountDeleted", RecordKind.ACCOUNT),
  CONTACT_CREATED("ContactCreated", RecordKind.CONTACT),
  CONTACT_UPDATED("ContactUpdated", RecordKind.CONTACT),
  CONTACT_ARCHIVED("ContactArchived", RecordKind.CONTACT),
  CONTACT_RESTORED("ContactRestored", RecordKind.CONTACT),
  CONTACT_DELETED("ContactDeleted", RecordKind.CONTACT),
  CONTACT_LINKED("ContactLinked", RecordKind.CONTACT),
  LEAD_CREATED("LeadCreated", RecordKind.LEAD),
  LEAD_UPDATED("LeadUpdated", RecordKind.LEAD),
  LEAD_ARCHIVED("LeadArchived", RecordKind.LEAD),
  LEAD_RESTORED("LeadRestored", RecordKind.LEAD),
  LEAD_DELETED("LeadDeleted", RecordKind.LEAD),
  OWNER_ASSIGNED("OwnerAssigned", null),
  FIELD_DEFINED("FieldDefined", RecordKind.FIELD_DEFINITION),
  FIELD_CHANGED("FieldChanged", RecordKind.FIELD_DEFINITION),
  FIELD_RETIRED("FieldRetired", RecordKind.FIELD_DEFINITION),
  BUSINESS_UNIT_CREATED("BusinessUnitCreated", RecordKind.BUSINESS_UNIT),
  USER_CREATED("UserCreated", RecordKind.USER),
  TEAM_CREATED("TeamCreated", RecordKind.TEAM),
  BUSINESS_UNIT_CHANGED("BusinessUnitChanged", RecordKind.BUSINESS_UNIT),
  USER_CHANGED("UserChanged", RecordKind.USER),
  TEAM_CHANGED("TeamChanged", RecordKind.TEAM),
  ROLE_CREATED("RoleCreated", RecordKind.SECURITY_ROLE),
  ROLE_CHANGED("RoleChanged", RecordKind.SECURITY_ROLE),
  ROLE_DELETED("RoleDeleted", RecordKind.SECURITY_ROLE),
  RECORD_SHARED("RecordShared", null),
  SHARE_CHANGED("ShareChanged", null),
  SHARE_REVOKED("ShareRevoked", null),
  FIELD_SECURITY_CHANGED("FieldSecurityChanged", RecordKind.FIELD_SECURITY_PROFILE),
  ACCESS_SETTINGS_CHANGED("AccessSettingsChanged", RecordKind.ACCESS_SETTINGS);

  private final String wireName;
  private final @org.jspecify.annotations.Nullable RecordKind kind;

  EventType(String wireName, @org.jspecify.annotations.Nullable RecordKind kind) {
    this.wireName = wireName;
    this.kind = kind;
  }

  /** The name used in the outbox and by receivers, such as {@code AccountCreated}. */
  public String wireName() {
    return wireName;
  }

  /** Whether events of this type may be about records of {@code recordKind}. */
  public boolean isAbout(RecordKind recordKind) {
    return kind == null ? recordKind.isCustomizable() : kind == recordKind;
  }

  /** The type with wire name {@code wireName}. */
  public static EventType fromWireName(String wireName) {
    for (EventType type : values()) {
      if (type.wireName.equals(wireName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown event type " + wireName);
  }
}
