package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.id.TenantId;

/**
 * The closure table of a forest stored as parent references (the business unit tree over {@code
 * parent_id}, the manager chains over {@code manager_id}), kept equal to what walking the
 * references upwards gives: a row (ancestor, descendant, depth) for every stored node and every
 * node its walk reaches, the node itself at depth 0, its parent at depth 1. A walk ends at a node
 * without a parent or at a parent that is not stored, which still counts as an ancestor (so a
 * child stored before its parent, or left behind by a deleted one, keeps its place under it).
 *
 * <p>Every change is a few set-based statements, whatever the size of the subtree: a node joins
 * with its depth-0 row; a new parent reference inserts the cross product of the parent's
 * ancestors (the parent included) and the node's subtree; a dropped one deletes the rows that link
 * the subtree to the node's ancestors, so a moved subtree keeps its inner rows and no other table
 * is touched. A reference that would close a cycle is refused before anything is written. Two
 * concurrent changes of one tenant's forest are not serialised here: the kernel stores the
 * tenant's next access settings version in every directory change, which does.
 */
final class ClosureTable {

  /** The business unit tree. */
  static final ClosureTable UNITS = new ClosureTable("crm_unit_closure", "ancestor_id", "descendant_id", "parentId",
      "unit");

  /** The manager chains. */
  static final ClosureTable MANAGERS = new ClosureTable("crm_manager_closure", "manager_id", "report_id", "managerId",
      "user");

  /** Table, ancestor column, descendant column. */
  private static final String ADD_NODE = "INSERT INTO %1$s (tenant_id, %2$s, %3$s, depth) VALUES (?, ?, ?, 0)";

  /**
   * Table, ancestor column, descendant column, the parent as a parameter: the parent and its
   * ancestors above every node of the subtree of the node whose reference is added.
   */
  private static final String LINK = """
      INSERT INTO %1$s (tenant_id, %2$s, %3$s, depth)
      SELECT below.tenant_id, above.%2$s, below.%3$s, above.depth + below.depth + 1
      FROM %1$s below JOIN (
        SELECT %2$s, depth FROM %1$s WHERE tenant_id = ? AND %3$s = ? AND depth > 0
        UNION ALL
        SELECT %4$s, 0) above ON 1 = 1
      WHERE below.tenant_id = ? AND below.%2$s = ?""";

  /** Table, ancestor column, descendant column: the rows linking the node's subtree to the node's ancestors. */
  private static final String UNLINK = """
      DELETE FROM %1$s WHERE tenant_id = ?
      AND %3$s IN (SELECT %3$s FROM %1$s WHERE tenant_id = ? AND %2$s = ?)
      AND %2$s IN (SELECT %2$s FROM %1$s WHERE tenant_id = ? AND %3$s = ? AND depth > 0)""";

  /** Table, ancestor column, descendant column. */
  private static final String REMOVE_NODE = "DELETE FROM %1$s WHERE tenant_id = ? AND %2$s = ? AND %3$s = ? AND depth = 0";

  /** Table, ancestor column, descendant column, marks of the descendants, marks of the ancestors. */
  private static final String ANCESTORS_AMONG = """
      SELECT %2$s, %3$s FROM %1$s WHERE tenant_id = ? AND %3$s IN (%4$s) AND %2$s IN (%5$s)""";

  /** Most ids bound in one statement of the cycle check, within every database's limit. */
  private static final int CHUNK = 500;

  private final String table;
  private final String ancestor;
  private final String descendant;
  private final String field;
  private final String noun;

  private ClosureTable(String table, String ancestor, String descendant, String field, String noun) {
    this.table = table;
    this.ancestor = ancestor;
    this.descendant = descendant;
    this.field = field;
    this.noun = noun;
  }

  /**
   * Fails with a {@link CrmValidationException} if giving the {@code nodes} (not yet linked to a
   * parent, or about to be relinked) the parents they map to would make one of them its own
   * ancestor; reads only. Every node on a cycle is named.
   */
  void checkAcyclic(UnitOfWork unit, TenantId tenant, Map<UUID, Optional<UUID>> nodes) {
    Map<UUID, UUID> parents = new LinkedHashMap<>();
    nodes.forEach((node, parent) -> parent.ifPresent(p -> parents.put(node, p)));
    if (parents.isEmpty()) {
      return;
    }
    // Outside the batch the stored forest has no cycle, so a cycle passes through the batch: from
    // a node, the next batch node up is its parent, or a batch node above the parent's stored walk.
    Set<UUID> exits = new LinkedHashSet<>();
    parents.values().forEach(parent -> {
      if (!nodes.containsKey(parent)) {
        exits.add(parent);
      }
    });
    Map<UUID, Set<UUID>> batchAncestors = batchAncestorsOf(unit, tenant, new ArrayList<>(exits),
        new ArrayList<>(nodes.keySet()));
    Map<UUID, Set<UUID>> up = new HashMap<>();
    parents.forEach((node, parent) -> up.put(node,
        nodes.containsKey(parent) ? Set.of(parent) : batchAncestors.getOrDefault(parent, Set.of())));
    List<Violation> violations = new ArrayList<>();
    for (UUID node : parents.keySet()) {
      if (reaches(up, node, node)) {
        violations.add(new Violation(field, "cycle", "the " + noun + " " + node + " would be its own ancestor"));
      }
    }
    if (!violations.isEmpty()) {
      throw new CrmValidationException(violations);
    }
  }

