-- crmkernel schema, version 1 (PostgreSQL 15+): the audit log and the outbox.
-- Conventions of every crmkernel table:
--   * every primary key, unique key and index leads with tenant_id (distribution by tenant, Citus);
--   * ids are uuid (compared as unsigned 128-bit numbers, the order of the store contract);
--   * instants are two columns, *_s (epoch seconds) and *_ns (nanoseconds of the second), exact to
--     the nanosecond and ordered by (s, ns);
--   * text that is compared or sorted uses COLLATE "C" (code point order).

CREATE TABLE crm_audit_entry (
  tenant_id       uuid         NOT NULL,
  id              uuid         NOT NULL,
  occurred_s      bigint       NOT NULL,
  occurred_ns     integer      NOT NULL,
  actor           varchar(64)  COLLATE "C" NOT NULL,
  operation       varchar(32)  COLLATE "C" NOT NULL,
  record_kind     varchar(32)  COLLATE "C" NOT NULL,
  record_id       uuid         NOT NULL,
  correlation_id  uuid         NOT NULL,
  changes         jsonb        NOT NULL,
  CONSTRAINT crm_audit_entry_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_audit_entry_log ON crm_audit_entry (tenant_id, occurred_s, occurred_ns, id);
CREATE INDEX crm_audit_entry_record ON crm_audit_entry (tenant_id, record_kind, record_id, occurred_s, occurred_ns, id);
CREATE INDEX crm_audit_entry_correlation ON crm_audit_entry (tenant_id, correlation_id);

CREATE TABLE crm_outbox_message (
  tenant_id        uuid          NOT NULL,
  event_id         uuid          NOT NULL,
  type             varchar(64)   COLLATE "C" NOT NULL,
  payload          text          NOT NULL,
  occurred_s       bigint        NOT NULL,
  occurred_ns      integer       NOT NULL,
  attempts         integer       NOT NULL,
  next_attempt_s   bigint        NOT NULL,
  next_attempt_ns  integer       NOT NULL,
  delivered_s      bigint,
  delivered_ns     integer,
  last_error       text,
  pending          boolean       NOT NULL,
  CONSTRAINT crm_outbox_message_pk PRIMARY KEY (tenant_id, event_id)
);
-- Relays claim due messages of all tenants; the partial index holds only the pending ones.
CREATE INDEX crm_outbox_message_due ON crm_outbox_message (tenant_id, next_attempt_s, next_attempt_ns)
  WHERE pending;
CREATE INDEX crm_outbox_message_delivered ON crm_outbox_message (tenant_id, delivered_s) WHERE NOT pending;
