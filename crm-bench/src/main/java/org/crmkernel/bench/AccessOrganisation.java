package org.crmkernel.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import org.crmkernel.Crm;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.BulkInsert;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.testkit.memory.InMemoryCrmStore;

/**
 * A generated organisation of the size issue 3 names, written straight into an in-memory store
 * (not through the directory services, which would audit every row and take minutes): 10,000
 * business units up to depth 8, 100,000 users with managers and roles, 5,000 teams, 1,000,000
 * accounts and 1,000,000 shares. Everything comes from one seeded generator, ids included, so
 * two runs build the same organisation; see crm-bench/README.md for its shape.
 *
 * <p>Besides the store, it keeps the organisation as int arrays (who is in which unit, who owns
 * which account, who manages whom), which the benchmarks use to sample realistic (user,
 * privilege, record) triples and to build the equivalent jCasbin policy without reading the
 * store back.
 */
final class AccessOrganisation {

  /** The seed of every random choice. */
  static final long SEED = 20_261_126L;
  /** Units per tree level, root first: 10,000 units, deepest at depth 8. */
  static final int[] UNITS_PER_LEVEL = {1, 10, 50, 250, 1_000, 2_500, 3_000, 2_000, 1_189};
  static final int USERS = 100_000;
  static final int OWNER_TEAMS = 1_000;
  static final int ACCESS_TEAMS = 4_000;
  static final int TEAMS = OWNER_TEAMS + ACCESS_TEAMS;
  static final int SHARES = 1_000_000;
  /** Users of the big unit, the one that owns 1 % of the accounts. */
  static final int BIG_UNIT_USERS = 1_000;
  /** Accounts the key account manager owns, their team owns, and are shared with them. */
  static final int KAM_OWNED = 600, KAM_TEAM_OWNED = 200, KAM_SHARED = 200;
  /** The hierarchy depth stored in the tenant's access settings (the default). */
  static final int HIERARCHY_DEPTH = AccessSettings.DEFAULT_HIERARCHY_DEPTH;

  private static final long BASE_MILLIS = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final int BATCH = 100_000;

  /** The roles of the organisation, in the order of {@link #roles}. */
  enum RoleName {
    SALESPERSON("Salesperson"),
    SALES_MANAGER("Sales manager"),
    VICE_PRESIDENT("Vice president of sales"),
    CUSTOMER_SERVICE("Customer service representative"),
    MARKETING("Marketing professional"),
    SYSTEM_ADMINISTRATOR("System administrator"),
    ACCOUNT_TEAM("Account team"),
    KEY_ACCOUNT_MANAGER("Key account manager"),
    KEY_ACCOUNT_TEAM("Key account team");

    final String label;

    RoleName(String label) {
      this.label = label;
    }
  }

  final int accounts;
  final Clock clock = Clock.systemUTC();
  final CrmStore store;
  /** Whether this JVM wrote the organisation (false: the store already held it). */
  final boolean written;
  final Crm crm;
  final TenantId tenant;

  // Units: index 0 is the root.
  final int unitCount;
  final int[] unitParent;
  final int[] unitLevel;
  final BusinessUnitId[] unitIds;
  final int[][] unitChildren;
  /** The unit that holds {@link #BIG_UNIT_USERS} users. */
  final int bigUnit;

  // Users.
  final UserId[] userIds;
  final int[] userUnit;
  /** The user's manager, or -1. */
  final int[] userManager;
  final RoleName[] userRole;
  final int[] unitManager;
  final int[][] directReports;
  final int[][] usersOfUnit;

  // Teams: owner teams first, then access teams.
  final TeamId[] teamIds;
  final int[] teamUnit;
  final int[][] teamMembers;
  final int[][] teamsOfUser;

  final EnumMap<RoleName, SecurityRole> roles = new EnumMap<>(RoleName.class);

  // Accounts: owner code >= 0 is a user, < 0 is owner team -(code + 1).
  final int[] accountOwner;
  final int[] accountUnit;
  final int[][] accountsOfUser;
  final int[][] accountsOfTeam;
  final int[][] accountsOfUnit;

