package org.crmkernel.testkit.contract;

import static org.crmkernel.testkit.contract.ValuePools.pick;
import static org.crmkernel.testkit.contract.ValuePools.some;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.field.FieldRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;

/** Teams for the contract suite. */
final class TeamKind extends StoredKind<TeamId, Team> {

  private static final List<FieldRef<Team, ?>> FIELDS = List.copyOf(DirectoryFields.TEAM_FIELDS);

  TeamKind() {
    super("teams");
  }

  @Override
  RecordStore<TeamId, Team> store(StoreTransaction tx) {
    return tx.teams();
  }

  @Override
  TeamId id(UUID value) {
    return TeamId.of(value);
  }

  @Override
  Team random(Random random, TenantId tenant) {
    TeamType type = pick(random, List.of(TeamType.values()));
    return new Team(TeamId.of(ValuePools.uuid(random)), tenant, pick(random, ValuePools.TEXTS), type,
        pick(random, ValuePools.UNITS), members(random), roles(random, type), ValuePools.revision(random));
  }

  @Override
  Team withTenant(Team t, TenantId tenant) {
    return new Team(t.id(), tenant, t.name(), t.type(), t.businessUnitId(), t.members(), t.roleIds(), t.revision());
  }

  @Override
  Team withId(Team t, TeamId id) {
    return new Team(id, t.tenantId(), t.name(), t.type(), t.businessUnitId(), t.members(), t.roleIds(), t.revision());
  }

  @Override
  Team changed(Team t, Random random, long version) {
    return new Team(t.id(), t.tenantId(), pick(random, ValuePools.TEXTS), t.type(), t.businessUnitId(),
        members(random), roles(random, t.type()), ValuePools.revisionAt(t.revision(), version));
  }

  @Override
  List<FieldRef<Team, ?>> queryFields() {
    return FIELDS;
  }

  /** Owner teams hold up to two roles; access teams hold none. */
  private static TreeSet<RoleId> roles(Random random, TeamType type) {
    return type == TeamType.OWNER ? SecurityRoleKind.someRoles(random, 2) : SecurityRoleKind.someRoles(random, 0);
  }

  private static TreeSet<UserId> members(Random random) {
    TreeSet<UserId> members = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    members.addAll(some(random, ValuePools.USERS, 3, u -> u));
    return members;
  }
}
