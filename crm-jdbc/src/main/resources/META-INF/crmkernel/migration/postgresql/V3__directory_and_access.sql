-- crmkernel schema, version 3 (PostgreSQL 15+): the directory (business units, users, teams), custom
-- field definitions, and the access stores (security roles, record shares, field security
-- profiles, access settings). Same conventions as versions 1 and 2: tenant_id leads every key and
-- index; ids uuid; instants as (*_s, *_ns); text COLLATE "C"; the whole record as jsonb.

-- Business units (the unit tree: parent_id).
CREATE TABLE crm_business_unit (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  parent_id  uuid,
  active  boolean NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_business_unit_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_business_unit_parent ON crm_business_unit (tenant_id, parent_id);
CREATE INDEX crm_business_unit_name ON crm_business_unit (tenant_id, name, id);

-- Users; their role ids go to crm_field_value (field roleId).
CREATE TABLE crm_user (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  full_name  text COLLATE "C" NOT NULL,
  email  text COLLATE "C" NOT NULL,
  business_unit_id  uuid NOT NULL,
  manager_id  uuid,
  active  boolean NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_user_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_user_email ON crm_user (tenant_id, email);
CREATE INDEX crm_user_unit ON crm_user (tenant_id, business_unit_id);
CREATE INDEX crm_user_manager ON crm_user (tenant_id, manager_id);
CREATE INDEX crm_user_name ON crm_user (tenant_id, full_name, id);

-- Teams; members and role ids go to crm_field_value (fields memberId, roleId), whose
-- index crm_field_value_uuid finds a user's teams.
CREATE TABLE crm_team (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  type  text COLLATE "C" NOT NULL,
  business_unit_id  uuid NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_team_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_team_unit ON crm_team (tenant_id, business_unit_id);
CREATE INDEX crm_team_name ON crm_team (tenant_id, name, id);

-- Custom field definitions: the API name is unique per tenant and record kind (retired ones too).
CREATE TABLE crm_field_definition (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  record_kind  text COLLATE "C" NOT NULL,
  api_name  text COLLATE "C" NOT NULL,
  label  text COLLATE "C" NOT NULL,
  retired  boolean NOT NULL,
  created_s  bigint NOT NULL,
  created_ns  integer NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_field_definition_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT crm_field_definition_api_name UNIQUE (tenant_id, record_kind, api_name)
);

-- Security roles.
CREATE TABLE crm_security_role (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_security_role_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_security_role_name ON crm_security_role (tenant_id, name, id);

-- Shares of owned records: one per record and grantee (grantee_kind USER or TEAM).
CREATE TABLE crm_record_share (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  record_kind  text COLLATE "C" NOT NULL,
  record_id  uuid NOT NULL,
  grantee_kind  text COLLATE "C" NOT NULL,
  grantee_id  uuid NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_record_share_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT crm_record_share_record_grantee UNIQUE (tenant_id, record_kind, record_id, grantee_kind, grantee_id)
);
CREATE INDEX crm_record_share_grantee ON crm_record_share (tenant_id, grantee_id);

-- Field security profiles.
CREATE TABLE crm_field_security_profile (
  tenant_id  uuid NOT NULL,
  id  uuid NOT NULL,
  version  bigint NOT NULL,
  name  text COLLATE "C" NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_field_security_profile_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_field_security_profile_name ON crm_field_security_profile (tenant_id, name, id);

-- Each tenant's access settings: one row, its version advanced by one on every save.
CREATE TABLE crm_access_settings (
  tenant_id  uuid NOT NULL,
  version  bigint NOT NULL,
  record  jsonb NOT NULL,
  CONSTRAINT crm_access_settings_pk PRIMARY KEY (tenant_id)
);
