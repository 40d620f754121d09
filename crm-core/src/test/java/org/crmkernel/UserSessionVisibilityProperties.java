package org.crmkernel;

import org.crmkernel.spi.CrmStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.query.Cursor;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.fixtures.MutableClock;

/**
 * Through the whole kernel (user sessions, scope cache, guard, store visibility): for random
 * organisations, what a user session lists and counts is exactly the set of records {@code
 * access().check} allows it to read, and {@code get} succeeds exactly on those.
 */
class UserSessionVisibilityProperties {

  @Property(tries = 40)
  void listsCountsAndGetsAgreeWithChecks(@ForAll long seed) {
    Random random = new Random(seed);
    MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T09:00:00Z"));
    CrmStore store = TestStores.create();
    Crm crm = Crm.builder().store(store).clock(clock).build();
    TenantId tenant = TenantId.generate(clock);
    CrmSession system = crm.tenant(tenant).system();

    List<BusinessUnit> units = new ArrayList<>(List.of(system.directory().createRootUnit("Root")));
    for (int i = 0; i < 1 + random.nextInt(8); i++) {
      units.add(system.directory().createUnit("Unit " + i, units.get(random.nextInt(units.size())).id()));
    }
    List<User> users = new ArrayList<>();
    for (int i = 0; i < 3 + random.nextInt(6); i++) {
      Optional<UserId> manager = users.isEmpty() || random.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(users.get(random.nextInt(users.size())).id());
      users.add(system.directory().createUser("User " + i, "user" + i + "@x.example",
          units.get(random.nextInt(units.size())).id(), manager));
    }
    Team ownerTeam = system.directory().createTeam("Owners", TeamType.OWNER, units.get(0).id(),
        users.stream().filter(u -> random.nextBoolean()).map(User::id).toList());
    Team accessTeam = system.directory().createTeam("Access", TeamType.ACCESS, units.get(0).id(),
        users.stream().filter(u -> random.nextBoolean()).map(User::id).toList());

    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 5 + random.nextInt(25); i++) {
      Owner owner = random.nextInt(5) == 0 ? Owner.team(ownerTeam.id()) : Owner.user(users.get(random.nextInt(users.size())).id());
      accounts.add(system.accounts().create(AccountDraft.builder("Account " + i).owner(owner).build()));
    }
    for (Account account : accounts) {
      if (random.nextInt(4) == 0) {
        Principal grantee = random.nextBoolean() ? Principal.team(accessTeam.id())
            : Principal.user(users.get(random.nextInt(users.size())).id());
        Set<Privilege> rights = random.nextBoolean() ? Set.of(Privilege.READ) : Set.of(Privilege.WRITE);
        system.sharing().shareWith(account.ref(), grantee, rights);
      }
    }

    // Roles, activity and settings last: accounts cannot be given to inactive users.
    List<RoleId> roles = new ArrayList<>();
    store.write(tx -> {
      for (int r = 0; r < 3; r++) {
        Map<Privilege, AccessDepth> cells = new EnumMap<>(Privilege.class);
        for (Privilege privilege : Privilege.values()) {
          cells.put(privilege, AccessDepth.values()[random.nextInt(AccessDepth.values().length)]);
        }
        RoleId id = RoleId.generate(clock);
        tx.securityRoles().insert(new SecurityRole(id, tenant, "Role " + r, new RoleGrants(Map.of(RecordKind.ACCOUNT, cells)),
            Revision.first(clock.instant())));
        roles.add(id);
      }
      for (User user : users) {
        User current = tx.users().get(tenant, user.id());
        SortedSet<RoleId> held = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
        roles.stream().filter(x -> random.nextInt(3) == 0).forEach(held::add);
        tx.users().update(new User(current.id(), tenant, current.fullName(), current.email(), current.businessUnitId(),
            current.managerId(), random.nextInt(8) != 0, held, current.revision().next(clock.instant())), current.version());
      }
      tx.accessSettings().save(AccessScopes.settingsOf(tx, tenant).next(random.nextInt(4), Set.of()));
      return null;
    });

    for (User user : users) {
      CrmSession session = crm.tenant(tenant).as(user.id());
      boolean active = store.read(tx -> tx.users().get(tenant, user.id())).active();
      Set<AccountId> allowed = new HashSet<>();
      for (Account account : accounts) {
        if (system.access().check(user.id(), Privilege.READ, account.ref()).allowed()) {
          allowed.add(account.id());
        }
      }
      if (!active) {
        assertThat(allowed).isEmpty();
        continue;
      }
      assertThat(listAll(session)).containsExactlyInAnyOrderElementsOf(allowed);
      assertThat(session.accounts().count(Filter.all())).isEqualTo(allowed.size());
      for (Account account : accounts) {
        boolean readable;
        try {
          session.accounts().get(account.id());
          readable = true;
        } catch (AccessDeniedException e) {
          readable = false;
        }
        assertThat(readable).as("get of %s by %s", account.name(), user.fullName()).isEqualTo(allowed.contains(account.id()));
      }
    }
  }

  private static List<AccountId> listAll(CrmSession session) {
    List<AccountId> ids = new ArrayList<>();
    Optional<Cursor> after = Optional.empty();
    do {
      Page<Account> page = session.accounts().list(new Query<>(Filter.all(), Sort.by(AccountFields.NAME), 3, after));
      page.items().forEach(a -> ids.add(a.id()));
      after = page.next();
    } while (after.isPresent());
    return ids;
  }
}
