-- crmkernel schema, version 4 (PostgreSQL 15+): pipelines, deals, activities, lead assignment rules
-- and the deal history. Conventions of version 2: tenant_id leads every key and index; ids uuid;
-- instants as (*_s, *_ns); text COLLATE "C"; the whole record as jsonb.

-- Pipelines; their stage ids go to crm_field_value (field stageId).
CREATE TABLE crm_pipeline (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  created_s  bigint NOT NULL,
  created_ns  integer NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_pipeline_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_pipeline_name ON crm_pipeline (tenant_id, name, id);

-- Deals; custom field values go to crm_field_value.
CREATE TABLE crm_deal (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  account_id  uuid NOT NULL,
  primary_contact_id  uuid,
  pipeline_id  uuid NOT NULL,
  stage_id  uuid NOT NULL,
  status  text COLLATE "C" NOT NULL,
  forecast  text COLLATE "C" NOT NULL,
  amount  numeric(42, 18),
  currency  text COLLATE "C",
  probability  bigint NOT NULL,
  expected_close_date  date,
  closed_on  date,
  source  text COLLATE "C",
  competitor  text COLLATE "C",
  originating_lead_id  uuid,
  stage_entered_s  bigint NOT NULL,
  stage_entered_ns  integer NOT NULL,
  owner_id  uuid NOT NULL,
  owning_unit_id  uuid NOT NULL,
  state  text COLLATE "C" NOT NULL,
  created_s  bigint NOT NULL,
  created_ns  integer NOT NULL,
  modified_s  bigint NOT NULL,
  modified_ns  integer NOT NULL,
  record  jsonb NOT NULL,
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
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  type  text COLLATE "C" NOT NULL,
  subject  text COLLATE "C" NOT NULL,
  regarding_id  uuid NOT NULL,
  regarding_kind  text COLLATE "C" NOT NULL,
  due_s  bigint,
  due_ns  integer,
  priority  text COLLATE "C" NOT NULL,
  status  text COLLATE "C" NOT NULL,
  completed_s  bigint,
  completed_ns  integer,
  reminded_for_s  bigint,
  reminded_for_ns  integer,
  owner_id  uuid NOT NULL,
  owning_unit_id  uuid NOT NULL,
  state  text COLLATE "C" NOT NULL,
  created_s  bigint NOT NULL,
  created_ns  integer NOT NULL,
  modified_s  bigint NOT NULL,
  modified_ns  integer NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_activity_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_activity_owner ON crm_activity (tenant_id, owner_id);
CREATE INDEX crm_activity_unit ON crm_activity (tenant_id, owning_unit_id);
CREATE INDEX crm_activity_regarding ON crm_activity (tenant_id, regarding_id);
CREATE INDEX crm_activity_due ON crm_activity (tenant_id, due_s, due_ns, id);
CREATE INDEX crm_activity_modified ON crm_activity (tenant_id, modified_s, modified_ns, id);

-- Lead assignment rules; their conditions and targets are in the record JSON.
CREATE TABLE crm_lead_assignment_rule (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  rule_position  bigint NOT NULL,
  active  boolean NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_lead_assignment_rule_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_lead_assignment_rule_position ON crm_lead_assignment_rule (tenant_id, rule_position, id);

-- The deal history: append-only (rows are only inserted; version is always 1).
-- historyOf reads the unique key (tenant_id, deal_id, sequence_number); scans read crm_deal_change_time.
CREATE TABLE crm_deal_change (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  deal_id  uuid NOT NULL,
  sequence_number  bigint NOT NULL,
  action  text COLLATE "C" NOT NULL,
  stage_id  uuid NOT NULL,
  pipeline_id  uuid NOT NULL,
  at_s  bigint NOT NULL,
  at_ns  integer NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_deal_change_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT crm_deal_change_sequence UNIQUE (tenant_id, deal_id, sequence_number)
);
CREATE INDEX crm_deal_change_time ON crm_deal_change (tenant_id, at_s, at_ns, deal_id, sequence_number);