  // Shares: grantee code >= 0 is a user, < 0 is team -(code + 1); rights as a bit set of privilege ordinals.
  final int[] shareAccount;
  final int[] shareGrantee;
  final int[] shareRights;
  final int[][] sharesOfUser;
  final int[][] sharesOfTeam;

  // The users the page benchmark reads as.
  /** A customer service representative: reads every account (organisation depth). */
  final int everythingUser;
  /** A sales manager heading a division: reads its subtree (parent-child depth), about 10 %. */
  final int divisionUser;
  /** A salesperson of the big unit: reads that unit (business unit depth), about 1 %. */
  final int bigUnitUser;
  /** A key account manager: reads what they own, their team owns and is shared with them, about 0.1 %. */
  final int keyAccountUser;
  final int keyAccountTeam;

  private AccessOrganisation(int accounts, CrmStore store) {
    this.accounts = accounts;
    this.store = store;
    SplittableRandom random = new SplittableRandom(SEED);
    tenant = TenantId.of(id(0, 0));
    crm = Crm.builder().store(store).clock(clock).build();

    // --- Units: level by level, each unit under a random unit of the level above.
    unitCount = Arrays.stream(UNITS_PER_LEVEL).sum();
    unitParent = new int[unitCount];
    unitLevel = new int[unitCount];
    unitIds = new BusinessUnitId[unitCount];
    unitParent[0] = -1;
    int levelStart = 0;
    int next = 1;
    for (int level = 1; level < UNITS_PER_LEVEL.length; level++) {
      int above = UNITS_PER_LEVEL[level - 1];
      for (int n = 0; n < UNITS_PER_LEVEL[level]; n++) {
        // The first units of a level take the units above in turn, so none of them is a leaf too early.
        unitParent[next] = levelStart + (n < above ? n : random.nextInt(above));
        unitLevel[next] = level;
        next++;
      }
      levelStart += above;
    }
    for (int u = 0; u < unitCount; u++) {
      unitIds[u] = BusinessUnitId.of(id(1, u));
    }
    unitChildren = group(unitCount, unitParent, unitCount);
    bigUnit = 1 + 10 + 50 + 7; // a level-3 unit, a regional sales office

    // --- Users: one manager per unit first, then the big unit, then the rest at random.
    userIds = new UserId[USERS];
    userUnit = new int[USERS];
    userManager = new int[USERS];
    userRole = new RoleName[USERS];
    unitManager = new int[unitCount];
    for (int u = 0; u < unitCount; u++) {
      userUnit[u] = u;
      unitManager[u] = u;
    }
    for (int n = unitCount; n < unitCount + BIG_UNIT_USERS - 1; n++) {
      userUnit[n] = bigUnit;
    }
    for (int n = unitCount + BIG_UNIT_USERS - 1; n < USERS; n++) {
      int unit;
      do {
        unit = random.nextInt(unitCount);
      } while (unit == bigUnit);
      userUnit[n] = unit;
    }
    for (int n = 0; n < USERS; n++) {
      userIds[n] = UserId.of(id(2, n));
      int unit = userUnit[n];
      if (n == unitManager[unit]) {
        userManager[n] = unit == 0 ? -1 : unitManager[unitParent[unit]];
        userRole[n] = unit == 0 ? RoleName.VICE_PRESIDENT : RoleName.SALES_MANAGER;
      } else {
        userManager[n] = unitManager[unit];
        int dice = random.nextInt(100);
        userRole[n] = dice < 74 ? RoleName.SALESPERSON
            : dice < 89 ? RoleName.CUSTOMER_SERVICE
            : dice < 98 ? RoleName.MARKETING
            : dice < 99 ? RoleName.VICE_PRESIDENT
            : RoleName.SYSTEM_ADMINISTRATOR;
      }
    }
    directReports = group(USERS, userManager, USERS);
    usersOfUnit = group(USERS, userUnit, unitCount);

    // --- The page benchmark's users, excluded from random team memberships to keep their shapes clean.
    divisionUser = unitManager[divisionNearestTenth()];
    bigUnitUser = unitCount + 1;
    userRole[bigUnitUser] = RoleName.SALESPERSON;
    everythingUser = firstWithRole(RoleName.CUSTOMER_SERVICE, unitCount + BIG_UNIT_USERS);
    keyAccountUser = firstWithRole(RoleName.SALESPERSON, everythingUser + 1);
    userRole[keyAccountUser] = RoleName.KEY_ACCOUNT_MANAGER;
    Set<Integer> reserved = Set.of(divisionUser, bigUnitUser, everythingUser, keyAccountUser);

    // --- Teams: owner teams of 3 to 15 users of one unit's neighbourhood, access teams of 5 to 25 anywhere.
    teamIds = new TeamId[TEAMS];
    teamUnit = new int[TEAMS];
    teamMembers = new int[TEAMS][];
    keyAccountTeam = 0;
    for (int t = 0; t < TEAMS; t++) {
      teamIds[t] = TeamId.of(id(3, t));
      boolean owner = t < OWNER_TEAMS;
      Set<Integer> members = new TreeSet<>();
      if (t == keyAccountTeam) {
        teamUnit[t] = userUnit[keyAccountUser];
        members.add(keyAccountUser);
        members.add(userManager[keyAccountUser]);
      } else {
        int anchor = random.nextInt(USERS);
        teamUnit[t] = userUnit[anchor];
        int size = owner ? 3 + random.nextInt(13) : 5 + random.nextInt(21);
        while (members.size() < size) {
          int candidate = owner && random.nextInt(3) > 0 ? sameUnitUser(random, teamUnit[t]) : random.nextInt(USERS);
          if (!reserved.contains(candidate)) {
            members.add(candidate);
          }
        }
      }
      teamMembers[t] = members.stream().mapToInt(Integer::intValue).toArray();
    }
    teamsOfUser = invert(teamMembers, USERS);

    // --- Roles.
    for (RoleName name : RoleName.values()) {
      roles.put(name, new SecurityRole(RoleId.of(id(4, name.ordinal())), tenant, name.label, grantsOf(name),
          Revision.first(CREATED)));
    }

    // --- Accounts: 95 % owned by a user chosen at random, 5 % by an owner team; the key account manager's set aside.
    accountOwner = new int[accounts];
    accountUnit = new int[accounts];
    int kamEnd = KAM_OWNED + KAM_TEAM_OWNED;
    for (int a = 0; a < accounts; a++) {
      int owner;
      if (a < KAM_OWNED) {
        owner = keyAccountUser;
      } else if (a < kamEnd) {
        owner = -(keyAccountTeam + 1);
      } else if (random.nextInt(100) < 5) {
        owner = -(1 + 1 + random.nextInt(OWNER_TEAMS - 1));
      } else {
        do {
          owner = random.nextInt(USERS);
        } while (owner == keyAccountUser);
      }
      accountOwner[a] = owner;
      accountUnit[a] = owner >= 0 ? userUnit[owner] : teamUnit[-owner - 1];
    }
    int[] userOwners = new int[accounts];
    int[] teamOwners = new int[accounts];
    for (int a = 0; a < accounts; a++) {
      userOwners[a] = accountOwner[a] >= 0 ? accountOwner[a] : -1;
      teamOwners[a] = accountOwner[a] < 0 ? -accountOwner[a] - 1 : -1;
    }
    accountsOfUser = group(accounts, userOwners, USERS);
    accountsOfTeam = group(accounts, teamOwners, TEAMS);
    accountsOfUnit = group(accounts, accountUnit, unitCount);

    // --- Shares: one per (account, grantee); half with a colleague of the owner's unit, the rest anywhere.
    shareAccount = new int[SHARES];
    shareGrantee = new int[SHARES];
    shareRights = new int[SHARES];
    HashSet<Long> taken = new HashSet<>(SHARES * 2);
    int s = 0;
    for (int k = 0; k < KAM_SHARED; k++) {
      int account = kamEnd + k * 997 % (accounts - kamEnd);
      taken.add((long) account * (USERS + TEAMS) + keyAccountUser);
      shareAccount[s] = account;
      shareGrantee[s] = keyAccountUser;
      shareRights[s] = rights(Privilege.READ, Privilege.WRITE);
      s++;
    }
    while (s < SHARES) {
      int account = kamEnd + random.nextInt(accounts - kamEnd);
      int grantee;
      int dice = random.nextInt(100);
      if (dice < 35) {
        grantee = sameUnitUser(random, accountUnit[account]);
      } else if (dice < 65) {
        grantee = random.nextInt(USERS);
      } else {
        grantee = -(1 + 1 + random.nextInt(TEAMS - 1));
      }
      if (grantee >= 0 && reserved.contains(grantee)) {
        continue;
      }
      long key = (long) account * (USERS + TEAMS) + (grantee >= 0 ? grantee : USERS - grantee - 1);
      if (!taken.add(key)) {
        continue;
      }
      int r = random.nextInt(100);
      shareAccount[s] = account;
      shareGrantee[s] = grantee;
      shareRights[s] = r < 50 ? rights(Privilege.READ)
          : r < 80 ? rights(Privilege.READ, Privilege.WRITE)
          : r < 95 ? rights(Privilege.READ, Privilege.WRITE, Privilege.APPEND, Privilege.APPEND_TO)
          : rights(Privilege.READ, Privilege.WRITE, Privilege.APPEND, Privilege.APPEND_TO, Privilege.ASSIGN,
              Privilege.SHARE, Privilege.DELETE);
      s++;
    }
    int[] userGrantees = new int[SHARES];
    int[] teamGrantees = new int[SHARES];
    for (int k = 0; k < SHARES; k++) {
      userGrantees[k] = shareGrantee[k] >= 0 ? shareGrantee[k] : -1;
      teamGrantees[k] = shareGrantee[k] < 0 ? -shareGrantee[k] - 1 : -1;
    }
    sharesOfUser = group(SHARES, userGrantees, USERS);
    sharesOfTeam = group(SHARES, teamGrantees, TEAMS);

    // The tenant's access settings are written last: when they are there, so is everything else.
    written = store.read(tx -> tx.accessSettings().find(tenant)).isEmpty();
    if (written) {
      write();
    }
  }

