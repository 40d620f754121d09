package org.crmkernel.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.AccessGraph;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.Visibility;
import org.crmkernel.testkit.contract.AccessOrganisation.Allowed;
import org.crmkernel.testkit.contract.AccessOrganisation.Ids;

/**
 * Access scopes against the store: one semantics, two questions. Over random organisations
 * (business unit forests up to depth 12 with inactive units, users with manager chains and
 * inactive users, owner and access teams, roles with random depths per privilege and kind held
 * by users and owner teams, shares with random rights, records owned by users and owner teams,
 * random hierarchy depths), stored straight through the store, for every user, privilege and
 * record, {@link AccessScope#check} agrees with membership in the store's answer to the query,
 * count and scan restricted by {@link AccessScope#visibility}; and both agree with a reference
 * model written from the stated semantics. A second tenant that reuses the first one's ids
 * proves isolation.
 *
 * <p>Metamorphic properties: adding a grant (a deeper role cell, a role, a team membership, a
 * share right) never removes access; moving a unit subtree and moving it back changes no
 * decision; revoking a share restores every earlier decision. Each change stores the next
 * version of the tenant's access settings, and scopes are compiled again after it.
 */
public abstract class AccessContract extends StoreContractSupport {

  /** For subclasses. */
  protected AccessContract() {}

  /**
   * For every user, privilege and record, {@code check} (first reason or all reasons) allows
   * exactly the records that the store's query (every page), count and scan with the user's
   * visibility return, with a random filter and sort; and exactly what the reference model
   * allows. Allowed decisions give reasons that hold. The store's access graph answers unit
   * trees, manager distances and shares as the model does.
   */
  @Property(tries = 60)
  public void checkAgreesWithTheStoresVisibility(@ForAll Random random) {
    Ids ids = Ids.fresh(random);
    AccessOrganisation organisation = AccessOrganisation.random(random, newTenant(), AccessOrganisation.FULL, ids);
    AccessOrganisation neighbour = AccessOrganisation.random(random, newTenant(), AccessOrganisation.SMALL,
        Ids.replaying(random, ids));
    organisation.insertInto(store());
    neighbour.insertInto(store());
    assertAgreement(organisation, random, true);
    assertAgreement(neighbour, random, true);
  }

  /**
   * Adding grants one after another (a role cell set deeper, a role given to a user or an owner
   * team, a user added to a team, a right added to a share or a new share) never removes an
   * allowed decision; check and the store agree after each.
   */
  @Property(tries = 20)
  public void addingAGrantNeverRemovesAccess(@ForAll Random random) {
    AccessOrganisation organisation = smallOrganisation(random);
    Set<Allowed> before = decisions(organisation, random);
    for (int step = 0; step < 3; step++) {
      AccessScope stale = anyScope(organisation);
      String grant = addGrant(organisation, random);
      assertStale(stale);
      Set<Allowed> after = decisions(organisation, random);
      Set<Allowed> lost = new HashSet<>(before);
      lost.removeAll(after);
      assertThat(lost).as("decisions lost by adding a grant: %s, in %s", grant, organisation).isEmpty();
      before = after;
    }
  }

  /**
   * Moving a unit subtree under another parent (or making it a root) and moving it back leaves
   * every decision as it was; check, the store and the model agree in the moved state too.
   */
  @Property(tries = 25)
  public void movingASubtreeAndBackChangesNoDecision(@ForAll Random random) {
    AccessOrganisation organisation = smallOrganisation(random);
    List<BusinessUnit> units = List.copyOf(organisation.units());
    List<Map.Entry<BusinessUnitId, Optional<BusinessUnitId>>> moves = new ArrayList<>();
    for (BusinessUnit unit : units) {
      if (unit.parentId().isPresent()) {
        moves.add(Map.entry(unit.id(), Optional.empty()));
      }
      for (BusinessUnit parent : units) {
        if (!organisation.inUnitTree(parent.id(), unit.id()) && !unit.parentId().equals(Optional.of(parent.id()))) {
          moves.add(Map.entry(unit.id(), Optional.of(parent.id())));
        }
      }
    }
    Assume.that(!moves.isEmpty());
    Set<Allowed> before = decisions(organisation, random);
    Map.Entry<BusinessUnitId, Optional<BusinessUnitId>> move = ValuePools.pick(random, moves);
    Optional<BusinessUnitId> original = organisation.unit(move.getKey()).parentId();
    AccessScope stale = anyScope(organisation);
    organisation.moveUnit(store(), move.getKey(), move.getValue());
    assertStale(stale);
    decisions(organisation, random);
    organisation.moveUnit(store(), move.getKey(), original);
    Set<Allowed> after = decisions(organisation, random);
    assertSame(before, after, "moving unit " + move.getKey() + " from under " + original + " to under "
        + move.getValue() + " and back, in " + organisation);
  }

