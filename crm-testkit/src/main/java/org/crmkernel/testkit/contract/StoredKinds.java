package org.crmkernel.testkit.contract;

import java.util.List;

/** The record kinds every record-store test runs on. */
final class StoredKinds {

  static final AccountKind ACCOUNTS = new AccountKind();
  static final ContactKind CONTACTS = new ContactKind();
  static final LeadKind LEADS = new LeadKind();
  static final BusinessUnitKind BUSINESS_UNITS = new BusinessUnitKind();
  static final UserKind USERS = new UserKind();
  static final TeamKind TEAMS = new TeamKind();
  static final FieldDefinitionKind FIELD_DEFINITIONS = new FieldDefinitionKind();
  static final SecurityRoleKind SECURITY_ROLES = new SecurityRoleKind();
  static final RecordShareKind RECORD_SHARES = new RecordShareKind();
  static final FieldSecurityProfileKind FIELD_SECURITY_PROFILES = new FieldSecurityProfileKind();
  static final DealKind DEALS = new DealKind();
  static final ActivityKind ACTIVITIES = new ActivityKind();
  static final PipelineKind PIPELINES = new PipelineKind();
  static final AssignmentRuleKind ASSIGNMENT_RULES = new AssignmentRuleKind();

  /** Every kind with a record store. */
  static final List<StoredKind<?, ?>> ALL =
      List.of(ACCOUNTS, CONTACTS, LEADS, BUSINESS_UNITS, USERS, TEAMS, FIELD_DEFINITIONS, SECURITY_ROLES, RECORD_SHARES,
          FIELD_SECURITY_PROFILES, DEALS, ACTIVITIES, PIPELINES, ASSIGNMENT_RULES);

  private StoredKinds() {}
}
