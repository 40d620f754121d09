-- crmkernel schema, version 7 (PostgreSQL 15+): text values of the value table indexed, so that
-- look-ups by e-mail, phone or a custom text (lead conversion candidates, duplicate checks) read
-- an index instead of every value of the field. A B-tree entry cannot hold a long text, so the
-- index holds its first 200 characters; equalities compare that key as well as the whole text.
CREATE INDEX crm_field_value_text ON crm_field_value (tenant_id, record_kind, field, left(value_text, 200));
