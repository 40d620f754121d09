package org.crmkernel.model.directory;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/** A group of users in a business unit: an owner team or an access team. */
public record Team(
    TeamId id,
    TenantId tenantId,
    String name,
    TeamType type,
    BusinessUnitId businessUnitId,
    SortedSet<UserId> members,
    SortedSet<RoleId> roleIds,
    Revision revision)
    implements CrmRecord<TeamId> {

  /** Limits. */
  public static final int MAX_NAME = 160, MAX_MEMBERS = 10_000;

  /** Validates every field, listing all problems; members are kept sorted by id. */
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(businessUnitId, "businessUnitId");
    Objects.requireNonNull(roleIds, "roleIds");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleanName = Texts.required(name, "name", MAX_NAME, v);
    TreeSet<UserId> sorted = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    sorted.addAll(members);
    v.check(sorted.size() <= MAX_MEMBERS, "members", "too_many", "a team has at most " + MAX_MEMBERS + " members");
    v.check(roleIds.size() <= User.MAX_ROLES, "roleIds", "too_many", "a team has at most " + User.MAX_ROLES + " roles");
    v.check(roleIds.isEmpty() || type == TeamType.OWNER, "roleIds", "access_team",
        "access teams hold no roles; only owner teams do");
    v.throwIfAny();
    name = Objects.requireNonNull(cleanName);
    members = Collections.unmodifiableSortedSet(sorted);
    roleIds = Roles.sorted(roleIds);
  }

  /** A team without roles. */
  public Team(TeamId id, TenantId tenantId, String name, TeamType type, BusinessUnitId businessUnitId,
      SortedSet<UserId> members, Revision revision) {
    this(id, tenantId, name, type, businessUnitId, members, Roles.none(), revision);
  }
}
