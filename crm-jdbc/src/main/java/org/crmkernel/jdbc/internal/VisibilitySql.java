package org.crmkernel.jdbc.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.spi.query.Visibility;

/**
 * A {@link Visibility} as a condition on the rows ({@code r}) of an owned kind's table, with
 * every value bound: owners and owning units with {@code IN}; unit trees through a recursive
 * common table expression of the roots' descendants over {@code crm_business_unit.parent_id};
 * reports through a recursive one over {@code crm_user.manager_id}, cut at the depth; shares with
 * {@code r.id IN} the ids shared with the grantees (over {@code crm_record_share} and the share's
 * rights in the value table). Reports and shares use {@link Dialect#inSubquery}, which PostgreSQL
 * can serve from an index; unit trees keep {@code IN (SELECT ...)}, a filter, because a subtree
 * is often large and the planner cannot know its size before the walk (reading the sort's index
 * until the page is full is then the better plan). Its
 * size follows the visibility's, never the data's. The recursive expressions walk the tree on
 * every read; closure tables, maintained on writes, are the later optimisation.
 */
final class VisibilitySql {

  private static final String UNIT_TREE = """
      crm_visible_unit(id) AS (
        SELECT u.id FROM crm_business_unit u WHERE u.tenant_id = ? AND u.parent_id IN (%s)
        UNION
        SELECT u.id FROM crm_business_unit u JOIN crm_visible_unit t ON u.parent_id = %s WHERE u.tenant_id = ?)""";

  private static final String REPORTS = """
      crm_visible_report(id, depth) AS (
        SELECT u.id, 1 FROM crm_user u WHERE u.tenant_id = ? AND u.manager_id = ?
        UNION ALL
        SELECT u.id, %2$s + 1 FROM crm_user u JOIN crm_visible_report p ON u.manager_id = %1$s
        WHERE u.tenant_id = ? AND %2$s < ?)""";

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
    List<String> expressions = new ArrayList<>();
    List<Object> withValues = new ArrayList<>();
    List<String> clauses = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (!visibility.owners().isEmpty()) {
      clauses.add("r.owner_id IN (" + marks(visibility.owners().size()) + ")");
      values.addAll(visibility.owners());
    }
    if (!visibility.units().isEmpty()) {
      clauses.add("r.owning_unit_id IN (" + marks(visibility.units().size()) + ")");
      visibility.units().forEach(unit -> values.add(unit.value()));
    }
    if (!visibility.unitTrees().isEmpty()) {
      List<Object> roots = visibility.unitTrees().stream().map(BusinessUnitId::value).map(Object.class::cast).toList();
      expressions.add(UNIT_TREE.formatted(marks(roots.size()), dialect.recursiveId("t.id")));
      withValues.add(tenant.value());
      withValues.addAll(roots);
      withValues.add(tenant.value());
      // The roots themselves count even without a row, as in AccessGraph.isInUnitTree.
      clauses.add("r.owning_unit_id IN (" + marks(roots.size()) + ")");
      values.addAll(roots);
      clauses.add("r.owning_unit_id IN (SELECT id FROM crm_visible_unit)");
    }
    if (visibility.reportsOf().isPresent()) {
      Visibility.Reports reports = visibility.reportsOf().get();
      expressions.add(REPORTS.formatted(dialect.recursiveId("p.id"), dialect.recursiveNumber("p.depth")));
      withValues.add(tenant.value());
      withValues.add(reports.manager().value());
      withValues.add(tenant.value());
      withValues.add(reports.depth());
      // User and team ids never collide, so a team owner is never among the reports.
      clauses.add(dialect.inSubquery("r.owner_id", "SELECT id FROM crm_visible_report"));
    }
    if (!visibility.shareGrantees().isEmpty()) {
      clauses.add(dialect.inSubquery("r.id", SHARED_IDS.formatted(marks(visibility.shareGrantees().size()))));
      values.add(RecordKind.RECORD_SHARE.name());
      values.add(RecordTables.SHARE_RIGHTS.name());
      values.add(tenant.value());
      values.add(kind.name());
      values.addAll(visibility.shareGrantees());
      values.add(visibility.privilege().name());
    }
    String with = expressions.isEmpty() ? "" : "WITH RECURSIVE " + String.join(",\n", expressions) + "\n";
    return new JdbcRecordStore.Restriction(new SqlFragment(with, withValues),
        new SqlFragment(String.join(" OR ", clauses), values));
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
