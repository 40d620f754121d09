-- crmkernel schema, version 1 (MariaDB 10.11+): the audit log and the outbox.
-- Conventions of every crmkernel table:
--   * every primary key, unique key and index leads with tenant_id (distribution by tenant);
--   * ids are BINARY(16), the UUID's bytes, compared as unsigned 128-bit numbers;
--   * instants are two columns, *_s (epoch seconds) and *_ns (nanoseconds of the second);
--   * compared or sorted text uses utf8mb4_nopad_bin (code point order, trailing spaces count).

CREATE TABLE crm_audit_entry (
  tenant_id       BINARY(16)   NOT NULL,
  id              BINARY(16)   NOT NULL,
  occurred_s      BIGINT       NOT NULL,
  occurred_ns     INT          NOT NULL,
  actor           VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  operation       VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  record_kind     VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  record_id       BINARY(16)   NOT NULL,
  correlation_id  BINARY(16)   NOT NULL,
  changes         LONGTEXT     CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  CONSTRAINT crm_audit_entry_pk PRIMARY KEY (tenant_id, id),
  INDEX crm_audit_entry_log (tenant_id, occurred_s, occurred_ns, id),
  INDEX crm_audit_entry_record (tenant_id, record_kind, record_id, occurred_s, occurred_ns, id),
  INDEX crm_audit_entry_correlation (tenant_id, correlation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE crm_outbox_message (
  tenant_id        BINARY(16)    NOT NULL,
  event_id         BINARY(16)    NOT NULL,
  type             VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  payload          LONGTEXT      CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  occurred_s       BIGINT        NOT NULL,
  occurred_ns      INT           NOT NULL,
  attempts         INT           NOT NULL,
  next_attempt_s   BIGINT        NOT NULL,
  next_attempt_ns  INT           NOT NULL,
  delivered_s      BIGINT,
  delivered_ns     INT,
  last_error       LONGTEXT      CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  pending          BOOLEAN       NOT NULL,
  CONSTRAINT crm_outbox_message_pk PRIMARY KEY (tenant_id, event_id),
  INDEX crm_outbox_message_due (tenant_id, pending, next_attempt_s, next_attempt_ns),
  INDEX crm_outbox_message_delivered (tenant_id, pending, delivered_s)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
