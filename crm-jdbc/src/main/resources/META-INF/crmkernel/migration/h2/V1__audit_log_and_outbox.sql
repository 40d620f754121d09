-- crmkernel schema, version 1 (H2 2.x): the audit log and the outbox.
-- Conventions of every crmkernel table:
--   * every primary key, unique key and index leads with tenant_id;
--   * ids are BINARY(16), the UUID's bytes, compared as unsigned 128-bit numbers;
--   * instants are two columns, *_s (epoch seconds) and *_ns (nanoseconds of the second);
--   * H2 compares VARCHAR in UTF-16 order: queries that sort or compare text by range compare
--     CAST(column AS VARBINARY), its UTF-8 bytes, which is code point order.

CREATE TABLE crm_audit_entry (
  tenant_id       BINARY(16)             NOT NULL,
  id              BINARY(16)             NOT NULL,
  occurred_s      BIGINT                 NOT NULL,
  occurred_ns     INT                    NOT NULL,
  actor           VARCHAR(64)            NOT NULL,
  operation       VARCHAR(32)            NOT NULL,
  record_kind     VARCHAR(32)            NOT NULL,
  record_id       BINARY(16)             NOT NULL,
  correlation_id  BINARY(16)             NOT NULL,
  changes         CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT crm_audit_entry_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_audit_entry_log ON crm_audit_entry (tenant_id, occurred_s, occurred_ns, id);
CREATE INDEX crm_audit_entry_record ON crm_audit_entry (tenant_id, record_kind, record_id, occurred_s, occurred_ns, id);
CREATE INDEX crm_audit_entry_correlation ON crm_audit_entry (tenant_id, correlation_id);

CREATE TABLE crm_outbox_message (
  tenant_id        BINARY(16)             NOT NULL,
  event_id         BINARY(16)             NOT NULL,
  type             VARCHAR(64)            NOT NULL,
  payload          CHARACTER LARGE OBJECT NOT NULL,
  occurred_s       BIGINT                 NOT NULL,
  occurred_ns      INT                    NOT NULL,
  attempts         INT                    NOT NULL,
  next_attempt_s   BIGINT                 NOT NULL,
  next_attempt_ns  INT                    NOT NULL,
  delivered_s      BIGINT,
  delivered_ns     INT,
  last_error       CHARACTER LARGE OBJECT,
  pending          BOOLEAN                NOT NULL,
  CONSTRAINT crm_outbox_message_pk PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX crm_outbox_message_due ON crm_outbox_message (tenant_id, pending, next_attempt_s, next_attempt_ns);
CREATE INDEX crm_outbox_message_delivered ON crm_outbox_message (tenant_id, pending, delivered_s);