  /**
   * Sharing a record with a user or team and revoking the share restores every decision made
   * before; revoking an existing share and granting it again does too.
   */
  @Property(tries = 25)
  public void revokingAShareRestoresEveryEarlierDecision(@ForAll Random random) {
    AccessOrganisation organisation = smallOrganisation(random);
    List<OwnedRecord<?>> records = organisation.allRecords();
    Assume.that(!records.isEmpty());
    Set<Allowed> before = decisions(organisation, random);

    Optional<RecordShare> fresh = newShare(organisation, random);
    if (fresh.isPresent()) {
      organisation.addShare(store(), fresh.get());
      Set<Allowed> shared = decisions(organisation, random);
      assertThat(shared).as("decisions after sharing %s", fresh.get()).containsAll(before);
      organisation.revokeShare(store(), fresh.get().id());
      assertSame(before, decisions(organisation, random), "sharing and revoking " + fresh.get());
    }

    List<RecordShare> existing = List.copyOf(organisation.shares());
    if (!existing.isEmpty()) {
      RecordShare share = ValuePools.pick(random, existing);
      organisation.revokeShare(store(), share.id());
      Set<Allowed> revoked = decisions(organisation, random);
      assertThat(before).as("decisions before revoking %s", share).containsAll(revoked);
      organisation.addShare(store(), share);
      assertSame(before, decisions(organisation, random), "revoking and granting again " + share);
    }
  }

  // ---------------------------------------------------------------- the differential check

  private AccessOrganisation smallOrganisation(Random random) {
    AccessOrganisation organisation = AccessOrganisation.random(random, newTenant(), AccessOrganisation.SMALL,
        Ids.fresh(random));
    organisation.insertInto(store());
    return organisation;
  }

  /**
   * Checks everything the differential property checks for one tenant's organisation; without
   * {@code pages}, the store's count and scan only, which is cheaper.
   */
  private void assertAgreement(AccessOrganisation organisation, Random random, boolean pages) {
    store().read(tx -> {
      AccessGraph graph = tx.accessGraph();
      assertGraph(tx, graph, organisation);
      Map<OwnedKind<?, ?>, RandomQueries<?>> queries = new HashMap<>();
      for (OwnedKind<?, ?> kind : OwnedKind.ALL) {
        queries.put(kind, queriesOver(kind, organisation, random));
      }
      for (User user : organisation.users()) {
        AccessScope scope = AccessScopes.load(tx, organisation.tenant, user.id());
        if (scope.isActive() != organisation.isActive(user.id())) {
          fail("scope of " + organisation.describeUser(user.id()) + " says active=" + scope.isActive());
        }
        for (OwnedKind<?, ?> kind : OwnedKind.ALL) {
          for (Privilege privilege : Privilege.values()) {
            assertKind(tx, graph, organisation, scope, kind, privilege, queries.get(kind), pages);
          }
        }
      }
      return null;
    });
  }

  @SuppressWarnings("unchecked")
  private static <I extends RecordId, R extends OwnedRecord<I>> RandomQueries<R> cast(RandomQueries<?> queries) {
    return (RandomQueries<R>) queries;
  }

  private static <I extends RecordId, R extends OwnedRecord<I>> RandomQueries<R> queriesOver(
      OwnedKind<I, R> kind, AccessOrganisation organisation, Random random) {
    return RandomQueries.over(random, kind.stored().queryFields(), organisation.records(kind));
  }

