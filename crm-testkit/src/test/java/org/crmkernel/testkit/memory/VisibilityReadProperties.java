package org.crmkernel.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.AccessGraph;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.Visibility;
import org.crmkernel.testkit.fixtures.TestRecords;

/**
 * Reads restricted by a {@link Visibility} against a brute-force evaluation of {@link
 * Visibility#admits} over every row, with the graph taken from a plain model of the data: random
 * unit forests (moves may even make cycles), users with managers (cycles too), owner teams,
 * shares with random rights (some on contacts with an account's id, which must not count),
 * another tenant's rows, and the unit of work's own pending writes to all of them. Each read is
 * run under both plans and under the cost-based choice; pages are walked with their cursors.
 */
class VisibilityReadProperties {

  private static final List<String> NAMES = List.of("Acme", "Acorn", "Beta", "Zeta", "Acme Ltd");
  private static final Comparator<UUID> ID_ORDER = Uuid7.UNSIGNED_ORDER;

  @Property(tries = 120)
  void restrictedReadsAgreeWithTheReferenceSemantics(@ForAll long seed) {
    Random random = new Random(seed);
    TenantId tenant = TestRecords.newTenant();
    TenantId other = TestRecords.newTenant();
    World world = World.random(random, tenant);
    World elsewhere = world.copyFor(other, random);
    InMemoryCrmStore store = InMemoryCrmStore.create();
    store.write(tx -> {
      world.insertInto(tx);
      elsewhere.insertInto(tx);
      return null;
    });

    store.read(tx -> {
      checkReads(store, tx, tenant, world, random);
      return null;
    });
    store.write(tx -> {
      world.changeRandomly(tx, random);
      checkReads(store, tx, tenant, world, random);
      tx.setRollbackOnly();
      return null;
    });
  }

  private static void checkReads(InMemoryCrmStore store, StoreTransaction tx, TenantId tenant, World world, Random random) {
    ReferenceGraph graph = world.graph();
    checkGraph(tx.accessGraph(), graph, tenant, world, random);
    for (int i = 0; i < 6; i++) {
      Visibility visibility = world.randomVisibility(random);
      Filter<Account> filter = random.nextBoolean() ? Filter.all() : Filter.startsWith(AccountFields.NAME, "Ac");
      Sort<Account> sort = switch (random.nextInt(3)) {
        case 0 -> Sort.byId();
        case 1 -> Sort.by(AccountFields.NAME);
        default -> Sort.by(AccountFields.NAME, Sort.Direction.DESC);
      };
      int limit = 1 + random.nextInt(7);
      List<Account> expected = world.accounts.values().stream()
          .filter(a -> visibility.admits(a, graph) && filter.test(a))
          .sorted(sort.recordOrder(a -> a.id().value()))
          .toList();
      List<UUID> expectedIds = expected.stream().map(a -> a.id().value()).sorted(ID_ORDER).toList();
      for (InMemoryCrmStore.Planning planning : InMemoryCrmStore.Planning.values()) {
        store.planning = planning;
        try {
          List<Account> paged = walk(tx, tenant, new Query<>(filter, sort, limit, Optional.empty()), visibility);
          assertThat(paged).as("pages under %s of %s", planning, visibility).containsExactlyElementsOf(expected);
          long counted = tx.accounts().count(tenant, filter, visibility);
          assertThat(counted).as("count under %s", planning).isEqualTo(expected.size());
          List<UUID> scanned;
          try (Stream<Account> rows = tx.accounts().scan(tenant, filter, visibility)) {
            scanned = rows.map(a -> a.id().value()).toList();
          }
          assertThat(scanned).as("scan under %s", planning).containsExactlyElementsOf(expectedIds);
        } finally {
          store.planning = InMemoryCrmStore.Planning.COST;
        }
      }
      if (visibility.everything()) {
        Query<Account> first = new Query<>(filter, sort, limit, Optional.empty());
        Page<Account> restricted = tx.accounts().query(tenant, first, visibility);
        Page<Account> unrestricted = tx.accounts().query(tenant, first);
        assertThat(restricted).isEqualTo(unrestricted);
      }
    }
  }

