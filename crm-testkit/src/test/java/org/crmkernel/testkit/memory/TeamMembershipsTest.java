package org.crmkernel.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.TestRecords;

/**
 * The store's membership map answers {@code teamsWithMember} exactly as a filter over every team
 * does: after commits that add, change and delete teams, inside a unit of work with pending team
 * changes, and for tenants that share user ids.
 */
class TeamMembershipsTest {

  @Property(tries = 60)
  void membershipMapAgreesWithTheFilter(@ForAll long seed) {
    Random random = new Random(seed);
    MutableClock clock = MutableClock.at(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    InMemoryCrmStore store = InMemoryCrmStore.create();
    TenantId tenant = TenantId.generate(clock);
    TenantId other = TenantId.generate(clock);
    List<UserId> users = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      users.add(UserId.generate(clock));
    }
    List<Team> teams = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      store.write(tx -> {
        int action = random.nextInt(3);
        if (action == 0 || teams.isEmpty()) {
          Team team = TestRecords.team(random.nextInt(4) == 0 ? other : tenant).id(TeamId.generate(clock))
              .members(users.stream().filter(u -> random.nextBoolean()).toList()).build();
          teams.add(tx.teams().insert(team));
        } else if (action == 1) {
          int at = random.nextInt(teams.size());
          Team current = teams.get(at);
          java.util.SortedSet<UserId> members = new java.util.TreeSet<>(current.members().comparator());
          users.stream().filter(u -> random.nextBoolean()).forEach(members::add);
          Team next = new Team(current.id(), current.tenantId(), current.name(), current.type(), current.businessUnitId(),
              members, current.roleIds(), current.revision().next(clock.instant()));
          teams.set(at, tx.teams().update(next, current.version()));
        } else {
          Team gone = teams.remove(random.nextInt(teams.size()));
          tx.teams().delete(gone.tenantId(), gone.id(), gone.version());
        }
        assertAgree(tx, tenant, users);
        return null;
      });
      store.read(tx -> {
        assertAgree(tx, tenant, users);
        assertAgree(tx, other, users);
        return null;
      });
    }
  }

  private static void assertAgree(StoreTransaction tx, TenantId tenant, List<UserId> users) {
    for (UserId user : users) {
      List<Team> filtered;
      try (Stream<Team> scan = tx.teams().scan(tenant, Filter.eq(DirectoryFields.TEAM_MEMBER_ID, user.value()))) {
        filtered = scan.toList();
      }
      assertThat(tx.teams().teamsWithMember(tenant, user)).containsExactlyElementsOf(filtered);
    }
  }
}