  private <I extends RecordId, R extends OwnedRecord<I>> void assertKind(StoreTransaction tx, AccessGraph graph,
      AccessOrganisation organisation, AccessScope scope, OwnedKind<I, R> kind, Privilege privilege,
      RandomQueries<?> anyQueries, boolean pages) {
    RandomQueries<R> queries = cast(anyQueries);
    UserId user = scope.userId();
    Visibility visibility = scope.visibility(kind.kind(), privilege);
    List<R> allowed = new ArrayList<>();
    for (R record : organisation.records(kind)) {
      boolean checked = assertDecision(graph, organisation, scope, privilege, record);
      if (visibility.admits(record, graph) != checked) {
        fail(disagreement("Visibility.admits (the SPI's reference semantics) says " + !checked + ", check says "
            + checked, organisation, user, privilege, record, visibility));
      }
      if (checked) {
        allowed.add(record);
      }
    }
    Filter<R> filter = queries.filterOrAll();
    Sort<R> sort = queries.sort();
    List<R> expected = allowed.stream().filter(filter::test).sorted(kind.stored().order(sort)).toList();
    Supplier<String> what = () -> kind + " " + privilege + " for " + organisation.describeUser(user) + " with "
        + visibility + ", filter " + filter + ", sort [" + sort.fingerprint() + "]";
    if (pages) {
      String label = "query pages of " + kind + " " + privilege + " for user " + user + " with " + visibility
          + ", filter " + filter + ", sort [" + sort.fingerprint() + "]";
      try {
        ReferenceQueries.assertPages((limit, after) -> kind.in(tx).query(organisation.tenant,
            new Query<>(filter, sort, limit, after), visibility), r -> kind.stored().uuid(r), queries.pageSizes(),
            expected, label);
      } catch (AssertionError e) {
        fail(e.getMessage() + "\n" + explainDifference(organisation, user, privilege, allowed,
            pagesOf(tx, kind, organisation.tenant, filter, sort, visibility), filter, visibility), e);
      }
    }
    long count = kind.in(tx).count(organisation.tenant, filter, visibility);
    List<R> scanned;
    try (Stream<R> rows = kind.in(tx).scan(organisation.tenant, filter, visibility)) {
      scanned = rows.toList();
    }
    List<R> byId = expected.stream().sorted(kind.stored().idOrder()).toList();
    if (count != expected.size()) {
      fail("count " + count + " but check allows " + expected.size() + ": " + what.get() + "\n"
          + explainDifference(organisation, user, privilege, allowed, scanned, filter, visibility));
    }
    if (!ReferenceQueries.ids(kind.stored(), scanned).equals(ReferenceQueries.ids(kind.stored(), byId))) {
      fail("scan (in id order) differs from check: " + what.get() + "\n"
          + explainDifference(organisation, user, privilege, allowed, scanned, filter, visibility));
    }
    assertThat(scanned).as("scanned records").containsExactlyElementsOf(byId);
  }

  private static <I extends RecordId, R extends OwnedRecord<I>> List<R> pagesOf(StoreTransaction tx,
      OwnedKind<I, R> kind, TenantId tenant, Filter<R> filter, Sort<R> sort, Visibility visibility) {
    List<R> all = new ArrayList<>();
    Query<R> query = new Query<>(filter, sort, 50, Optional.empty());
    for (int i = 0; i < 100; i++) {
      var page = kind.in(tx).query(tenant, query, visibility);
      all.addAll(page.items());
      if (page.next().isEmpty()) {
        break;
      }
      query = new Query<>(filter, sort, 50, page.next());
    }
    return all;
  }

  /** Checks one decision both ways against each other and the model; returns whether it is allowed. */
  private static boolean assertDecision(AccessGraph graph, AccessOrganisation organisation, AccessScope scope,
      Privilege privilege, OwnedRecord<?> record) {
    UserId user = scope.userId();
    AccessDecision first = scope.check(privilege, AccessTarget.of(record), graph, false);
    AccessDecision all = scope.check(privilege, AccessTarget.of(record), graph, true);
    if (first.allowed() != all.allowed()) {
      fail(disagreement("check with the first reason says " + first.allowed() + ", with all reasons "
          + all.allowed(), organisation, user, privilege, record, scope.visibility(record.ref().kind(), privilege)));
    }
    boolean model = organisation.allows(user, privilege, record);
    if (first.allowed() != model) {
      fail(disagreement("check says " + first.describe() + "; the reference model says " + model, organisation, user,
          privilege, record, scope.visibility(record.ref().kind(), privilege)));
    }
    if (first.allowed()) {
      List<String> problems = new ArrayList<>(organisation.reasonProblems(all, record));
      problems.addAll(organisation.reasonProblems(first, record));
      if (!problems.isEmpty() || first.reasons().isEmpty()) {
        fail("reasons that do not hold: " + problems + " in " + all.describe() + "\n"
            + organisation.describeUser(user) + "\n" + organisation.describeRecord(record));
      }
      if (!all.reasons().containsAll(first.reasons())) {
        fail("all reasons " + all.reasons() + " omit the first reason " + first.reasons());
      }
    }
    return first.allowed();
  }

  private static String disagreement(String what, AccessOrganisation organisation, UserId user, Privilege privilege,
      OwnedRecord<?> record, Visibility visibility) {
    return what + "\n  privilege " + privilege + "\n  " + organisation.describeUser(user) + "\n  record "
        + organisation.describeRecord(record) + "\n  visibility " + visibility + "\n  in " + organisation;
  }