  /** Builds the organisation with {@code accounts} accounts (the size is 1,000,000) in a new in-memory store. */
  static AccessOrganisation create(int accounts) {
    return new AccessOrganisation(accounts, InMemoryCrmStore.create());
  }

  /**
   * The organisation with {@code accounts} accounts in {@code store}: written there unless the
   * store already holds it (the same seed gives the same ids, so a database loaded by an earlier
   * run is reused).
   */
  static AccessOrganisation in(CrmStore store, int accounts) {
    return new AccessOrganisation(accounts, store);
  }

  /**
   * The division (level-1 unit) whose subtree holds the number of users closest to 10 %: accounts
   * go to users uniformly, so it owns about that share of the accounts.
   */
  private int divisionNearestTenth() {
    int[] usersBelow = new int[unitCount];
    for (int n = 0; n < USERS; n++) {
      usersBelow[userUnit[n]]++;
    }
    for (int u = unitCount - 1; u > 0; u--) {
      usersBelow[unitParent[u]] += usersBelow[u]; // parents come before their children
    }
    int best = 1;
    for (int u = 1; u <= UNITS_PER_LEVEL[1]; u++) {
      if (Math.abs(usersBelow[u] - USERS / 10) < Math.abs(usersBelow[best] - USERS / 10)) {
        best = u;
      }
    }
    return best;
  }

