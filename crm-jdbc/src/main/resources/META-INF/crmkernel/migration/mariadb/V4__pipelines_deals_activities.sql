-- crmkernel schema, version 4 (MariaDB 10.11+): pipelines, deals, activities, lead assignment rules
-- and the deal history. Conventions of version 2: tenant_id leads every key and index; ids
-- BINARY(16); instants as (*_s, *_ns); text utf8mb4_nopad_bin; the whole record as JSON text.

-- Pipelines; their stage ids go to crm_field_value (field stageId).
CREATE TABLE crm_pipeline (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_pipeline_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_pipeline_name (tenant_id, name, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Deals; custom field values go to crm_field_value.
CREATE TABLE crm_deal (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  account_id  BINARY(16) NOT NULL,
  primary_contact_id  BINARY(16),
  pipeline_id  BINARY(16) NOT NULL,
  stage_id  BINARY(16) NOT NULL,
  status  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  forecast  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  amount  DECIMAL(42, 18),
  currency  VARCHAR(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  probability  BIGINT NOT NULL,
  expected_close_date  DATE,
  closed_on  DATE,
  source  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  competitor  VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  originating_lead_id  BINARY(16),
  stage_entered_s  BIGINT NOT NULL,
  stage_entered_ns  INT NOT NULL,
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_deal_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_deal_name (tenant_id, name, id),
  INDEX crm_deal_owner (tenant_id, owner_id),
  INDEX crm_deal_unit (tenant_id, owning_unit_id),
  INDEX crm_deal_account (tenant_id, account_id),
  INDEX crm_deal_stage (tenant_id, pipeline_id, stage_id),
  INDEX crm_deal_close (tenant_id, expected_close_date, id),
  INDEX crm_deal_modified (tenant_id, modified_s, modified_ns, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Activities (tasks, calls, meetings, e-mails, notes).
CREATE TABLE crm_activity (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  type  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  subject  VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  regarding_id  BINARY(16) NOT NULL,
  regarding_kind  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  due_s  BIGINT,
  due_ns  INT,
  priority  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  status  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  completed_s  BIGINT,
  completed_ns  INT,
  reminded_for_s  BIGINT,
  reminded_for_ns  INT,
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_activity_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_activity_owner (tenant_id, owner_id),
  INDEX crm_activity_unit (tenant_id, owning_unit_id),
  INDEX crm_activity_regarding (tenant_id, regarding_id),
  INDEX crm_activity_due (tenant_id, due_s, due_ns, id),
  INDEX crm_activity_modified (tenant_id, modified_s, modified_ns, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Lead assignment rules; their conditions and targets are in the record JSON.
CREATE TABLE crm_lead_assignment_rule (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  rule_position  BIGINT NOT NULL,
  active  BOOLEAN NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_lead_assignment_rule_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_lead_assignment_rule_position (tenant_id, rule_position, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- The deal history: append-only (rows are only inserted; version is always 1).
-- historyOf reads the unique key (tenant_id, deal_id, sequence_number); scans read crm_deal_change_time.
CREATE TABLE crm_deal_change (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  deal_id  BINARY(16) NOT NULL,
  sequence_number  BIGINT NOT NULL,
  action  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  stage_id  BINARY(16) NOT NULL,
  pipeline_id  BINARY(16) NOT NULL,
  at_s  BIGINT NOT NULL,
  at_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_deal_change_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT crm_deal_change_sequence UNIQUE (tenant_id, deal_id, sequence_number),
  INDEX crm_deal_change_time (tenant_id, at_s, at_ns, deal_id, sequence_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