  private static <R extends OwnedRecord<?>> String explainDifference(AccessOrganisation organisation, UserId user,
      Privilege privilege, List<R> allowed, List<R> returned, Filter<R> filter, Visibility visibility) {
    Set<RecordRef> want = new LinkedHashSet<>();
    allowed.stream().filter(filter::test).forEach(r -> want.add(r.ref()));
    Set<RecordRef> got = new LinkedHashSet<>();
    returned.forEach(r -> got.add(r.ref()));
    StringBuilder text = new StringBuilder("  ").append(organisation.describeUser(user)).append("\n  visibility ")
        .append(visibility).append('\n');
    for (OwnedRecord<?> record : organisation.allRecords()) {
      boolean expected = want.contains(record.ref());
      if (expected != got.contains(record.ref())) {
        text.append("  ").append(expected ? "missing from the store's answer: " : "returned by the store, denied by check: ")
            .append(organisation.describeRecord(record)).append('\n');
      }
    }
    got.stream().filter(r -> organisation.allRecords().stream().noneMatch(o -> o.ref().equals(r)))
        .forEach(r -> text.append("  returned but not of this tenant: ").append(r).append('\n'));
    return text.toString();
  }

  /** The store's access graph answers as the model does, and the share store agrees with it. */
  private static void assertGraph(StoreTransaction tx, AccessGraph graph, AccessOrganisation organisation) {
    TenantId tenant = organisation.tenant;
    for (BusinessUnit unit : organisation.units()) {
      for (BusinessUnit root : organisation.units()) {
        boolean expected = organisation.inUnitTree(unit.id(), root.id());
        if (graph.isInUnitTree(tenant, unit.id(), root.id()) != expected) {
          fail("isInUnitTree(" + unit.id() + ", " + root.id() + ") should be " + expected + "; unit path "
              + organisation.describeUnit(unit.id()) + ", root path " + organisation.describeUnit(root.id()));
        }
      }
    }
    for (User manager : organisation.users()) {
      for (User report : organisation.users()) {
        for (int depth : new int[] {1, 2, 4}) {
          int expected = organisation.managerDistance(manager.id(), report.id(), depth);
          int actual = graph.managerDistance(tenant, manager.id(), report.id(), depth);
          if (actual != expected) {
            fail("managerDistance(" + manager.id() + ", " + report.id() + ", " + depth + ") should be " + expected
                + " but was " + actual + "; " + organisation.describeUser(report.id()));
          }
        }
      }
    }
    for (OwnedRecord<?> record : organisation.allRecords()) {
      List<RecordShare> expected = organisation.sharesOf(record.ref());
      assertThat(graph.sharesOf(tenant, record.ref())).as("access graph's shares of %s", record.ref())
          .containsExactlyElementsOf(expected);
      assertThat(tx.recordShares().sharesOf(tenant, record.ref())).as("share store's shares of %s", record.ref())
          .containsExactlyElementsOf(expected);
    }
  }

  // ---------------------------------------------------------------- decisions and changes

  /**
   * Every allowed (user, privilege, record) by check, after checking that the store's scan with
   * each visibility, the model and {@code check} agree; scopes are compiled afresh and current.
   */
  private Set<Allowed> decisions(AccessOrganisation organisation, Random random) {
    assertAgreement(organisation, random, false);
    return store().read(tx -> {
      AccessGraph graph = tx.accessGraph();
      Set<Allowed> allowed = new HashSet<>();
      for (User user : organisation.users()) {
        AccessScope scope = AccessScopes.load(tx, organisation.tenant, user.id());
        assertThat(AccessScopes.isCurrent(scope, tx)).as("a scope just compiled is current").isTrue();
        for (OwnedRecord<?> record : organisation.allRecords()) {
          for (Privilege privilege : Privilege.values()) {
            if (scope.check(privilege, AccessTarget.of(record), graph, false).allowed()) {
              allowed.add(new Allowed(user.id(), privilege, record.ref()));
            }
          }
        }
      }
      return allowed;
    });
  }

  private AccessScope anyScope(AccessOrganisation organisation) {
    UserId user = organisation.users().iterator().next().id();
    return store().read(tx -> AccessScopes.load(tx, organisation.tenant, user));
  }

  private void assertStale(AccessScope scope) {
    boolean current = store().read(tx -> AccessScopes.isCurrent(scope, tx));
    assertThat(current).as("a scope compiled before a change (version %s) is no longer current", scope.version())
        .isFalse();
  }

  private static void assertSame(Set<Allowed> before, Set<Allowed> after, String what) {
    Set<Allowed> lost = new HashSet<>(before);
    lost.removeAll(after);
    Set<Allowed> gained = new HashSet<>(after);
    gained.removeAll(before);
    assertThat(lost).as("decisions lost after " + what).isEmpty();
    assertThat(gained).as("decisions gained after " + what).isEmpty();
  }

