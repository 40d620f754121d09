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
  ACCESS_SETTINGS_CHANGED("AccessSettingsChanged", RecordKind.ACCESS_SETTINGS),
  PIPELINE_CREATED("PipelineCreated", RecordKind.PIPELINE),
  PIPELINE_CHANGED("PipelineChanged", RecordKind.PIPELINE),
  PIPELINE_DELETED("PipelineDeleted", RecordKind.PIPELINE),
  DEAL_CREATED("DealCreated", RecordKind.DEAL),
  DEAL_UPDATED("DealUpdated", RecordKind.DEAL),
  DEAL_STAGE_CHANGED("DealStageChanged", RecordKind.DEAL),
  DEAL_WON("DealWon", RecordKind.DEAL),
  DEAL_LOST("DealLost", RecordKind.DEAL),
  DEAL_REOPENED("DealReopened", RecordKind.DEAL),
  DEAL_ARCHIVED("DealArchived", RecordKind.DEAL),
  DEAL_RESTORED("DealRestored", RecordKind.DEAL),
  DEAL_DELETED("DealDeleted", RecordKind.DEAL),
  LEAD_QUALIFIED("LeadQualified", RecordKind.LEAD),
  LEAD_DISQUALIFIED("LeadDisqualified", RecordKind.LEAD),
  LEAD_CONVERTED("LeadConverted", RecordKind.LEAD),
  /** A lead was given an owner by an assignment rule; the changes name the rule and the owner. */
  LEAD_ASSIGNED("LeadAssigned", RecordKind.LEAD),
  ACTIVITY_CREATED("ActivityCreated", RecordKind.ACTIVITY),
  ACTIVITY_UPDATED("ActivityUpdated", RecordKind.ACTIVITY),
  ACTIVITY_COMPLETED("ActivityCompleted", RecordKind.ACTIVITY),
  ACTIVITY_CANCELLED("ActivityCancelled", RecordKind.ACTIVITY),
  ACTIVITY_REOPENED("ActivityReopened", RecordKind.ACTIVITY),
  ACTIVITY_ARCHIVED("ActivityArchived", RecordKind.ACTIVITY),
  ACTIVITY_RESTORED("ActivityRestored", RecordKind.ACTIVITY),
  ACTIVITY_DELETED("ActivityDeleted", RecordKind.ACTIVITY),
  /** An open activity is due soon: one per activity and due time, for its owner. */
  ACTIVITY_REMINDER("ActivityReminder", RecordKind.ACTIVITY),
  ASSIGNMENT_RULE_CREATED("AssignmentRuleCreated", RecordKind.LEAD_ASSIGNMENT_RULE),
  ASSIGNMENT_RULE_CHANGED("AssignmentRuleChanged", RecordKind.LEAD_ASSIGNMENT_RULE),
  ASSIGNMENT_RULE_DELETED("AssignmentRuleDeleted", RecordKind.LEAD_ASSIGNMENT_RULE);

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
    return kind == null ? recordKind.isOwned() : kind == recordKind;
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
