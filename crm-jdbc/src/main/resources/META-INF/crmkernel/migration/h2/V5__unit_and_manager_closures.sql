-- crmkernel schema, version 5 (H2 2.x): closure tables of the business unit tree and of
-- the manager chains, which the visibility reads and the access graph read instead of walking
-- parent_id and manager_id. Maintained by the business unit and user stores in the same unit of
-- work as the rows (a moved subtree rewrites closure rows only).
--
-- A row (ancestor, descendant, depth) says that walking up from the stored node `descendant`
-- reaches `ancestor` after `depth` steps. Every stored node is its own ancestor at depth 0, so a
-- unit tree is "descendant of the root" in one lookup; a direct report is depth 1. The walk ends
-- at a node without a parent or at a parent that is not stored (that parent is still an
-- ancestor, as the walk compares it before reading its row), so only stored nodes are
-- descendants, while an ancestor may be a unit or user not (or no longer) stored.

CREATE TABLE crm_unit_closure (
  tenant_id  BINARY(16) NOT NULL,
  ancestor_id  BINARY(16) NOT NULL,
  descendant_id  BINARY(16) NOT NULL,
  depth  INTEGER NOT NULL,
  CONSTRAINT crm_unit_closure_pk PRIMARY KEY (tenant_id, ancestor_id, descendant_id)
);
CREATE INDEX crm_unit_closure_descendant ON crm_unit_closure (tenant_id, descendant_id, ancestor_id, depth);

CREATE TABLE crm_manager_closure (
  tenant_id  BINARY(16) NOT NULL,
  manager_id  BINARY(16) NOT NULL,
  report_id  BINARY(16) NOT NULL,
  depth  INTEGER NOT NULL,
  CONSTRAINT crm_manager_closure_pk PRIMARY KEY (tenant_id, manager_id, report_id)
);
CREATE INDEX crm_manager_closure_depth ON crm_manager_closure (tenant_id, manager_id, depth, report_id);
CREATE INDEX crm_manager_closure_report ON crm_manager_closure (tenant_id, report_id, manager_id, depth);

-- The closures of the rows stored so far. The kernel never stores a cycle; should the data hold
-- one all the same, the walk is cut after as many steps as the table has rows (no acyclic chain
-- is longer) and the shortest depth is kept. H2 types the columns of a recursive expression as
-- text in its recursive part, so there they are cast.
INSERT INTO crm_unit_closure (tenant_id, ancestor_id, descendant_id, depth)
WITH RECURSIVE chain(tenant_id, ancestor_id, descendant_id, depth) AS (
  SELECT u.tenant_id, u.id, u.id, 0 FROM crm_business_unit u
  UNION ALL
  SELECT u.tenant_id, u.parent_id, CAST(c.descendant_id AS BINARY(16)), CAST(c.depth AS INTEGER) + 1
  FROM chain c JOIN crm_business_unit u
    ON u.tenant_id = CAST(c.tenant_id AS BINARY(16)) AND u.id = CAST(c.ancestor_id AS BINARY(16))
  WHERE u.parent_id IS NOT NULL AND CAST(c.depth AS INTEGER) < (SELECT COUNT(*) FROM crm_business_unit))
SELECT tenant_id, ancestor_id, descendant_id, MIN(depth) FROM chain GROUP BY tenant_id, ancestor_id, descendant_id;

INSERT INTO crm_manager_closure (tenant_id, manager_id, report_id, depth)
WITH RECURSIVE chain(tenant_id, manager_id, report_id, depth) AS (
  SELECT u.tenant_id, u.id, u.id, 0 FROM crm_user u
  UNION ALL
  SELECT u.tenant_id, u.manager_id, CAST(c.report_id AS BINARY(16)), CAST(c.depth AS INTEGER) + 1
  FROM chain c JOIN crm_user u
    ON u.tenant_id = CAST(c.tenant_id AS BINARY(16)) AND u.id = CAST(c.manager_id AS BINARY(16))
  WHERE u.manager_id IS NOT NULL AND CAST(c.depth AS INTEGER) < (SELECT COUNT(*) FROM crm_user))
SELECT tenant_id, manager_id, report_id, MIN(depth) FROM chain GROUP BY tenant_id, manager_id, report_id;

