-- crmkernel schema, version 6 (H2 2.x): an index in the outbox's claim order.
-- A relay claims the oldest due messages of all tenants (ORDER BY occurred_s, occurred_ns,
-- event_id, tenant_id ... FOR UPDATE SKIP LOCKED); without an index in that order every claim
-- read and sorted all pending messages. This index does not lead with tenant_id, unlike the
-- others: the claim is across tenants by design. H2 has no partial indexes: pending leads, so
-- the delivered messages are one range apart.
CREATE INDEX crm_outbox_message_claim ON crm_outbox_message (pending, occurred_s, occurred_ns, event_id, tenant_id);
