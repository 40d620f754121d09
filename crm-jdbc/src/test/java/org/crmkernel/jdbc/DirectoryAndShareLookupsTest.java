package org.crmkernel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.CrmStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The look-ups the JDBC directory and share stores answer with their own SQL rather than through
 * the contract suite's paths: a user's teams ({@code teamsWithMember}, through the member rows of
 * the value table) and a record's shares ({@code sharesOf}, through the unique key's index), in
 * id order, per tenant, after updates and deletes, and inside the writing unit of work; and an
 * update onto a taken (record, grantee), refused as a duplicate. The
 * contract's own tests of these read the access graph too, which the adapter does not have yet.
 */
class DirectoryAndShareLookupsTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void teamsWithMemberListsTheUsersTeamsInIdOrder(TestDatabases database) {
    CrmStore store = database.migratedStore();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    UserId user = UserId.of(UUID.randomUUID());
    UserId other = UserId.of(UUID.randomUUID());
    // Ids with the high bit set and clear, so that the order is the unsigned one.
    Team first = team(tenant, new UUID(0x1000_0000_0000_0000L, 1), Set.of(user, other));
    Team second = team(tenant, new UUID(0x7000_0000_0000_0000L, 2), Set.of(user));
    Team last = team(tenant, new UUID(0x9000_0000_0000_0000L, 3), Set.of(other, user));
    Team without = team(tenant, new UUID(0x5000_0000_0000_0000L, 4), Set.of(other));
    Team foreign = team(TenantId.of(UUID.randomUUID()), UUID.randomUUID(), Set.of(user));
    store.write(tx -> {
      for (Team team : List.of(last, without, first, foreign, second)) {
        tx.teams().insert(team);
      }
      List<Team> pending = tx.teams().teamsWithMember(tenant, user);
      assertThat(pending).as("inside the writing unit of work").containsExactly(first, second, last);
      return null;
    });

    assertThat(teamsOf(store, tenant, user)).containsExactly(first, second, last);
    assertThat(teamsOf(store, tenant, other)).containsExactly(first, without, last);
    assertThat(teamsOf(store, tenant, UserId.of(UUID.randomUUID()))).isEmpty();

