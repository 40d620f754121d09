-- crmkernel schema, version 5 (MariaDB 10.11+): closure tables of the business unit tree and of
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
  CONSTRAINT crm_unit_closure_pk PRIMARY KEY (tenant_id, ancestor_id, descendant_id),
  INDEX crm_unit_closure_descendant (tenant_id, descendant_id, ancestor_id, depth)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE crm_manager_closure (
  tenant_id  BINARY(16) NOT NULL,
  manager_id  BINARY(16) NOT NULL,
  report_id  BINARY(16) NOT NULL,
  depth  INTEGER NOT NULL,
  CONSTRAINT crm_manager_closure_pk PRIMARY KEY (tenant_id, manager_id, report_id),
  INDEX crm_manager_closure_depth (tenant_id, manager_id, depth, report_id),
  INDEX crm_manager_closure_report (tenant_id, report_id, manager_id, depth)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- The closures of the rows stored so far. The kernel never stores a cycle; should the data hold
-- one all the same, the walk is cut after as many steps as the table has rows (no acyclic chain
-- is longer) and the shortest depth is kept.
INSERT INTO crm_unit_closure (tenant_id, ancestor_id, descendant_id, depth)
WITH RECURSIVE chain(tenant_id, ancestor_id, descendant_id, depth) AS (
  SELECT u.tenant_id, u.id, u.id, 0 FROM crm_business_unit u
  UNION ALL
  SELECT c.tenant_id, u.parent_id, c.descendant_id, c.depth + 1
  FROM chain c JOIN crm_business_unit u ON u.tenant_id = c.tenant_id AND u.id = c.ancestor_id
  WHERE u.parent_id IS NOT NULL AND c.depth < (SELECT COUNT(*) FROM crm_business_unit))
SELECT tenant_id, ancestor_id, descendant_id, MIN(depth) FROM chain GROUP BY tenant_id, ancestor_id, descendant_id;

INSERT INTO crm_manager_closure (tenant_id, manager_id, report_id, depth)
WITH RECURSIVE chain(tenant_id, manager_id, report_id, depth) AS (
  SELECT u.tenant_id, u.id, u.id, 0 FROM crm_user u
  UNION ALL
  SELECT c.tenant_id, u.manager_id, c.report_id, c.depth + 1
  FROM chain c JOIN crm_user u ON u.tenant_id = c.tenant_id AND u.id = c.manager_id
  WHERE u.manager_id IS NOT NULL AND c.depth < (SELECT COUNT(*) FROM crm_user))
SELECT tenant_id, manager_id, report_id, MIN(depth) FROM chain GROUP BY tenant_id, manager_id, report_id;

