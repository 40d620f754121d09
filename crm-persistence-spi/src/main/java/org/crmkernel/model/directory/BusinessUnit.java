package org.crmkernel.model.directory;

import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/**
 * A node of the tenant's organisation tree. The root has no parent; every other unit has one.
 * Access depths (unit, parent-child units) are measured along this tree.
 */
public record BusinessUnit(
    BusinessUnitId id, TenantId tenantId, String name, Optional<BusinessUnitId> parentId, boolean active, Revision revision)
    implements CrmRecord<BusinessUnitId> {

  /** Limit in characters. */
  public static final int MAX_NAME = 160;

  /** Validates every field, listing all problems. */
  public BusinessUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleanName = Texts.required(name, "name", MAX_NAME, v);
    v.check(!parentId.equals(Optional.of(id)), "parentId", "self_reference", "a unit cannot be its own parent");
    v.throwIfAny();
    name = Objects.requireNonNull(cleanName);
  }

  /** Whether this is the root of the tree. */
  public boolean isRoot() {
    return parentId.isEmpty();
  }
}