  /** Adds stored nodes (their depth-0 rows), then their parent references, as one set of statements per node. */
  void insert(UnitOfWork unit, TenantId tenant, Map<UUID, Optional<UUID>> nodes) {
    if (nodes.isEmpty()) {
      return;
    }
    unit.sql("adding nodes to " + table, connection -> {
      try (PreparedStatement insert = connection.prepareStatement(ADD_NODE.formatted(table, ancestor, descendant))) {
        for (UUID node : nodes.keySet()) {
          unit.dialect().bindUuid(insert, 1, tenant.value());
          unit.dialect().bindUuid(insert, 2, node);
          unit.dialect().bindUuid(insert, 3, node);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
    Map<UUID, UUID> links = new LinkedHashMap<>();
    nodes.forEach((node, parent) -> parent.ifPresent(p -> links.put(node, p)));
    link(unit, tenant, links);
  }

  /** Moves {@code node}'s subtree from under {@code from} to under {@code to}; nothing if they are the same. */
  void move(UnitOfWork unit, TenantId tenant, UUID node, Optional<UUID> from, Optional<UUID> to) {
    if (from.equals(to)) {
      return;
    }
    if (from.isPresent()) {
      unlink(unit, tenant, node);
    }
    to.ifPresent(parent -> link(unit, tenant, Map.of(node, parent)));
  }

  /**
   * Removes a deleted node: its subtree leaves the node's ancestors but stays under the node,
   * which its children still name as their parent; the node's own rows go.
   */
  void remove(UnitOfWork unit, TenantId tenant, UUID node) {
    unlink(unit, tenant, node);
    unit.sql("removing a node from " + table, connection -> {
      try (PreparedStatement delete = connection.prepareStatement(REMOVE_NODE.formatted(table, ancestor, descendant))) {
        unit.dialect().bindUuid(delete, 1, tenant.value());
        unit.dialect().bindUuid(delete, 2, node);
        unit.dialect().bindUuid(delete, 3, node);
        return delete.executeUpdate();
      }
    });
  }

  /**
   * Puts each node's subtree under its parent and the parent's ancestors: one statement per
   * reference, each run on its own (MariaDB's batch protocol refuses {@code INSERT ... SELECT}).
   */
  private void link(UnitOfWork unit, TenantId tenant, Map<UUID, UUID> parents) {
    if (parents.isEmpty()) {
      return;
    }
    String sql = LINK.formatted(table, ancestor, descendant, unit.dialect().idParameter());
    unit.sql("linking nodes in " + table, connection -> {
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (Map.Entry<UUID, UUID> link : parents.entrySet()) {
          unit.dialect().bindUuid(insert, 1, tenant.value());
          unit.dialect().bindUuid(insert, 2, link.getValue());
          unit.dialect().bindUuid(insert, 3, link.getValue());
          unit.dialect().bindUuid(insert, 4, tenant.value());
          unit.dialect().bindUuid(insert, 5, link.getKey());
          insert.executeUpdate();
        }
      }
      return null;
    });
  }

  /** Deletes the rows linking {@code node}'s subtree (the node included) to the node's ancestors. */
  private void unlink(UnitOfWork unit, TenantId tenant, UUID node) {
    unit.sql("unlinking a node in " + table, connection -> {
      try (PreparedStatement delete = connection.prepareStatement(UNLINK.formatted(table, ancestor, descendant))) {
        unit.dialect().bindUuid(delete, 1, tenant.value());
        unit.dialect().bindUuid(delete, 2, tenant.value());
        unit.dialect().bindUuid(delete, 3, node);
        unit.dialect().bindUuid(delete, 4, tenant.value());
        unit.dialect().bindUuid(delete, 5, node);
        return delete.executeUpdate();
      }
    });
  }

  /** For each of {@code descendants}, those of {@code candidates} among its stored ancestors. */
  private Map<UUID, Set<UUID>> batchAncestorsOf(UnitOfWork unit, TenantId tenant, List<UUID> descendants,
      List<UUID> candidates) {
    Map<UUID, Set<UUID>> found = new HashMap<>();
    for (int d = 0; d < descendants.size(); d += CHUNK) {
      List<UUID> below = descendants.subList(d, Math.min(descendants.size(), d + CHUNK));
      for (int c = 0; c < candidates.size(); c += CHUNK) {
        List<UUID> above = candidates.subList(c, Math.min(candidates.size(), c + CHUNK));
        String sql = ANCESTORS_AMONG.formatted(table, ancestor, descendant, Parameters.marks(below.size()), Parameters.marks(above.size()));
        unit.sql("reading ancestors in " + table, connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            List<Object> values = new ArrayList<>();
            values.add(tenant.value());
            values.addAll(below);
            values.addAll(above);
            Parameters.bind(unit.dialect(), select, 1, values);
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                found.computeIfAbsent(unit.dialect().readUuid(row, 2), k -> new HashSet<>())
                    .add(unit.dialect().readUuid(row, 1));
              }
            }
          }
          return null;
        });
      }
    }
    return found;
  }

  /** Whether following {@code up} from {@code start} (one step at least) comes to {@code target}. */
  private static boolean reaches(Map<UUID, Set<UUID>> up, UUID start, UUID target) {
    Set<UUID> seen = new HashSet<>();
    List<UUID> frontier = new ArrayList<>(up.getOrDefault(start, Set.of()));
    while (!frontier.isEmpty()) {
      UUID next = frontier.remove(frontier.size() - 1);
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next)) {
        frontier.addAll(up.getOrDefault(next, Set.of()));
      }
    }
    return false;
  }
}
