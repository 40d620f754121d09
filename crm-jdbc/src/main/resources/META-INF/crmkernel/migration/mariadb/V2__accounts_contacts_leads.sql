-- crmkernel schema, version 2 (MariaDB 10.11+): accounts, contacts, leads and the value table.
-- Same conventions as version 1: tenant_id leads every key and index; ids BINARY(16); instants
-- as (*_s, *_ns); text utf8mb4_nopad_bin (code point order); the whole record as JSON text.

CREATE TABLE crm_account (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  website  VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  industry  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  employee_count  BIGINT,
  annual_revenue  DECIMAL(42, 18),
  annual_revenue_currency  VARCHAR(3) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  parent_account_id  BINARY(16),
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_account_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_account_name (tenant_id, name, id),
  INDEX crm_account_owner (tenant_id, owner_id),
  INDEX crm_account_unit (tenant_id, owning_unit_id),
  INDEX crm_account_parent (tenant_id, parent_account_id),
  INDEX crm_account_modified (tenant_id, modified_s, modified_ns, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE crm_contact (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  last_name  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  first_name  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  job_title  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  birth_date  DATE,
  account_id  BINARY(16),
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_contact_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_contact_name (tenant_id, last_name, id),
  INDEX crm_contact_owner (tenant_id, owner_id),
  INDEX crm_contact_unit (tenant_id, owning_unit_id),
  INDEX crm_contact_account (tenant_id, account_id),
  INDEX crm_contact_modified (tenant_id, modified_s, modified_ns, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE crm_lead (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  last_name  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  first_name  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  company  VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  country  VARCHAR(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  postal_code  VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  industry  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  source  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  status  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_lead_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_lead_name (tenant_id, last_name, id),
  INDEX crm_lead_owner (tenant_id, owner_id),
  INDEX crm_lead_unit (tenant_id, owning_unit_id),
  INDEX crm_lead_status (tenant_id, status, id),
  INDEX crm_lead_modified (tenant_id, modified_s, modified_ns, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Multi-valued standard fields (e-mails, phones, cities, ...) and custom field values, one row
-- per value, in the column of its type (the others NULL); queries test them with EXISTS.
-- field is the field's name (custom fields: custom.<apiName>); ordinal its position.
CREATE TABLE crm_field_value (
  tenant_id  BINARY(16) NOT NULL,
  record_kind  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  record_id  BINARY(16) NOT NULL,
  field  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  ordinal  INT NOT NULL,
  value_text  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  value_int  BIGINT,
  value_dec  DECIMAL(42, 18),
  value_date  DATE,
  value_s  BIGINT,
  value_ns  INT,
  value_bool  BOOLEAN,
  value_uuid  BINARY(16),
  CONSTRAINT crm_field_value_pk PRIMARY KEY (tenant_id, record_kind, record_id, field, ordinal),
  INDEX crm_field_value_int (tenant_id, record_kind, field, value_int),
  INDEX crm_field_value_dec (tenant_id, record_kind, field, value_dec),
  INDEX crm_field_value_date (tenant_id, record_kind, field, value_date),
  INDEX crm_field_value_instant (tenant_id, record_kind, field, value_s, value_ns),
  INDEX crm_field_value_uuid (tenant_id, record_kind, field, value_uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
-- Text values are not indexed by value: a long custom text would exceed the index entry limits
-- (PostgreSQL's 2704 bytes, MariaDB's 3072); lookups by text go through the primary key per record.
