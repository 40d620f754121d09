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

  /** Record shares, in {@code crm_record_share}, unique by (record kind, record id, grantee kind, grantee id). */
  static final KindTable<ShareId, RecordShare> RECORD_SHARES = KindTable.of("crm_record_share",
      RecordKind.RECORD_SHARE, RecordShare.class, ShareId::of, AccessFields.SHARE_FIELDS, columns(Map.ofEntries(
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
