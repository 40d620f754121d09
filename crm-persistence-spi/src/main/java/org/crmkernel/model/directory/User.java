package org.crmkernel.model.directory;

import java.util.Objects;
import java.util.Optional;
import org.crmkernel.model.error.Violations;
import java.util.SortedSet;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.value.Texts;

/**
 * A person who works in the CRM: belongs to one business unit, may have a manager, and can act
 * only while active.
 */
public record User(
    UserId id,
    TenantId tenantId,
    String fullName,
    Email email,
    BusinessUnitId businessUnitId,
    Optional<UserId> managerId,
    boolean active,
    SortedSet<RoleId> roleIds,
    Revision revision)
    implements CrmRecord<UserId> {

  /** Limits. */
  public static final int MAX_NAME = 160, MAX_ROLES = 100;

  /** Validates every field, listing all problems. */
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(businessUnitId, "businessUnitId");
    Objects.requireNonNull(managerId, "managerId");
    Objects.requireNonNull(roleIds, "roleIds");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleanName = Texts.required(fullName, "fullName", MAX_NAME, v);
    v.check(!managerId.equals(Optional.of(id)), "managerId", "self_reference", "a user cannot manage themselves");
    v.check(roleIds.size() <= MAX_ROLES, "roleIds", "too_many", "a user has at most " + MAX_ROLES + " roles");
    v.throwIfAny();
    fullName = Objects.requireNonNull(cleanName);
    roleIds = Roles.sorted(roleIds);
  }

  /** A user without roles. */
  public User(UserId id, TenantId tenantId, String fullName, Email email, BusinessUnitId businessUnitId,
      Optional<UserId> managerId, boolean active, Revision revision) {
    this(id, tenantId, fullName, email, businessUnitId, managerId, active, Roles.none(), revision);
  }
}