    Team secondWithoutUser = new Team(second.id(), tenant, second.name(), second.type(), second.businessUnitId(),
        members(Set.of(other)), second.roleIds(), second.revision().next(T0.plusSeconds(1)));
    store.write(tx -> {
      tx.teams().update(secondWithoutUser, 1);
      tx.teams().delete(tenant, last.id(), 1);
      return null;
    });
    assertThat(teamsOf(store, tenant, user)).containsExactly(first);
    assertThat(teamsOf(store, tenant, other)).containsExactly(first, without, secondWithoutUser);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void sharesOfListsOneRecordsSharesInIdOrderAndFindNamesTheGrantee(TestDatabases database) {
    CrmStore store = database.migratedStore();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    RecordRef record = new RecordRef(RecordKind.ACCOUNT, UUID.randomUUID());
    UUID principal = UUID.randomUUID();
    // A user and a team with the same UUID are two grantees.
    RecordShare toUser = share(tenant, record, Principal.user(UserId.of(principal)), Privilege.READ);
    RecordShare toTeam = share(tenant, record, Principal.team(TeamId.of(principal)), Privilege.WRITE);
    RecordShare toOther = share(tenant, record, Principal.user(UserId.of(UUID.randomUUID())), Privilege.READ);
    RecordShare sameIdOtherKind = share(tenant, new RecordRef(RecordKind.CONTACT, record.id()),
        Principal.user(UserId.of(principal)), Privilege.READ);
    RecordShare otherTenant = share(TenantId.of(UUID.randomUUID()), record, Principal.user(UserId.of(principal)),
        Privilege.READ);
    store.write(tx -> {
      for (RecordShare share : List.of(toOther, sameIdOtherKind, toTeam, otherTenant, toUser)) {
        tx.recordShares().insert(share);
      }
      return null;
    });

    List<RecordShare> inIdOrder = Stream.of(toUser, toTeam, toOther)
        .sorted(Comparator.comparing(s -> s.id().value(), Uuid7.UNSIGNED_ORDER)).toList();
    assertThat(sharesOf(store, tenant, record)).containsExactlyElementsOf(inIdOrder);
    Optional<RecordShare> ofUser = store.read(tx -> tx.recordShares().find(tenant, record,
        Principal.user(UserId.of(principal))));
    Optional<RecordShare> ofTeam = store.read(tx -> tx.recordShares().find(tenant, record,
        Principal.team(TeamId.of(principal))));
    Optional<RecordShare> ofStranger = store.read(tx -> tx.recordShares().find(tenant, record,
        Principal.team(TeamId.of(UUID.randomUUID()))));
    assertThat(ofUser).contains(toUser);
    assertThat(ofTeam).contains(toTeam);
    assertThat(ofStranger).isEmpty();

    store.write(tx -> {
      tx.recordShares().delete(tenant, toTeam.id(), 1);
      return null;
    });
    assertThat(sharesOf(store, tenant, record))
        .containsExactlyElementsOf(inIdOrder.stream().filter(s -> !s.equals(toTeam)).toList());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void updateOntoAnotherSharesGranteeIsRefusedAndWritesNothing(TestDatabases database) {
    CrmStore store = database.migratedStore();
    TenantId tenant = TenantId.of(UUID.randomUUID());
    RecordRef record = new RecordRef(RecordKind.LEAD, UUID.randomUUID());
    Principal taken = Principal.team(TeamId.of(UUID.randomUUID()));
    RecordShare first = share(tenant, record, taken, Privilege.READ);
    RecordShare second = share(tenant, record, Principal.user(UserId.of(UUID.randomUUID())), Privilege.READ);
    store.write(tx -> {
      tx.recordShares().insert(first);
      tx.recordShares().insert(second);
      return null;
    });
    RecordShare clash = new RecordShare(second.id(), tenant, record, taken, second.rights(),
        second.revision().next(T0.plusSeconds(1)));

    assertThatThrownBy(() -> store.write(tx -> tx.recordShares().update(clash, 1)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(sharesOf(store, tenant, record)).containsExactlyInAnyOrder(first, second);
    RecordShare moved = new RecordShare(second.id(), tenant, record, Principal.user(UserId.of(UUID.randomUUID())),
        second.rights(), second.revision().next(T0.plusSeconds(1)));
    store.write(tx -> tx.recordShares().update(moved, 1));
    assertThat(sharesOf(store, tenant, record)).containsExactlyInAnyOrder(first, moved);
  }

  private static List<Team> teamsOf(CrmStore store, TenantId tenant, UserId user) {
    return store.read(tx -> tx.teams().teamsWithMember(tenant, user));
  }

  private static List<RecordShare> sharesOf(CrmStore store, TenantId tenant, RecordRef record) {
    return store.read(tx -> tx.recordShares().sharesOf(tenant, record));
  }

  private static Team team(TenantId tenant, UUID id, Set<UserId> members) {
    return new Team(TeamId.of(id), tenant, "Team", TeamType.ACCESS, BusinessUnitId.of(UUID.randomUUID()),
        members(members), new TreeSet<>(Comparator.comparing(RoleId::value, Uuid7.UNSIGNED_ORDER)), Revision.first(T0));
  }

  private static TreeSet<UserId> members(Set<UserId> members) {
    TreeSet<UserId> sorted = new TreeSet<>(Comparator.comparing(UserId::value, Uuid7.UNSIGNED_ORDER));
    sorted.addAll(members);
    return sorted;
  }

  private static RecordShare share(TenantId tenant, RecordRef record, Principal grantee, Privilege right) {
    return new RecordShare(ShareId.of(UUID.randomUUID()), tenant, record, grantee, Set.of(right), Revision.first(T0));
  }
}
