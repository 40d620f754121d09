-- crmkernel schema, version 7 (H2 2.x): text values of the value table indexed, so that look-ups
-- by e-mail, phone or a custom text read an index. H2 indexes the whole text.
CREATE INDEX crm_field_value_text ON crm_field_value (tenant_id, record_kind, field, value_text);