  private static List<Account> walk(StoreTransaction tx, TenantId tenant, Query<Account> first, Visibility visibility) {
    List<Account> all = new ArrayList<>();
    Optional<Query<Account>> next = Optional.of(first);
    while (next.isPresent()) {
      Page<Account> page = tx.accounts().query(tenant, next.get(), visibility);
      assertThat(page.items().size()).isLessThanOrEqualTo(first.limit());
      all.addAll(page.items());
      next = next.get().next(page);
      assertThat(all.size()).as("pages end").isLessThanOrEqualTo(10_000);
    }
    return all;
  }

  private static void checkGraph(AccessGraph store, ReferenceGraph reference, TenantId tenant, World world, Random random) {
    List<BusinessUnitId> units = world.unitIds();
    List<UserId> users = new ArrayList<>(world.users.keySet());
    for (int i = 0; i < 20; i++) {
      BusinessUnitId unit = units.get(random.nextInt(units.size()));
      BusinessUnitId root = units.get(random.nextInt(units.size()));
      assertThat(store.isInUnitTree(tenant, unit, root)).as("%s under %s", unit, root)
          .isEqualTo(reference.isInUnitTree(tenant, unit, root));
      UserId manager = users.get(random.nextInt(users.size()));
      UserId report = users.get(random.nextInt(users.size()));
      int depth = 1 + random.nextInt(5);
      assertThat(store.managerDistance(tenant, manager, report, depth))
          .isEqualTo(reference.managerDistance(tenant, manager, report, depth));
    }
    for (Account account : world.accounts.values()) {
      assertThat(store.sharesOf(tenant, account.ref())).isEqualTo(reference.sharesOf(tenant, account.ref()));
    }
  }

  /** The data of one tenant, kept as the store should see it, with the reference graph over it. */
  private static final class World {
    final TenantId tenant;
    final Map<BusinessUnitId, BusinessUnit> units = new LinkedHashMap<>();
    final Map<UserId, User> users = new LinkedHashMap<>();
    final List<TeamId> teams = new ArrayList<>();
    final Map<UUID, Account> accounts = new LinkedHashMap<>();
    final Map<ShareId, RecordShare> shares = new LinkedHashMap<>();
    // Units that records may name without the unit existing.
    final BusinessUnitId stray = new BusinessUnitId(TestRecords.newUuid());

    World(TenantId tenant) {
      this.tenant = tenant;
    }

    static World random(Random random, TenantId tenant) {
      World world = new World(tenant);
      int unitCount = 1 + random.nextInt(12);
      List<BusinessUnitId> ids = new ArrayList<>();
      for (int i = 0; i < unitCount; i++) {
        Optional<BusinessUnitId> parent = ids.isEmpty() || random.nextInt(5) == 0
            ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
        BusinessUnit unit = TestRecords.businessUnit(tenant).parentId(parent).build();
        ids.add(unit.id());
        world.units.put(unit.id(), unit);
      }
      int userCount = 1 + random.nextInt(10);
      List<UserId> userIds = new ArrayList<>();
      for (int i = 0; i < userCount; i++) {
        userIds.add(new UserId(TestRecords.newUuid()));
      }
      for (UserId id : userIds) {
        UserId manager = userIds.get(random.nextInt(userIds.size()));
        Optional<UserId> managerId = manager.equals(id) || random.nextInt(4) == 0 ? Optional.empty() : Optional.of(manager);
        world.users.put(id, TestRecords.user(tenant).id(id).businessUnitId(ids.get(random.nextInt(ids.size())))
            .managerId(managerId).build());
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        world.teams.add(new TeamId(TestRecords.newUuid()));
      }
      for (int i = random.nextInt(60); i > 0; i--) {
        Account account = world.newAccount(random);
        world.accounts.put(account.id().value(), account);
      }
      for (int i = random.nextInt(25); i > 0; i--) {
        world.randomShare(random).ifPresent(s -> world.shares.put(s.id(), s));
      }
      return world;
    }

    /** The same shapes for another tenant: rows that must never show in this tenant's reads. */
    World copyFor(TenantId other, Random random) {
      World copy = new World(other);
      units.values().forEach(u -> copy.units.put(u.id(), TestRecords.businessUnit(other).id(u.id())
          .parentId(u.parentId()).build()));
      users.values().forEach(u -> copy.users.put(u.id(), TestRecords.user(other).id(u.id())
          .businessUnitId(u.businessUnitId()).managerId(u.managerId()).build()));
      copy.teams.addAll(teams);
      for (int i = random.nextInt(20); i > 0; i--) {
        Account account = copy.newAccount(random);
        copy.accounts.put(account.id().value(), account);
      }
      return copy;
    }