  /** Adds one random grant to the store and the model; says which. */
  private String addGrant(AccessOrganisation organisation, Random random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      switch (random.nextInt(5)) {
        case 0 -> {
          SecurityRole role = ValuePools.pick(random, List.copyOf(organisation.roles()));
          OwnedKind<?, ?> kind = ValuePools.pick(random, OwnedKind.ALL);
          Privilege privilege = ValuePools.pick(random, List.of(Privilege.values()));
          AccessDepth depth = role.grants().depth(kind.kind(), privilege);
          if (depth != AccessDepth.ORGANIZATION) {
            List<AccessDepth> deeper = List.of(AccessDepth.values()).stream().filter(d -> d.compareTo(depth) > 0).toList();
            AccessDepth next = ValuePools.pick(random, deeper);
            organisation.changeRole(store(), role.id(), role.grants().with(kind.kind(), privilege, next));
            return "role " + role.id() + " grants " + privilege + " on " + kind + " at " + next + " instead of " + depth;
          }
        }
        case 1 -> {
          User user = ValuePools.pick(random, List.copyOf(organisation.users()));
          SecurityRole role = ValuePools.pick(random, List.copyOf(organisation.roles()));
          if (!user.roleIds().contains(role.id())) {
            organisation.addUserRole(store(), user.id(), role.id());
            return "user " + user.id() + " gets role " + role.id();
          }
        }
        case 2 -> {
          List<Team> ownerTeams = organisation.teams().stream().filter(t -> t.type() == TeamType.OWNER).toList();
          if (!ownerTeams.isEmpty()) {
            Team team = ValuePools.pick(random, ownerTeams);
            SecurityRole role = ValuePools.pick(random, List.copyOf(organisation.roles()));
            if (!team.roleIds().contains(role.id())) {
              Set<RoleId> roles = new HashSet<>(team.roleIds());
              roles.add(role.id());
              organisation.changeTeam(store(), team.id(), team.members(), roles);
              return "owner team " + team.id() + " gets role " + role.id();
            }
          }
        }
        case 3 -> {
          if (!organisation.teams().isEmpty()) {
            Team team = ValuePools.pick(random, List.copyOf(organisation.teams()));
            User user = ValuePools.pick(random, List.copyOf(organisation.users()));
            if (!team.members().contains(user.id())) {
              Set<UserId> members = new HashSet<>(team.members());
              members.add(user.id());
              organisation.changeTeam(store(), team.id(), members, team.roleIds());
              return team.type() + " team " + team.id() + " gets member " + user.id();
            }
          }
        }
        default -> {
          List<RecordShare> shares = List.copyOf(organisation.shares());
          if (!shares.isEmpty() && random.nextBoolean()) {
            RecordShare share = ValuePools.pick(random, shares);
            EnumSet<Privilege> rights = EnumSet.copyOf(share.rights());
            rights.addAll(AccessOrganisation.randomRights(random));
            if (!rights.equals(share.rights())) {
              organisation.changeShare(store(), share.id(), rights);
              return "share " + share.id() + " of " + share.record() + " with " + share.grantee().ref() + " carries "
                  + rights + " instead of " + share.rights();
            }
          } else {
            Optional<RecordShare> share = newShare(organisation, random);
            if (share.isPresent()) {
              organisation.addShare(store(), share.get());
              return "new share " + share.get();
            }
          }
        }
      }
    }
    Assume.that(false);
    throw new IllegalStateException("unreachable");
  }

  /** A share of a random record with a random principal not yet shared with; empty if none is found. */
  private static Optional<RecordShare> newShare(AccessOrganisation organisation, Random random) {
    List<OwnedRecord<?>> records = organisation.allRecords();
    List<Principal> principals = organisation.principals();
    if (records.isEmpty()) {
      return Optional.empty();
    }
    Set<List<Object>> taken = new HashSet<>();
    organisation.shares().forEach(s -> taken.add(List.of(s.record(), s.grantee())));
    for (int attempt = 0; attempt < 20; attempt++) {
      OwnedRecord<?> record = ValuePools.pick(random, records);
      Principal grantee = ValuePools.pick(random, principals);
      if (!taken.contains(List.of(record.ref(), grantee))) {
        return Optional.of(new RecordShare(ShareId.of(UUID.randomUUID()), organisation.tenant, record.ref(), grantee,
            AccessOrganisation.randomRights(random), ValuePools.revision(random)));
      }
    }
    return Optional.empty();
  }
}