  private int firstWithRole(RoleName role, int from) {
    for (int n = from; n < USERS; n++) {
      if (userRole[n] == role && userUnit[n] != bigUnit) {
        return n;
      }
    }
    throw new IllegalStateException("no user with role " + role);
  }

  private int sameUnitUser(SplittableRandom random, int unit) {
    int[] colleagues = usersOfUnit[unit];
    return colleagues[random.nextInt(colleagues.length)];
  }

  private static int rights(Privilege... privileges) {
    int mask = 0;
    for (Privilege p : privileges) {
      mask |= 1 << p.ordinal();
    }
    return mask;
  }

  static Set<Privilege> rightsOf(int mask) {
    EnumSet<Privilege> set = EnumSet.noneOf(Privilege.class);
    for (Privilege p : Privilege.values()) {
      if ((mask & (1 << p.ordinal())) != 0) {
        set.add(p);
      }
    }
    return set;
  }

  /**
   * The privilege matrices: Dynamics 365's sales roles in spirit. The same row applies to
   * accounts and contacts; leads differ for marketing.
   */
  private static RoleGrants grantsOf(RoleName name) {
    AccessDepth n = AccessDepth.NONE, u = AccessDepth.USER, b = AccessDepth.BUSINESS_UNIT,
        p = AccessDepth.PARENT_CHILD_UNITS, o = AccessDepth.ORGANIZATION;
    // Order: create, read, write, delete, append, append-to, assign, share.
    AccessDepth[] customer;
    AccessDepth[] lead;
    switch (name) {
      case SALESPERSON -> customer = new AccessDepth[] {u, b, u, n, u, b, u, u};
      case SALES_MANAGER -> customer = new AccessDepth[] {b, p, b, u, b, p, b, b};
      case VICE_PRESIDENT -> customer = new AccessDepth[] {p, o, p, b, p, o, p, p};
      case CUSTOMER_SERVICE -> customer = new AccessDepth[] {u, o, u, n, u, o, n, n};
      case MARKETING -> customer = new AccessDepth[] {n, b, n, n, n, b, n, n};
      case SYSTEM_ADMINISTRATOR -> customer = new AccessDepth[] {o, o, o, o, o, o, o, o};
      case ACCOUNT_TEAM -> customer = new AccessDepth[] {n, b, u, n, u, u, n, u};
      case KEY_ACCOUNT_MANAGER -> customer = new AccessDepth[] {u, u, u, n, u, u, u, u};
      case KEY_ACCOUNT_TEAM -> customer = new AccessDepth[] {n, u, u, n, u, u, n, n};
      default -> throw new IllegalArgumentException(name.toString());
    }
    lead = name == RoleName.MARKETING ? new AccessDepth[] {b, o, b, b, b, b, b, b} : customer;
    Map<RecordKind, Map<Privilege, AccessDepth>> depths = new EnumMap<>(RecordKind.class);
    depths.put(RecordKind.ACCOUNT, row(customer));
    depths.put(RecordKind.CONTACT, row(customer));
    depths.put(RecordKind.LEAD, row(lead));
    if (name == RoleName.SYSTEM_ADMINISTRATOR) {
      for (RecordKind kind : RecordKind.values()) {
        if (kind.isOrganizationOwned() && kind.isSecurable()) {
          depths.put(kind, row(new AccessDepth[] {o, o, o, o, o, o, o, o}));
        }
      }
    }
    return new RoleGrants(depths);
  }

