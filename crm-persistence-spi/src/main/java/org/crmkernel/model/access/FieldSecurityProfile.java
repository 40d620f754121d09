package org.crmkernel.model.access;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Texts;

/**
 * Grants read and/or update of secured fields to its member users and teams, as Dynamics 365's
 * column security profiles do. A secured field nobody's profile opens comes back masked (absent)
 * and cannot be written.
 */
public record FieldSecurityProfile(
    FieldSecurityProfileId id,
    TenantId tenantId,
    String name,
    Map<FieldKey, FieldPermission> permissions,
    SortedSet<UserId> users,
    SortedSet<TeamId> teams,
    Revision revision)
    implements CrmRecord<FieldSecurityProfileId> {

  /** Limits. */
  public static final int MAX_NAME = 160, MAX_MEMBERS = 10_000, MAX_FIELDS = 1_000;

  /** Validates every field, listing all problems; copies the collections, sorted. */
  public FieldSecurityProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(permissions, "permissions");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(revision, "revision");
    Violations v = new Violations();
    String cleanName = Texts.required(name, "name", MAX_NAME, v);
    TreeSet<UserId> sortedUsers = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    sortedUsers.addAll(users);
    TreeSet<TeamId> sortedTeams = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    sortedTeams.addAll(teams);
    v.check(sortedUsers.size() + sortedTeams.size() <= MAX_MEMBERS, "members", "too_many",
        "a profile has at most " + MAX_MEMBERS + " members");
    v.check(permissions.size() <= MAX_FIELDS, "permissions", "too_many", "a profile names at most " + MAX_FIELDS + " fields");
    v.throwIfAny();
    name = Objects.requireNonNull(cleanName);
    permissions = Collections.unmodifiableMap(new TreeMap<>(permissions));
    users = Collections.unmodifiableSortedSet(sortedUsers);
    teams = Collections.unmodifiableSortedSet(sortedTeams);
  }

  /** What this profile allows on {@code field}. */
  public FieldPermission permission(FieldKey field) {
    return permissions.getOrDefault(field, FieldPermission.NONE);
  }
}
