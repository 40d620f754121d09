-- crmkernel schema, version 2 (H2 2.x): accounts, contacts, leads and the value table.
-- Same conventions as version 1: tenant_id leads every key and index; ids BINARY(16); instants
-- as (*_s, *_ns); queries compare text as CAST(... AS VARBINARY) (code point order); text columns
-- have no length, since H2 counts UTF-16 units and the model limits code points.

CREATE TABLE crm_account (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  CHARACTER VARYING NOT NULL,
  website  CHARACTER VARYING,
  industry  CHARACTER VARYING,
  employee_count  BIGINT,
  annual_revenue  NUMERIC(42, 18),
  annual_revenue_currency  CHARACTER VARYING,
  parent_account_id  BINARY(16),
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  CHARACTER VARYING NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_account_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_account_name ON crm_account (tenant_id, name, id);
CREATE INDEX crm_account_owner ON crm_account (tenant_id, owner_id);
CREATE INDEX crm_account_unit ON crm_account (tenant_id, owning_unit_id);
CREATE INDEX crm_account_parent ON crm_account (tenant_id, parent_account_id);
CREATE INDEX crm_account_modified ON crm_account (tenant_id, modified_s, modified_ns, id);

CREATE TABLE crm_contact (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  last_name  CHARACTER VARYING NOT NULL,
  first_name  CHARACTER VARYING,
  job_title  CHARACTER VARYING,
  birth_date  DATE,
  account_id  BINARY(16),
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  CHARACTER VARYING NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_contact_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_contact_name ON crm_contact (tenant_id, last_name, id);
CREATE INDEX crm_contact_owner ON crm_contact (tenant_id, owner_id);
CREATE INDEX crm_contact_unit ON crm_contact (tenant_id, owning_unit_id);
CREATE INDEX crm_contact_account ON crm_contact (tenant_id, account_id);
CREATE INDEX crm_contact_modified ON crm_contact (tenant_id, modified_s, modified_ns, id);

CREATE TABLE crm_lead (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  last_name  CHARACTER VARYING NOT NULL,
  first_name  CHARACTER VARYING,
  company  CHARACTER VARYING,
  country  CHARACTER VARYING,
  postal_code  CHARACTER VARYING,
  industry  CHARACTER VARYING,
  source  CHARACTER VARYING,
  status  CHARACTER VARYING NOT NULL,
  owner_id  BINARY(16) NOT NULL,
  owning_unit_id  BINARY(16) NOT NULL,
  state  CHARACTER VARYING NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  modified_s  BIGINT NOT NULL,
  modified_ns  INT NOT NULL,
  record  CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_lead_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_lead_name ON crm_lead (tenant_id, last_name, id);
CREATE INDEX crm_lead_owner ON crm_lead (tenant_id, owner_id);
CREATE INDEX crm_lead_unit ON crm_lead (tenant_id, owning_unit_id);
CREATE INDEX crm_lead_status ON crm_lead (tenant_id, status, id);
CREATE INDEX crm_lead_modified ON crm_lead (tenant_id, modified_s, modified_ns, id);

-- Multi-valued standard fields (e-mails, phones, cities, ...) and custom field values, one row
-- per value, in the column of its type (the others NULL); queries test them with EXISTS.
-- field is the field's name (custom fields: custom.<apiName>); ordinal its position.
CREATE TABLE crm_field_value (
  tenant_id  BINARY(16) NOT NULL,
  record_kind  VARCHAR(32) NOT NULL,
  record_id  BINARY(16) NOT NULL,
  field  VARCHAR(128) NOT NULL,
  ordinal  INT NOT NULL,
  value_text  CHARACTER VARYING,
  value_int  BIGINT,
  value_dec  NUMERIC(42, 18),
  value_date  DATE,
  value_s  BIGINT,
  value_ns  INT,
  value_bool  BOOLEAN,
  value_uuid  BINARY(16),
  CONSTRAINT crm_field_value_pk PRIMARY KEY (tenant_id, record_kind, record_id, field, ordinal)
);
CREATE INDEX crm_field_value_int ON crm_field_value (tenant_id, record_kind, field, value_int);
CREATE INDEX crm_field_value_dec ON crm_field_value (tenant_id, record_kind, field, value_dec);
CREATE INDEX crm_field_value_date ON crm_field_value (tenant_id, record_kind, field, value_date);
CREATE INDEX crm_field_value_instant ON crm_field_value (tenant_id, record_kind, field, value_s, value_ns);
CREATE INDEX crm_field_value_uuid ON crm_field_value (tenant_id, record_kind, field, value_uuid);
-- Text values are not indexed by value: a long custom text would exceed the index entry limits
-- (PostgreSQL's 2704 bytes, MariaDB's 3072); lookups by text go through the primary key per record.