  private static Map<Privilege, AccessDepth> row(AccessDepth[] depths) {
    EnumMap<Privilege, AccessDepth> row = new EnumMap<>(Privilege.class);
    for (Privilege p : Privilege.values()) {
      row.put(p, depths[p.ordinal()]);
    }
    return row;
  }

  /** The roles user {@code n} holds: their own, then their owner teams'. */
  List<RoleName> rolesOf(int n) {
    List<RoleName> held = new ArrayList<>();
    held.add(userRole[n]);
    for (int t : teamsOfUser[n]) {
      if (t < OWNER_TEAMS) {
        RoleName teamRole = t == keyAccountTeam ? RoleName.KEY_ACCOUNT_TEAM : RoleName.ACCOUNT_TEAM;
        if (!held.contains(teamRole)) {
          held.add(teamRole);
        }
      }
    }
    return held;
  }

  /**
   * Writes everything into the store: directory and roles in one unit of work, accounts and
   * shares in batches, with the stores' bulk inserts where they have them; the access settings
   * last.
   */
  private void write() {
    store.write(tx -> {
      List<BusinessUnit> units = new ArrayList<>(unitCount);
      for (int u = 0; u < unitCount; u++) {
        units.add(new BusinessUnit(unitIds[u], tenant, "Unit " + u + " (level " + unitLevel[u] + ")",
            unitParent[u] < 0 ? Optional.empty() : Optional.of(unitIds[unitParent[u]]), true, Revision.first(CREATED)));
      }
      insertAll(tx.businessUnits(), units);
      roles.values().forEach(tx.securityRoles()::insert);
      List<User> users = new ArrayList<>(USERS);
      for (int n = 0; n < USERS; n++) {
        TreeSet<RoleId> held = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
        held.add(roles.get(userRole[n]).id());
        users.add(new User(userIds[n], tenant, "User " + n, Email.parse("user" + n + "@org.example"),
            unitIds[userUnit[n]], userManager[n] < 0 ? Optional.empty() : Optional.of(userIds[userManager[n]]), true,
            held, Revision.first(CREATED)));
      }
      insertAll(tx.users(), users);
      List<Team> teams = new ArrayList<>(TEAMS);
      for (int t = 0; t < TEAMS; t++) {
        TreeSet<UserId> members = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
        for (int m : teamMembers[t]) {
          members.add(userIds[m]);
        }
        TreeSet<RoleId> teamRoles = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
        if (t < OWNER_TEAMS) {
          teamRoles.add(roles.get(t == keyAccountTeam ? RoleName.KEY_ACCOUNT_TEAM : RoleName.ACCOUNT_TEAM).id());
        }
        teams.add(new Team(teamIds[t], tenant, "Team " + t, t < OWNER_TEAMS ? TeamType.OWNER : TeamType.ACCESS,
            unitIds[teamUnit[t]], members, teamRoles, Revision.first(CREATED)));
      }
      insertAll(tx.teams(), teams);
      return null;
    });
    Random names = new Random(SEED);
    for (int from = 0; from < accounts; from += BATCH) {
      int to = Math.min(accounts, from + BATCH);
      List<Account> batch = new ArrayList<>(to - from);
      for (int a = from; a < to; a++) {
        batch.add(account(a, names));
      }
      store.write(tx -> {
        insertAll(tx.accounts(), batch);
        return null;
      });
    }
    for (int from = 0; from < SHARES; from += BATCH) {
      int to = Math.min(SHARES, from + BATCH);
      List<RecordShare> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        int g = shareGrantee[k];
        batch.add(new RecordShare(ShareId.of(id(6, k)), tenant, accountRef(shareAccount[k]),
            g >= 0 ? Principal.user(userIds[g]) : Principal.team(teamIds[-g - 1]), rightsOf(shareRights[k]),
            Revision.first(CREATED)));
      }
      store.write(tx -> {
        insertAll(tx.recordShares(), batch);
        return null;
      });
    }
    store.write(tx -> tx.accessSettings().save(new AccessSettings(tenant, HIERARCHY_DEPTH, Set.of(), 1)));
  }

  /** Inserts {@code records} with the store's bulk insert if it has one, else one by one. */
  private static <I extends RecordId, R extends CrmRecord<I>> void insertAll(RecordStore<I, R> store, List<R> records) {
    if (store instanceof BulkInsert<?, ?>) {
      @SuppressWarnings("unchecked")
      BulkInsert<I, R> bulk = (BulkInsert<I, R>) store;
      bulk.insertAll(records);
    } else {
      records.forEach(store::insert);
    }
  }

  private static final String[] NAME_START = {"Acme", "Apex", "Blue", "Bright", "Cedar", "Crest", "Delta", "Eagle",
      "Evergreen", "Falcon", "First", "Global", "Golden", "Granite", "Harbor", "Horizon", "Iron", "Keystone", "Liberty",
      "Lumen", "Maple", "Meridian", "North", "Nova", "Oak", "Orion", "Pacific", "Peak", "Pioneer", "Prime", "Quantum",
      "Red", "River", "Sierra", "Silver", "Summit", "Sun", "Titan", "United", "Vertex", "West", "Zenith"};
  private static final String[] NAME_MIDDLE = {"Analytics", "Bakery", "Capital", "Chemicals", "Clinic", "Construction",
      "Consulting", "Dental", "Design", "Electric", "Energy", "Engineering", "Farms", "Foods", "Freight", "Health",
      "Hotels", "Insurance", "Labs", "Logistics", "Machines", "Media", "Metals", "Motors", "Networks", "Optics",
      "Partners", "Pharma", "Plastics", "Realty", "Retail", "Robotics", "Software", "Solar", "Systems", "Textiles",
      "Tools", "Travel", "Ventures", "Water"};
  private static final String[] NAME_END = {"Inc.", "LLC", "Ltd", "GmbH", "S.A.", "AG", "Group", "Holdings", "Co.", "B.V."};
  private static final String[] INDUSTRIES = {"Manufacturing", "Retail", "Healthcare", "Finance", "Software",
      "Logistics", "Energy", "Hospitality", "Education", "Construction"};

  private Account account(int a, Random names) {
    String name = NAME_START[names.nextInt(NAME_START.length)] + " " + NAME_MIDDLE[names.nextInt(NAME_MIDDLE.length)]
        + " " + NAME_END[names.nextInt(NAME_END.length)] + " " + (1 + names.nextInt(9_999));
    int owner = accountOwner[a];
    Owner o = owner >= 0 ? Owner.user(userIds[owner]) : Owner.team(teamIds[-owner - 1]);
    return new Account(accountId(a), tenant, name, Optional.empty(), Optional.of(INDUSTRIES[a % INDUSTRIES.length]),
        Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
        new Ownership(o, unitIds[accountUnit[a]]), RecordState.ACTIVE, CustomFields.none(), Revision.first(CREATED));
  }

  AccountId accountId(int a) {
    return AccountId.of(id(5, a));
  }

  RecordRef accountRef(int a) {
    return new RecordRef(RecordKind.ACCOUNT, id(5, a));
  }

  /** What a check of account {@code a} is about: its reference, owner and owning unit. */
  AccessTarget accountTarget(int a) {
    int owner = accountOwner[a];
    Owner o = owner >= 0 ? Owner.user(userIds[owner]) : Owner.team(teamIds[-owner - 1]);
    return AccessTarget.of(accountRef(a), new Ownership(o, unitIds[accountUnit[a]]));
  }

  /** Whether unit {@code unit} is {@code root} or below it. */
  boolean inTree(int unit, int root) {
    for (int u = unit; u >= 0; u = unitParent[u]) {
      if (u == root) {
        return true;
      }
    }
    return false;
  }

  /** Every unit strictly below {@code root}. */
  int[] descendants(int root) {
    List<Integer> found = new ArrayList<>();
    ArrayList<Integer> queue = new ArrayList<>(List.of(root));
    for (int i = 0; i < queue.size(); i++) {
      for (int child : unitChildren[queue.get(i)]) {
        found.add(child);
        queue.add(child);
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A version 7 UUID made from the generator, not the clock: the time part grows with {@code n},
   * as ids created in that order would; {@code kind} and {@code n} make it unique; the rest are
   * bits scrambled from both, standing in for the random bits (without them, hash codes collide).
   */
  private static UUID id(int kind, int n) {
    long high = ((BASE_MILLIS + n / 4_096) << 16) | 0x7000L | (n % 4_096);
    long low = 0x8000_0000_0000_0000L | ((long) kind << 56) | (mix(((long) kind << 32) | n) & 0x00FF_FFFF_FFFF_FFFFL);
    return new UUID(high, low);
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /** Groups {@code 0..size-1} by {@code keyOf[i]} (negative keys are left out): {@code result[key]} lists them. */
  private static int[][] group(int size, int[] keyOf, int keys) {
    int[] counts = new int[keys];
    for (int i = 0; i < size; i++) {
      if (keyOf[i] >= 0) {
        counts[keyOf[i]]++;
      }
    }
    int[][] result = new int[keys][];
    for (int k = 0; k < keys; k++) {
      result[k] = new int[counts[k]];
    }
    int[] fill = new int[keys];
    for (int i = 0; i < size; i++) {
      int k = keyOf[i];
      if (k >= 0) {
        result[k][fill[k]++] = i;
      }
    }
    return result;
  }

  private static int[][] invert(int[][] lists, int keys) {
    int[] counts = new int[keys];
    for (int[] list : lists) {
      for (int k : list) {
        counts[k]++;
      }
    }
    int[][] result = new int[keys][];
    for (int k = 0; k < keys; k++) {
      result[k] = new int[counts[k]];
    }
    int[] fill = new int[keys];
    for (int i = 0; i < lists.length; i++) {
      for (int k : lists[i]) {
        result[k][fill[k]++] = i;
      }
    }
    return result;
  }

  /** Closes the kernel. */
  void close() {
    crm.close();
  }
}
