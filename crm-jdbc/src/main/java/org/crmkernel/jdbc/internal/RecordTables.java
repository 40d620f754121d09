package org.crmkernel.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crmkernel.model.access.AccessFields;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldDefinitionFields;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.activity.Activity;
import org.crmkernel.model.activity.ActivityFields;
import org.crmkernel.model.assignment.AssignmentRuleFields;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.id.ActivityId;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.DealChangeId;
import org.crmkernel.model.id.DealId;
import org.crmkernel.model.id.PipelineId;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.DealChange;
import org.crmkernel.model.pipeline.DealChangeFields;
import org.crmkernel.model.pipeline.DealFields;
import org.crmkernel.model.pipeline.Pipeline;
import org.crmkernel.model.pipeline.PipelineFields;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.field.ValueType;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.RecordKind;

/** The tables of the record kinds the adapter stores so far (schema versions 2 and up). */
final class RecordTables {

  private RecordTables() {}

  /** Accounts, in {@code crm_account}. */
  static final KindTable<AccountId, Account> ACCOUNTS = KindTable.of("crm_account", RecordKind.ACCOUNT, Account.class,
      AccountId::of, AccountFields.ALL, columns(Map.ofEntries(
          Map.entry(AccountFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(AccountFields.NAME, Column.required("name", ValueType.TEXT)),
          Map.entry(AccountFields.WEBSITE, Column.optional("website", ValueType.TEXT)),
          Map.entry(AccountFields.INDUSTRY, Column.optional("industry", ValueType.TEXT)),
          Map.entry(AccountFields.EMPLOYEE_COUNT, Column.optional("employee_count", ValueType.INTEGER)),
          Map.entry(AccountFields.ANNUAL_REVENUE, Column.optional("annual_revenue", ValueType.DECIMAL)),
          Map.entry(AccountFields.ANNUAL_REVENUE_CURRENCY, Column.optional("annual_revenue_currency", ValueType.TEXT)),
          Map.entry(AccountFields.PARENT_ACCOUNT_ID, Column.optional("parent_account_id", ValueType.UUID)),
          Map.entry(AccountFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(AccountFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(AccountFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(AccountFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(AccountFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  /** Contacts, in {@code crm_contact}. */
  static final KindTable<ContactId, Contact> CONTACTS = KindTable.of("crm_contact", RecordKind.CONTACT, Contact.class,
      ContactId::of, ContactFields.ALL, columns(Map.ofEntries(
          Map.entry(ContactFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(ContactFields.LAST_NAME, Column.required("last_name", ValueType.TEXT)),
          Map.entry(ContactFields.FIRST_NAME, Column.optional("first_name", ValueType.TEXT)),
          Map.entry(ContactFields.JOB_TITLE, Column.optional("job_title", ValueType.TEXT)),
          Map.entry(ContactFields.BIRTH_DATE, Column.optional("birth_date", ValueType.DATE)),
          Map.entry(ContactFields.ACCOUNT_ID, Column.optional("account_id", ValueType.UUID)),
          Map.entry(ContactFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(ContactFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(ContactFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(ContactFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(ContactFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  /** Leads, in {@code crm_lead}. */
  static final KindTable<LeadId, Lead> LEADS = KindTable.of("crm_lead", RecordKind.LEAD, Lead.class,
      LeadId::of, LeadFields.ALL, columns(Map.ofEntries(
          Map.entry(LeadFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(LeadFields.LAST_NAME, Column.required("last_name", ValueType.TEXT)),
          Map.entry(LeadFields.FIRST_NAME, Column.optional("first_name", ValueType.TEXT)),
          Map.entry(LeadFields.COMPANY, Column.optional("company", ValueType.TEXT)),
          Map.entry(LeadFields.COUNTRY, Column.optional("country", ValueType.TEXT)),
          Map.entry(LeadFields.POSTAL_CODE, Column.optional("postal_code", ValueType.TEXT)),
          Map.entry(LeadFields.INDUSTRY, Column.optional("industry", ValueType.TEXT)),
          Map.entry(LeadFields.SOURCE, Column.optional("source", ValueType.TEXT)),
          Map.entry(LeadFields.STATUS, Column.required("status", ValueType.TEXT)),
          Map.entry(LeadFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(LeadFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(LeadFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(LeadFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(LeadFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  // ------------------------------------------------ schema version 4: pipelines, deals, activities

  /** Pipelines, in {@code crm_pipeline}; their stage ids in the value table. */
  static final KindTable<PipelineId, Pipeline> PIPELINES = KindTable.of("crm_pipeline", RecordKind.PIPELINE,
      Pipeline.class, PipelineId::of, PipelineFields.ALL, columns(Map.ofEntries(
          Map.entry(PipelineFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(PipelineFields.NAME, Column.required("name", ValueType.TEXT)),
          Map.entry(PipelineFields.CREATED_AT, Column.required("created", ValueType.INSTANT)))));

  /** Deals, in {@code crm_deal}. */
  static final KindTable<DealId, Deal> DEALS = KindTable.of("crm_deal", RecordKind.DEAL, Deal.class,
      DealId::of, DealFields.ALL, columns(Map.ofEntries(
          Map.entry(DealFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(DealFields.NAME, Column.required("name", ValueType.TEXT)),
          Map.entry(DealFields.ACCOUNT_ID, Column.required("account_id", ValueType.UUID)),
          Map.entry(DealFields.PRIMARY_CONTACT_ID, Column.optional("primary_contact_id", ValueType.UUID)),
          Map.entry(DealFields.PIPELINE_ID, Column.required("pipeline_id", ValueType.UUID)),
          Map.entry(DealFields.STAGE_ID, Column.required("stage_id", ValueType.UUID)),
          Map.entry(DealFields.STATUS, Column.required("status", ValueType.TEXT)),
          Map.entry(DealFields.FORECAST, Column.required("forecast", ValueType.TEXT)),
          Map.entry(DealFields.AMOUNT, Column.optional("amount", ValueType.DECIMAL)),
          Map.entry(DealFields.CURRENCY, Column.optional("currency", ValueType.TEXT)),
          Map.entry(DealFields.PROBABILITY, Column.required("probability", ValueType.INTEGER)),
          Map.entry(DealFields.EXPECTED_CLOSE_DATE, Column.optional("expected_close_date", ValueType.DATE)),
          Map.entry(DealFields.CLOSED_ON, Column.optional("closed_on", ValueType.DATE)),
          Map.entry(DealFields.SOURCE, Column.optional("source", ValueType.TEXT)),
          Map.entry(DealFields.COMPETITOR, Column.optional("competitor", ValueType.TEXT)),
          Map.entry(DealFields.ORIGINATING_LEAD_ID, Column.optional("originating_lead_id", ValueType.UUID)),
          Map.entry(DealFields.STAGE_ENTERED_AT, Column.required("stage_entered", ValueType.INSTANT)),
          Map.entry(DealFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(DealFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(DealFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(DealFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(DealFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  /** Activities, in {@code crm_activity}. */
  static final KindTable<ActivityId, Activity> ACTIVITIES = KindTable.of("crm_activity", RecordKind.ACTIVITY,
      Activity.class, ActivityId::of, ActivityFields.ALL, columns(Map.ofEntries(
          Map.entry(ActivityFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(ActivityFields.TYPE, Column.required("type", ValueType.TEXT)),
          Map.entry(ActivityFields.SUBJECT, Column.required("subject", ValueType.TEXT)),
          Map.entry(ActivityFields.REGARDING_ID, Column.required("regarding_id", ValueType.UUID)),
          Map.entry(ActivityFields.REGARDING_KIND, Column.required("regarding_kind", ValueType.TEXT)),
          Map.entry(ActivityFields.DUE_AT, Column.optional("due", ValueType.INSTANT)),
          Map.entry(ActivityFields.PRIORITY, Column.required("priority", ValueType.TEXT)),
          Map.entry(ActivityFields.STATUS, Column.required("status", ValueType.TEXT)),
          Map.entry(ActivityFields.COMPLETED_AT, Column.optional("completed", ValueType.INSTANT)),
          Map.entry(ActivityFields.REMINDED_FOR, Column.optional("reminded_for", ValueType.INSTANT)),
          Map.entry(ActivityFields.OWNER_ID, Column.required("owner_id", ValueType.UUID)),
          Map.entry(ActivityFields.OWNING_UNIT_ID, Column.required("owning_unit_id", ValueType.UUID)),
          Map.entry(ActivityFields.STATE, Column.required("state", ValueType.TEXT)),
          Map.entry(ActivityFields.CREATED_AT, Column.required("created", ValueType.INSTANT)),
          Map.entry(ActivityFields.MODIFIED_AT, Column.required("modified", ValueType.INSTANT)))));

  /** Lead assignment rules, in {@code crm_lead_assignment_rule}. */
  static final KindTable<AssignmentRuleId, LeadAssignmentRule> ASSIGNMENT_RULES = KindTable.of(
      "crm_lead_assignment_rule", RecordKind.LEAD_ASSIGNMENT_RULE, LeadAssignmentRule.class, AssignmentRuleId::of,
      AssignmentRuleFields.ALL, columns(Map.ofEntries(
          Map.entry(AssignmentRuleFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(AssignmentRuleFields.NAME, Column.required("name", ValueType.TEXT)),
          Map.entry(AssignmentRuleFields.POSITION, Column.required("rule_position", ValueType.INTEGER)),
          Map.entry(AssignmentRuleFields.ACTIVE, Column.required("active", ValueType.BOOLEAN)))));

  /** The deal history, in {@code crm_deal_change}: entries are only inserted (version 1 always). */
  static final KindTable<DealChangeId, DealChange> DEAL_CHANGES = KindTable.of("crm_deal_change",
      RecordKind.DEAL_CHANGE, DealChange.class, DealChangeId::of, DealChangeFields.ALL, columns(Map.ofEntries(
          Map.entry(DealChangeFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(DealChangeFields.DEAL_ID, Column.required("deal_id", ValueType.UUID)),
          Map.entry(DealChangeFields.SEQUENCE, Column.required("sequence_number", ValueType.INTEGER)),
          Map.entry(DealChangeFields.ACTION, Column.required("action", ValueType.TEXT)),
          Map.entry(DealChangeFields.STAGE_ID, Column.required("stage_id", ValueType.UUID)),
          Map.entry(DealChangeFields.PIPELINE_ID, Column.required("pipeline_id", ValueType.UUID)),
          Map.entry(DealChangeFields.AT, Column.required("at", ValueType.INSTANT)))));

  // ------------------------------------------------ end of schema version 4

  /** The entries in the order of their column names, so that statements are stable. */
  private static <R> Map<FieldRef<R, ?>, Column> columns(Map<FieldRef<R, ?>, Column> columns) {
    Map<FieldRef<R, ?>, Column> ordered = new LinkedHashMap<>();
    columns.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Column::name)))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  // ------------------------------------------------------------ directory, field definitions and
  // access (schema version 3)

  /** Business units, in {@code crm_business_unit}. */
  static final KindTable<BusinessUnitId, BusinessUnit> BUSINESS_UNITS = KindTable.of("crm_business_unit",
      RecordKind.BUSINESS_UNIT, BusinessUnit.class, BusinessUnitId::of, DirectoryFields.UNIT_FIELDS, columns(Map.ofEntries(
          Map.entry(DirectoryFields.UNIT_ID, Column.required("id", ValueType.UUID)),
          Map.entry(DirectoryFields.UNIT_NAME, Column.required("name", ValueType.TEXT)),
          Map.entry(DirectoryFields.UNIT_PARENT_ID, Column.optional("parent_id", ValueType.UUID)),
          Map.entry(DirectoryFields.UNIT_ACTIVE, Column.required("active", ValueType.BOOLEAN)))));

  /** Users, in {@code crm_user}; their role ids in the value table. */
  static final KindTable<UserId, User> USERS = KindTable.of("crm_user", RecordKind.USER, User.class, UserId::of,
      DirectoryFields.USER_FIELDS, columns(Map.ofEntries(
          Map.entry(DirectoryFields.USER_ID, Column.required("id", ValueType.UUID)),
          Map.entry(DirectoryFields.USER_NAME, Column.required("full_name", ValueType.TEXT)),
          Map.entry(DirectoryFields.USER_EMAIL, Column.required("email", ValueType.TEXT)),
          Map.entry(DirectoryFields.USER_UNIT_ID, Column.required("business_unit_id", ValueType.UUID)),
          Map.entry(DirectoryFields.USER_MANAGER_ID, Column.optional("manager_id", ValueType.UUID)),
          Map.entry(DirectoryFields.USER_ACTIVE, Column.required("active", ValueType.BOOLEAN)))));

  /** Teams, in {@code crm_team}; members and role ids in the value table. */
  static final KindTable<TeamId, Team> TEAMS = KindTable.of("crm_team", RecordKind.TEAM, Team.class, TeamId::of,
      DirectoryFields.TEAM_FIELDS, columns(Map.ofEntries(
          Map.entry(DirectoryFields.TEAM_ID, Column.required("id", ValueType.UUID)),
          Map.entry(DirectoryFields.TEAM_NAME, Column.required("name", ValueType.TEXT)),
          Map.entry(DirectoryFields.TEAM_TYPE, Column.required("type", ValueType.TEXT)),
          Map.entry(DirectoryFields.TEAM_UNIT_ID, Column.required("business_unit_id", ValueType.UUID)))));

  /** Custom field definitions, in {@code crm_field_definition}, unique by (record kind, API name). */
  static final KindTable<FieldDefinitionId, FieldDefinition> FIELD_DEFINITIONS = KindTable.of("crm_field_definition",
      RecordKind.FIELD_DEFINITION, FieldDefinition.class, FieldDefinitionId::of, FieldDefinitionFields.ALL,
      columns(Map.ofEntries(
          Map.entry(FieldDefinitionFields.ID, Column.required("id", ValueType.UUID)),
          Map.entry(FieldDefinitionFields.RECORD_KIND, Column.required("record_kind", ValueType.TEXT)),
          Map.entry(FieldDefinitionFields.API_NAME, Column.required("api_name", ValueType.TEXT)),
          Map.entry(FieldDefinitionFields.LABEL, Column.required("label", ValueType.TEXT)),
          Map.entry(FieldDefinitionFields.RETIRED, Column.required("retired", ValueType.BOOLEAN)),
          Map.entry(FieldDefinitionFields.CREATED_AT, Column.required("created", ValueType.INSTANT)))));

  /** Security roles, in {@code crm_security_role}. */
  static final KindTable<RoleId, SecurityRole> SECURITY_ROLES = KindTable.of("crm_security_role",
      RecordKind.SECURITY_ROLE, SecurityRole.class, RoleId::of, AccessFields.ROLE_FIELDS, columns(Map.ofEntries(
          Map.entry(AccessFields.ROLE_ID, Column.required("id", ValueType.UUID)),
          Map.entry(AccessFields.ROLE_NAME, Column.required("name", ValueType.TEXT)))));

  /**
   * The kind of a share's grantee ({@code USER} or {@code TEAM}): not a query field of the model,
   * stored so that the unique key (record, grantee) is the model's, whose grantee is typed.
   */
  static final StandardField<RecordShare, String> SHARE_GRANTEE_KIND = StandardField.required(RecordKind.RECORD_SHARE,
      "granteeKind", String.class, s -> s.grantee().ref().kind().name());

  /**
   * A share's rights, by privilege name: not a query field of the model, stored in the value
   * table ({@code value_text}, one row per right) so that a visibility read can ask for shares
   * carrying a privilege with {@code EXISTS}, without reading the JSON.
   */
  static final StandardField<RecordShare, String> SHARE_RIGHTS = StandardField.multi(RecordKind.RECORD_SHARE,
      "rights", String.class, s -> s.rights().stream().map(Enum::name).toList());

  /**
   * Record shares, in {@code crm_record_share}, unique by (record kind, record id, grantee kind,
   * grantee id); their rights in the value table.
   */
  static final KindTable<ShareId, RecordShare> RECORD_SHARES = KindTable.of("crm_record_share",
      RecordKind.RECORD_SHARE, RecordShare.class, ShareId::of, java.util.stream.Stream.concat(
          AccessFields.SHARE_FIELDS.stream(), java.util.stream.Stream.of(SHARE_RIGHTS)).toList(), columns(Map.ofEntries(
          Map.entry(AccessFields.SHARE_ID, Column.required("id", ValueType.UUID)),
          Map.entry(AccessFields.SHARE_RECORD_KIND, Column.required("record_kind", ValueType.TEXT)),
          Map.entry(AccessFields.SHARE_RECORD_ID, Column.required("record_id", ValueType.UUID)),
          Map.entry(SHARE_GRANTEE_KIND, Column.required("grantee_kind", ValueType.TEXT)),
          Map.entry(AccessFields.SHARE_GRANTEE_ID, Column.required("grantee_id", ValueType.UUID)))));

  /** Field security profiles, in {@code crm_field_security_profile}. */
  static final KindTable<FieldSecurityProfileId, FieldSecurityProfile> FIELD_SECURITY_PROFILES = KindTable.of(
      "crm_field_security_profile", RecordKind.FIELD_SECURITY_PROFILE, FieldSecurityProfile.class,
      FieldSecurityProfileId::of, AccessFields.PROFILE_FIELDS, columns(Map.ofEntries(
          Map.entry(AccessFields.PROFILE_ID, Column.required("id", ValueType.UUID)),
          Map.entry(AccessFields.PROFILE_NAME, Column.required("name", ValueType.TEXT)))));
}
