package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.AccessGraph;

/**
 * The access graph over the tables one unit of work sees: a unit tree or a manager chain is one
 * primary-key lookup in its closure table ({@code crm_unit_closure}, {@code crm_manager_closure},
 * kept in step by the unit and user stores, the unit of work's own writes included); shares come
 * from the share store's record index.
 */
final class JdbcAccessGraph implements AccessGraph {

  private static final String IN_UNIT_TREE = """
      SELECT 1 FROM crm_unit_closure WHERE tenant_id = ? AND ancestor_id = ? AND descendant_id = ?""";

  private static final String MANAGER_DISTANCE = """
      SELECT depth FROM crm_manager_closure
      WHERE tenant_id = ? AND manager_id = ? AND report_id = ? AND depth >= 1 AND depth <= ?""";

  private final UnitOfWork unit;
  private final JdbcDirectoryStores.RecordShareStore shares;

  JdbcAccessGraph(UnitOfWork unit, JdbcDirectoryStores.RecordShareStore shares) {
    this.unit = unit;
    this.shares = shares;
  }

  @Override
  public boolean isInUnitTree(TenantId tenant, BusinessUnitId unitId, BusinessUnitId root) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(unitId, "unit");
    Objects.requireNonNull(root, "root");
    // A unit is in its own tree even when it is not stored (then the closure has no row for it).
    return unitId.equals(root) || lookUp(IN_UNIT_TREE, "reading the unit closure", tenant, root.value(),
        unitId.value(), Optional.empty()).isPresent();
  }

  @Override
  public int managerDistance(TenantId tenant, UserId manager, UserId report, int maxDepth) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(report, "report");
    if (maxDepth < 1) {
      return 0;
    }
    return lookUp(MANAGER_DISTANCE, "reading the manager closure", tenant, manager.value(), report.value(),
        Optional.of(maxDepth)).orElse(0);
  }

  @Override
  public List<RecordShare> sharesOf(TenantId tenant, RecordRef record) {
    return shares.sharesOf(tenant, record);
  }

  /** The first column of the row {@code sql} finds for (tenant, ancestor, descendant[, depth]), if any. */
  private Optional<Integer> lookUp(String sql, String what, TenantId tenant, UUID ancestor, UUID descendant,
      Optional<Integer> maxDepth) {
    return unit.sql(what, connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        unit.dialect().bindUuid(select, 1, tenant.value());
        unit.dialect().bindUuid(select, 2, ancestor);
        unit.dialect().bindUuid(select, 3, descendant);
        if (maxDepth.isPresent()) {
          select.setInt(4, maxDepth.get());
        }
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(row.getInt(1)) : Optional.<Integer>empty();
        }
      }
    });
  }
}
