package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.AccessGraph;

/**
 * The access graph over the tables one unit of work sees: unit trees and manager chains walked
 * upwards one primary-key lookup per step ({@code parent_id}, {@code manager_id}), shares from
 * the share store's record index. A check asks about one record, so a walk costs the depth of
 * the tree; the visibility reads resolve subtrees in SQL instead ({@link VisibilitySql}).
 * Closure tables would answer both in one lookup; they are the later optimisation.
 */
final class JdbcAccessGraph implements AccessGraph {

  private static final String PARENT = "SELECT parent_id FROM crm_business_unit WHERE tenant_id = ? AND id = ?";

  private static final String MANAGER = "SELECT manager_id FROM crm_user WHERE tenant_id = ? AND id = ?";

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
    if (unitId.equals(root)) {
      return true;
    }
    Set<UUID> seen = new HashSet<>();
    UUID current = unitId.value();
    // A cycle (which the kernel never stores) ends the walk: the root is not on it.
    while (seen.add(current)) {
      Optional<UUID> parent = reference(PARENT, "reading a unit's parent", tenant, current);
      if (parent.isEmpty()) {
        return false;
      }
      if (parent.get().equals(root.value())) {
        return true;
      }
      current = parent.get();
    }
    return false;
  }

  @Override
  public int managerDistance(TenantId tenant, UserId manager, UserId report, int maxDepth) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(manager, "manager");
    Objects.requireNonNull(report, "report");
    UUID current = report.value();
    for (int step = 1; step <= maxDepth; step++) {
      Optional<UUID> next = reference(MANAGER, "reading a user's manager", tenant, current);
      if (next.isEmpty()) {
        return 0;
      }
      if (next.get().equals(manager.value())) {
        return step;
      }
      current = next.get();
    }
    return 0;
  }

  @Override
  public List<RecordShare> sharesOf(TenantId tenant, RecordRef record) {
    return shares.sharesOf(tenant, record);
  }

  /** The id column {@code sql} reads from the row {@code id}: empty if the row is missing or the column NULL. */
  private Optional<UUID> reference(String sql, String what, TenantId tenant, UUID id) {
    return unit.sql(what, connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        unit.dialect().bindUuid(select, 1, tenant.value());
        unit.dialect().bindUuid(select, 2, id);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next() || row.getObject(1) == null) {
            return Optional.<UUID>empty();
          }
          return Optional.of(unit.dialect().readUuid(row, 1));
        }
      }
    });
  }
}
