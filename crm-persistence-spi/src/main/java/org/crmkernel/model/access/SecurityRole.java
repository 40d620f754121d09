package org.crmkernel.model.access;

import java.util.Objects;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/**
 * A named set of privileges at depths, assigned to users and owner teams. A user's rights are
 * the union of their own roles and their owner teams' roles, the most permissive depth winning.
 */
public record SecurityRole(RoleId id, TenantId tenantId, String name, RoleGrants grants, Revision revision)
    implements CrmRecord<RoleId> {

  /** Limit in characters. */
  public static final int MAX_NAME = 160;

  /** Validates every field, listing all problems. */
  public SecurityRole {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(grants, "grants");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleanName = Texts.required(name, "name", MAX_NAME, v);
    v.throwIfAny();
    name = Objects.requireNonNull(cleanName);
  }
}
