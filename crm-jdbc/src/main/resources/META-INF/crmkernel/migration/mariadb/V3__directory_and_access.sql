-- crmkernel schema, version 3 (MariaDB 10.11+): the directory (business units, users, teams), custom
-- field definitions, and the access stores (security roles, record shares, field security
-- profiles, access settings). Same conventions as versions 1 and 2: tenant_id leads every key and
-- index; ids BINARY(16); instants as (*_s, *_ns); text utf8mb4_nopad_bin; the record as JSON text.

-- Business units (the unit tree: parent_id).
CREATE TABLE crm_business_unit (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  parent_id  BINARY(16),
  active  BOOLEAN NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_business_unit_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_business_unit_parent (tenant_id, parent_id),
  INDEX crm_business_unit_name (tenant_id, name, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Users; their role ids go to crm_field_value (field roleId).
CREATE TABLE crm_user (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  full_name  VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  email  VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  business_unit_id  BINARY(16) NOT NULL,
  manager_id  BINARY(16),
  active  BOOLEAN NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_user_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_user_email (tenant_id, email),
  INDEX crm_user_unit (tenant_id, business_unit_id),
  INDEX crm_user_manager (tenant_id, manager_id),
  INDEX crm_user_name (tenant_id, full_name, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Teams; members and role ids go to crm_field_value (fields memberId, roleId), whose
-- index crm_field_value_uuid finds a user's teams.
CREATE TABLE crm_team (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  type  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  business_unit_id  BINARY(16) NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_team_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_team_unit (tenant_id, business_unit_id),
  INDEX crm_team_name (tenant_id, name, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Custom field definitions: the API name is unique per tenant and record kind (retired ones too).
CREATE TABLE crm_field_definition (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  record_kind  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  api_name  VARCHAR(63) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  label  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  retired  BOOLEAN NOT NULL,
  created_s  BIGINT NOT NULL,
  created_ns  INT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_field_definition_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT crm_field_definition_api_name UNIQUE (tenant_id, record_kind, api_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Security roles.
CREATE TABLE crm_security_role (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_security_role_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_security_role_name (tenant_id, name, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Shares of owned records: one per record and grantee (grantee_kind USER or TEAM).
CREATE TABLE crm_record_share (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  record_kind  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  record_id  BINARY(16) NOT NULL,
  grantee_kind  VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  grantee_id  BINARY(16) NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_record_share_pk PRIMARY KEY (tenant_id, id),
  CONSTRAINT crm_record_share_record_grantee UNIQUE (tenant_id, record_kind, record_id, grantee_kind, grantee_id),
  INDEX crm_record_share_grantee (tenant_id, grantee_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Field security profiles.
CREATE TABLE crm_field_security_profile (
  tenant_id  BINARY(16) NOT NULL,
  id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  name  VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_field_security_profile_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_field_security_profile_name (tenant_id, name, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Each tenant's access settings: one row, its version advanced by one on every save.
CREATE TABLE crm_access_settings (
  tenant_id  BINARY(16) NOT NULL,
  version  BIGINT NOT NULL,
  record  LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_access_settings_pk PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
