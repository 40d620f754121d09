-- crmkernel schema, version 2 (PostgreSQL 15+): accounts, contacts, leads and the value table.
-- Same conventions as version 1: tenant_id leads every key and index; ids uuid; instants as
-- (*_s, *_ns); text COLLATE "C" (code point order); the whole record as jsonb.

CREATE TABLE crm_account (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  website  text COLLATE "C",
  industry  text COLLATE "C",
  employee_count  bigint,
  annual_revenue  numeric(42, 18),
  annual_revenue_currency  text COLLATE "C",
  parent_account_id  uuid,
  owner_id  uuid NOT NULL,
  owning_unit_id  uuid NOT NULL,
  state  text COLLATE "C" NOT NULL,
  created_s  bigint NOT NULL,
  created_ns  integer NOT NULL,
  modified_s  bigint NOT NULL,
  modified_ns  integer NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_account_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_account_name ON crm_account (tenant_id, name, id);
CREATE INDEX crm_account_owner ON crm_account (tenant_id, owner_id);
CREATE INDEX crm_account_unit ON crm_account (tenant_id, owning_unit_id);
CREATE INDEX crm_account_parent ON crm_account (tenant_id, parent_account_id);
CREATE INDEX crm_account_modified ON crm_account (tenant_id, modified_s, modified_ns, id);

CREATE TABLE crm_contact (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  last_name  text COLLATE "C" NOT NULL,
  first_name  text COLLATE "C",
  job_title  text COLLATE "C",
  birth_date  date,
  account_id  uuid,
  owner_id  uuid NOT NULL,
  owning_unit_id  uuid NOT NULL,
  state  text COLLATE "C" NOT NULL,
  created_s  bigint NOT NULL,
  created_ns  integer NOT NULL,
  modified_s  bigint NOT NULL,
  modified_ns  integer NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_contact_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_contact_name ON crm_contact (tenant_id, last_name, id);
CREATE INDEX crm_contact_owner ON crm_contact (tenant_id, owner_id);
CREATE INDEX crm_contact_unit ON crm_contact (tenant_id, owning_unit_id);
CREATE INDEX crm_contact_account ON crm_contact (tenant_id, account_id);
CREATE INDEX crm_contact_modified ON crm_contact (tenant_id, modified_s, modified_ns, id);

CREATE TABLE crm_lead (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  last_name  text COLLATE "C" NOT NULL,
  first_name  text COLLATE "C",
  company  text COLLATE "C",
  country  text COLLATE "C",
  postal_code  text COLLATE "C",
  industry  text COLLATE "C",
  source  text COLLATE "C",
  status  text COLLATE "C" NOT NULL,
  owner_id  uuid NOT NULL,
  owning_unit_id  uuid NOT NULL,
  state  text COLLATE "C" NOT NULL,
  created_s  bigint NOT NULL,
  created_ns  integer NOT NULL,
  modified_s  bigint NOT NULL,
  modified_ns  integer NOT NULL,
  record  jsonb NOT NULL,
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
  tenant_id  uuid NOT NULL,
  record_kind  varchar(32) COLLATE "C" NOT NULL,
  record_id  uuid NOT NULL,
  field  varchar(128) COLLATE "C" NOT NULL,
  ordinal  integer NOT NULL,
  value_text  text COLLATE "C",
  value_int  bigint,
  value_dec  numeric(42, 18),
  value_date  date,
  value_s  bigint,
  value_ns  integer,
  value_bool  boolean,
  value_uuid  uuid,
  CONSTRAINT crm_field_value_pk PRIMARY KEY (tenant_id, record_kind, record_id, field, ordinal)
);
CREATE INDEX crm_field_value_int ON crm_field_value (tenant_id, record_kind, field, value_int);
CREATE INDEX crm_field_value_dec ON crm_field_value (tenant_id, record_kind, field, value_dec);
CREATE INDEX crm_field_value_date ON crm_field_value (tenant_id, record_kind, field, value_date);
CREATE INDEX crm_field_value_instant ON crm_field_value (tenant_id, record_kind, field, value_s, value_ns);
CREATE INDEX crm_field_value_uuid ON crm_field_value (tenant_id, record_kind, field, value_uuid);
-- Text values are not indexed by value: a long custom text would exceed the index entry limits
-- (PostgreSQL's 2704 bytes, MariaDB's 3072); lookups by text go through the primary key per record.
