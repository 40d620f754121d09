package org.crmkernel.jdbc.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.query.Visibility;

/**
 * A {@link Visibility} as a condition on the rows ({@code r}) of an owned kind's table, with
 * every value bound: owners and owning units with {@code IN}; unit trees as owning units among
 * the roots' descendants in the unit closure ({@code crm_unit_closure}, each stored unit its own
 * descendant at depth 0; the roots are also listed among the units, since a root need not be a
 * stored unit); reports as owners among the manager's reports in the manager closure ({@code
 * crm_manager_closure}) between depth 1 and the clause's depth; shares as {@code r.id} among the
 * ids shared with the grantees (over {@code crm_record_share} and the share's rights in the value
 * table). Reports and shares use {@link Dialect#inSubquery}, which PostgreSQL can serve from an
 * index (a selective visibility becomes a bitmap OR of index scans and a top-N sort); unit trees
 * keep {@code IN (SELECT ...)}, a filter, because a subtree is often large (reading the sort's
 * index until the page is full is then the better plan). Its size follows the visibility's,
 * never the data's, and every subquery is a range of a closure table's key.
 */
final class VisibilitySql {

  private static final String UNIT_TREES = """
      r.owning_unit_id IN (SELECT c.descendant_id FROM crm_unit_closure c
        WHERE c.tenant_id = ? AND c.ancestor_id IN (%s))""";

  /** The manager's reports down to a depth: tenant, manager, depth bound. */
  private static final String REPORT_IDS = """
      SELECT c.report_id FROM crm_manager_closure c
        WHERE c.tenant_id = ? AND c.manager_id = ? AND c.depth >= 1 AND c.depth <= ?""";

  /** The ids of the kind's records shared with one of the grantees with the right; grantees, then the right. */
  private static final String SHARED_IDS = """
      SELECT s.record_id FROM crm_record_share s JOIN crm_field_value v
        ON v.tenant_id = s.tenant_id AND v.record_kind = ? AND v.record_id = s.id AND v.field = ?
        WHERE s.tenant_id = ? AND s.record_kind = ? AND s.grantee_id IN (%s) AND v.value_text = ?""";

  private VisibilitySql() {}

  /** The restriction of {@code kind}'s rows of {@code tenant} to what {@code visibility} admits. */
  static JdbcRecordStore.Restriction of(Dialect dialect, TenantId tenant, RecordKind kind, Visibility visibility) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(visibility, "visibility");
    if (visibility.everything()) {
      return JdbcRecordStore.Restriction.NONE;
    }
    if (visibility.isNothing()) {
      return new JdbcRecordStore.Restriction(SqlFragment.of(""), SqlFragment.of("1=0"));
    }
    List<String> clauses = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (!visibility.owners().isEmpty()) {
      clauses.add("r.owner_id IN (" + Parameters.marks(visibility.owners().size()) + ")");
      values.addAll(visibility.owners());
    }
    // The roots count even when they are not stored units, as in AccessGraph.isInUnitTree.
    Set<UUID> units = new LinkedHashSet<>();
    visibility.units().forEach(unit -> units.add(unit.value()));
    visibility.unitTrees().forEach(root -> units.add(root.value()));
    if (!units.isEmpty()) {
      clauses.add("r.owning_unit_id IN (" + Parameters.marks(units.size()) + ")");
      values.addAll(units);
    }
    if (!visibility.unitTrees().isEmpty()) {
      clauses.add(UNIT_TREES.formatted(Parameters.marks(visibility.unitTrees().size())));
      values.add(tenant.value());
      visibility.unitTrees().forEach(root -> values.add(root.value()));
    }
    if (visibility.reportsOf().isPresent()) {
      Visibility.Reports reports = visibility.reportsOf().get();
      // User and team ids never collide, so a team owner is never among the reports.
      clauses.add(dialect.inSubquery("r.owner_id", REPORT_IDS));
      values.add(tenant.value());
      values.add(reports.manager().value());
      values.add(reports.depth());
    }
    if (!visibility.shareGrantees().isEmpty()) {
      clauses.add(dialect.inSubquery("r.id", SHARED_IDS.formatted(Parameters.marks(visibility.shareGrantees().size()))));
      values.add(RecordKind.RECORD_SHARE.name());
      values.add(RecordTables.SHARE_RIGHTS.name());
      values.add(tenant.value());
      values.add(kind.name());
      values.addAll(visibility.shareGrantees());
      values.add(visibility.privilege().name());
    }
    return new JdbcRecordStore.Restriction(SqlFragment.of(""), new SqlFragment(String.join(" OR ", clauses), values));
  }
}
