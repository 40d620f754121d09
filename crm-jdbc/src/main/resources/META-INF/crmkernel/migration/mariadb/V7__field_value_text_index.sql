-- crmkernel schema, version 7 (MariaDB 10.11+): text values of the value table indexed by their
-- first 200 characters (a whole LONGTEXT cannot be indexed), which serves equalities as written,
-- so that look-ups by e-mail, phone or a custom text read an index.
CREATE INDEX crm_field_value_text ON crm_field_value (tenant_id, record_kind, field, value_text(200));
