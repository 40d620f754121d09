-- crmkernel schema, version 4 (H2 2.x): pipelines, deals, activities, lead assignment rules and the
-- deal history. Conventions of version 2: tenant_id leads every key and index; ids BINARY(16);
-- instants as (*_s, *_ns); text without length; the whole record as JSON text.

-- Pipelines; their stage ids go to crm_field_value (field stageId).
CREATE TABLE crm_pipeline (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  CHARACTER VARYING NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_pipeline_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_pipeline_name ON crm_pipeline (tenant_id, name, id);

-- Deals; custom field values go to crm_field_value.
CREATE TABLE crm_deal (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  CHARACTER VARYING NOT NULL,
  account_id  BINARY(16) NOT NULL,
  primary_contact_id  BINARY(16),
  pipeline_id  BINARY(16) NOT NULL,
  stage_id  BINARY(16) NOT NULL,
  status  CHARACTER VARYING NOT NULL,
  forecast  CHARACTER VARYING NOT NULL,
  amount  NUMERIC(42, 18),
  currency  CHARACTER VARYING,
  probability  BIGINT NOT NULL,
  expected_close_date  DATE,
  closed_on  DATE,
  source  CHARACTER VARYING,
  competitor  CHARACTER VARYING,
  originating_lead_id  BINARY(16),
  stage_entered_s  BIGINT NOT NULL,
  stage_entered_ns  INT NOT NULL,
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  CHARACTER VARYING NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_deal_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_deal_name ON crm_deal (tenant_id, name, id);
CREATE INDEX crm_deal_owner ON crm_deal (tenant_id, owner_id);
CREATE INDEX crm_deal_unit ON crm_deal (tenant_id, owning_unit_id);
CREATE INDEX crm_deal_account ON crm_deal (tenant_id, account_id);
CREATE INDEX crm_deal_stage ON crm_deal (tenant_id, pipeline_id, stage_id);
CREATE INDEX crm_deal_close ON crm_deal (tenant_id, expected_close_date, id);
CREATE INDEX crm_deal_modified ON crm_deal (tenant_id, modified_s, modified_ns, id);

-- Activities (tasks, calls, meetings, e-mails, notes).
CREATE TABLE crm_activity (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  type  CHARACTER VARYING NOT NULL,
  subject  CHARACTER VARYING NOT NULL,
  regarding_id  BINARY(16) NOT NULL,
  regarding_kind  CHARACTER VARYING NOT NULL,
  due_s  BIGINT,
  due_ns  INT,
  priority  CHARACTER VARYING NOT NULL,
  status  CHARACTER VARYING NOT NULL,
  completed_s  BIGINT,
  completed_ns  INT,
  reminded_for_s  BIGINT,
  reminded_for_ns  INT,
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  CHARACTER VARYING NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_activity_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_activity_owner ON crm_activity (tenant_id, owner_id);
CREATE INDEX crm_activity_unit ON crm_activity (tenant_id, owning_unit_id);
CREATE INDEX crm_activity_regarding ON crm_activity (tenant_id, regarding_id);
CREATE INDEX crm_activity_due ON crm_activity (tenant_id, due_s, due_ns, id);
CREATE INDEX crm_activity_modified ON crm_activity (tenant_id, modified_s, modified_ns, id);

-- Lead assignment rules; their conditions and targets are in the record JSON.
CREATE TABLE crm_lead_assignment_rule (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  CHARACTER VARYING NOT NULL,
  rule_position  BIGINT NOT NULL,
  active  BOOLEAN NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_lead_assignment_rule_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_lead_assignment_rule_position ON crm_lead_assignment_rule (tenant_id, rule_position, id);

-- The deal history: append-only (rows are only inserted; version is always 1).
-- historyOf reads the unique key (tenant_id, deal_id, sequence_number); scans read crm_deal_change_time.
CREATE TABLE crm_deal_change (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  deal_id  BINARY(16) NOT NULL,
  sequence_number  BIGINT NOT NULL,
  action  CHARACTER VARYING NOT NULL,
  stage_id  BINARY(16) NOT NULL,
  pipeline_id  BINARY(16) NOT NULL,
  at_s  BIGINT NOT NULL,
  at_ns  INT NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_deal_change_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT crm_deal_change_sequence UNIQUE (tenant_id, deal_id, sequence_number)
);
CREATE INDEX crm_deal_change_time ON crm_deal_change (tenant_id, at_s, at_ns, deal_id, sequence_number);