    void insertInto(StoreTransaction tx) {
      units.values().forEach(tx.businessUnits()::insert);
      users.values().forEach(tx.users()::insert);
      accounts.values().forEach(tx.accounts()::insert);
      shares.values().forEach(tx.recordShares()::insert);
    }

    /** Pending writes of every kind the reads depend on, made in {@code tx} and here alike. */
    void changeRandomly(StoreTransaction tx, Random random) {
      for (int i = random.nextInt(6); i > 0; i--) {
        Account added = newAccount(random);
        tx.accounts().insert(added);
        accounts.put(added.id().value(), added);
      }
      List<Account> present = new ArrayList<>(accounts.values());
      for (int i = random.nextInt(6); i > 0 && !present.isEmpty(); i--) {
        Account before = present.remove(random.nextInt(present.size()));
        if (random.nextInt(3) == 0) {
          tx.accounts().delete(tenant, before.id(), before.version());
          accounts.remove(before.id().value());
        } else {
          Account after = before.withOwnership(randomOwnership(random))
              .withRevision(before.revision().next(TestRecords.DEFAULT_TIME));
          tx.accounts().update(after, before.version());
          accounts.put(after.id().value(), after);
        }
      }
      List<BusinessUnitId> unitIds = unitIds();
      for (int i = random.nextInt(3); i > 0; i--) {
        BusinessUnit before = units.get(unitIds.get(random.nextInt(unitIds.size())));
        BusinessUnitId parent = unitIds.get(random.nextInt(unitIds.size()));
        Optional<BusinessUnitId> parentId = parent.equals(before.id()) ? Optional.empty() : Optional.of(parent);
        BusinessUnit after = new BusinessUnit(before.id(), tenant, before.name(), parentId, before.active(),
            before.revision().next(TestRecords.DEFAULT_TIME));
        tx.businessUnits().update(after, before.version());
        units.put(after.id(), after);
      }
      List<UserId> userIds = new ArrayList<>(users.keySet());
      for (int i = random.nextInt(3); i > 0; i--) {
        User before = users.get(userIds.get(random.nextInt(userIds.size())));
        UserId manager = userIds.get(random.nextInt(userIds.size()));
        Optional<UserId> managerId = manager.equals(before.id()) ? Optional.empty() : Optional.of(manager);
        User after = new User(before.id(), tenant, before.fullName(), before.email(), before.businessUnitId(), managerId,
            before.active(), before.roleIds(), before.revision().next(TestRecords.DEFAULT_TIME));
        tx.users().update(after, before.version());
        users.put(after.id(), after);
      }
      for (int i = random.nextInt(4); i > 0; i--) {
        Optional<RecordShare> share = randomShare(random);
        if (share.isPresent()) {
          tx.recordShares().insert(share.get());
          shares.put(share.get().id(), share.get());
        }
      }
      List<RecordShare> granted = new ArrayList<>(shares.values());
      for (int i = random.nextInt(3); i > 0 && !granted.isEmpty(); i--) {
        RecordShare gone = granted.remove(random.nextInt(granted.size()));
        tx.recordShares().delete(tenant, gone.id(), gone.version());
        shares.remove(gone.id());
      }
    }

    List<BusinessUnitId> unitIds() {
      return new ArrayList<>(units.keySet());
    }

    Account newAccount(Random random) {
      return TestRecords.account(tenant).name(NAMES.get(random.nextInt(NAMES.size())))
          .ownership(randomOwnership(random)).build();
    }

    Ownership randomOwnership(Random random) {
      List<UserId> userIds = new ArrayList<>(users.keySet());
      Owner owner = !teams.isEmpty() && random.nextInt(4) == 0
          ? Owner.team(teams.get(random.nextInt(teams.size())))
          : Owner.user(userIds.get(random.nextInt(userIds.size())));
      List<BusinessUnitId> unitIds = unitIds();
      BusinessUnitId unit = random.nextInt(10) == 0 ? stray : unitIds.get(random.nextInt(unitIds.size()));
      return new Ownership(owner, unit);
    }

    Principal randomPrincipal(Random random) {
      List<UserId> userIds = new ArrayList<>(users.keySet());
      return !teams.isEmpty() && random.nextInt(3) == 0
          ? Principal.team(teams.get(random.nextInt(teams.size())))
          : Principal.user(userIds.get(random.nextInt(userIds.size())));
    }

    /** A share of a random account (now and then of a contact with an account's id), unless the pair is taken. */
    Optional<RecordShare> randomShare(Random random) {
      if (accounts.isEmpty()) {
        return Optional.empty();
      }
      List<Account> all = new ArrayList<>(accounts.values());
      Account target = all.get(random.nextInt(all.size()));
      RecordRef record = random.nextInt(8) == 0 ? new RecordRef(RecordKind.CONTACT, target.id().value()) : target.ref();
      Principal grantee = randomPrincipal(random);
      if (shares.values().stream().anyMatch(s -> s.record().equals(record) && s.grantee().equals(grantee))) {
        return Optional.empty();
      }
      Set<Privilege> rights = EnumSet.noneOf(Privilege.class);
      for (Privilege privilege : Privilege.values()) {
        if (privilege.isShareable() && random.nextInt(3) == 0) {
          rights.add(privilege);
        }
      }
      if (rights.isEmpty()) {
        rights.add(Privilege.READ);
      }
      return Optional.of(new RecordShare(new ShareId(TestRecords.newUuid()), tenant, record, grantee, rights,
          Revision.first(TestRecords.DEFAULT_TIME)));
    }

    Visibility randomVisibility(Random random) {
      Privilege privilege = Privilege.values()[random.nextInt(Privilege.values().length)];
      if (random.nextInt(10) == 0) {
        return Visibility.everything(privilege);
      }
      List<UserId> userIds = new ArrayList<>(users.keySet());
      List<BusinessUnitId> unitIds = unitIds();
      Set<UUID> owners = new HashSet<>();
      Set<BusinessUnitId> direct = new HashSet<>();
      Set<BusinessUnitId> trees = new HashSet<>();
      Set<UUID> grantees = new HashSet<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        owners.add(random.nextInt(4) == 0 && !teams.isEmpty() ? teams.get(random.nextInt(teams.size())).value()
            : userIds.get(random.nextInt(userIds.size())).value());
      }
      for (int i = random.nextInt(2); i > 0; i--) {
        direct.add(random.nextInt(6) == 0 ? stray : unitIds.get(random.nextInt(unitIds.size())));
      }
      for (int i = random.nextInt(2); i > 0; i--) {
        trees.add(unitIds.get(random.nextInt(unitIds.size())));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        grantees.add(randomPrincipal(random).uuid());
      }
      Optional<Visibility.Reports> reports = random.nextBoolean()
          ? Optional.of(new Visibility.Reports(userIds.get(random.nextInt(userIds.size())), 1 + random.nextInt(4)))
          : Optional.empty();
      return new Visibility(privilege, false, owners, direct, trees, grantees, reports);
    }

    ReferenceGraph graph() {
      return new ReferenceGraph(tenant, new HashMap<>(units), new HashMap<>(users), new ArrayList<>(shares.values()));
    }
  }

  /** The graph by definition: walks up parents and managers, filters every share. */
  private record ReferenceGraph(TenantId tenant, Map<BusinessUnitId, BusinessUnit> units, Map<UserId, User> users,
      List<RecordShare> shares) implements AccessGraph {

    @Override
    public boolean isInUnitTree(TenantId tenant, BusinessUnitId unit, BusinessUnitId root) {
      Set<BusinessUnitId> seen = new HashSet<>();
      BusinessUnitId current = unit;
      while (seen.add(current)) {
        if (current.equals(root)) {
          return true;
        }
        BusinessUnit row = tenant.equals(this.tenant) ? units.get(current) : null;
        if (row == null || row.parentId().isEmpty()) {
          return false;
        }
        current = row.parentId().get();
      }
      return false;
    }

    @Override
    public int managerDistance(TenantId tenant, UserId manager, UserId report, int maxDepth) {
      UserId current = report;
      for (int step = 1; step <= maxDepth; step++) {
        User row = tenant.equals(this.tenant) ? users.get(current) : null;
        if (row == null || row.managerId().isEmpty()) {
          return 0;
        }
        current = row.managerId().get();
        if (current.equals(manager)) {
          return step;
        }
      }
      return 0;
    }

    @Override
    public List<RecordShare> sharesOf(TenantId tenant, RecordRef record) {
      return shares.stream().filter(s -> s.tenantId().equals(tenant) && s.record().equals(record))
          .sorted(Comparator.comparing(s -> s.id().value(), ID_ORDER)).toList();
    }
  }
}
