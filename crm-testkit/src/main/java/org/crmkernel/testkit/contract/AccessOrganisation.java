package org.crmkernel.testkit.contract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.access.AccessReason;
import org.crmkernel.spi.access.AccessScope;

/**
 * A random organisation of one tenant, as the access contracts store it and as a reference
 * model of its own: a business unit forest, users with managers, owner and access teams, roles,
 * shares, field security profiles, access settings and owned records. Besides the data it
 * answers every access question from plain maps, written from {@link AccessScope}'s stated
 * semantics without using it (unit trees and manager chains by walking parents, decisions by
 * the rules), so that the contracts can tell a store's mistake from the SPI's.
 *
 * <p>Changes are made to the store and the model together, each in one unit of work that also
 * stores the next version of the tenant's access settings, as the kernel does.
 */
final class AccessOrganisation {

  /** Upper bounds of a generated organisation. */
  record Sizes(int units, int depth, int users, int teams, int roles, int shares, int records) {}

  /** What the differential property generates: forests up to depth 12. */
  static final Sizes FULL = new Sizes(40, 12, 30, 8, 6, 40, 80);
  /** A neighbour tenant, or a metamorphic property's organisation: smaller, for speed. */
  static final Sizes SMALL = new Sizes(16, 6, 12, 5, 4, 16, 30);

  /**
   * Ids per category. A supply made {@link #replaying} another hands out that supply's ids
   * first, so that a second tenant's units, users, teams and records reuse the first's ids: a
   * store that forgets the tenant anywhere mixes them up.
   */
  static final class Ids {
    private final Random random;
    private final Map<String, List<UUID>> given = new HashMap<>();
    private final Map<String, List<UUID>> replay;

    private Ids(Random random, Map<String, List<UUID>> replay) {
      this.random = random;
      this.replay = replay;
    }

    /** Fresh random ids. */
    static Ids fresh(Random random) {
      return new Ids(random, Map.of());
    }

    /** The ids {@code other} handed out, then fresh ones. */
    static Ids replaying(Random random, Ids other) {
      Map<String, List<UUID>> copy = new HashMap<>();
      other.given.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new Ids(random, copy);
    }

    UUID next(String category) {
      List<UUID> mine = given.computeIfAbsent(category, c -> new ArrayList<>());
      List<UUID> old = replay.getOrDefault(category, List.of());
      UUID id = mine.size() < old.size() ? old.get(mine.size()) : ValuePools.uuid(random);
      mine.add(id);
      return id;
    }
  }

  /** One allowed (user, privilege, record) triple: the unit of an access decision. */
  record Allowed(UserId user, Privilege privilege, RecordRef record) {}

  final TenantId tenant;
  private final Map<BusinessUnitId, BusinessUnit> units = new LinkedHashMap<>();
  private final Map<UserId, User> users = new LinkedHashMap<>();
  private final Map<TeamId, Team> teams = new LinkedHashMap<>();
  private final Map<RoleId, SecurityRole> roles = new LinkedHashMap<>();
  private final Map<ShareId, RecordShare> shares = new LinkedHashMap<>();
  private final List<FieldSecurityProfile> profiles = new ArrayList<>();
  private final Map<RecordKind, Map<UUID, OwnedRecord<?>>> records = new EnumMap<>(RecordKind.class);
  private Optional<AccessSettings> settings = Optional.empty();

  private AccessOrganisation(TenantId tenant) {
    this.tenant = tenant;
    for (OwnedKind<?, ?> kind : OwnedKind.ALL) {
      records.put(kind.kind(), new LinkedHashMap<>());
    }
  }

  // ---------------------------------------------------------------- generation

  /** A random organisation of {@code tenant} within {@code sizes}. */
  static AccessOrganisation random(Random random, TenantId tenant, Sizes sizes, Ids ids) {
    AccessOrganisation org = new AccessOrganisation(tenant);
    org.generateUnits(random, sizes, ids);
    org.generateRoles(random, sizes, ids);
    org.generateUsers(random, sizes, ids);
    org.generateTeams(random, sizes, ids);
    org.generateRecords(random, sizes, ids);
    org.generateShares(random, sizes, ids);
    org.generateProfiles(random, ids);
    if (random.nextInt(5) != 0) {
      org.settings = Optional.of(new AccessSettings(tenant, random.nextInt(5), Set.of(), 1));
    }
    return org;
  }

  private void generateUnits(Random random, Sizes sizes, Ids ids) {
    int depth = 1 + random.nextInt(sizes.depth());
    int count = depth + random.nextInt(sizes.units() - depth + 1);
    Map<BusinessUnitId, Integer> level = new HashMap<>();
    List<BusinessUnitId> placed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BusinessUnitId id = BusinessUnitId.of(ids.next("unit"));
      Optional<BusinessUnitId> parent;
      if (i == 0) {
        parent = Optional.empty();
      } else if (i < depth) {
        parent = Optional.of(placed.get(i - 1)); // a chain that reaches the depth
      } else {
        List<BusinessUnitId> open = placed.stream().filter(u -> level.get(u) < depth).toList();
        // Now and then another root, making a forest; at depth 1 every unit is a root.
        parent = open.isEmpty() || random.nextInt(10) == 0
            ? Optional.empty() : Optional.of(open.get(random.nextInt(open.size())));
      }
      level.put(id, parent.map(p -> level.get(p) + 1).orElse(1));
      placed.add(id);
      units.put(id, new BusinessUnit(id, tenant, "Unit " + i, parent, random.nextInt(10) != 0,
          ValuePools.revision(random)));
    }
  }

  private void generateRoles(Random random, Sizes sizes, Ids ids) {
    int count = 1 + random.nextInt(sizes.roles());
    for (int i = 0; i < count; i++) {
      RoleGrants grants = RoleGrants.none();
      for (OwnedKind<?, ?> kind : OwnedKind.ALL) {
        for (Privilege privilege : Privilege.values()) {
          grants = grants.with(kind.kind(), privilege, randomDepth(random));
        }
      }
      RoleId id = RoleId.of(ids.next("role"));
      roles.put(id, new SecurityRole(id, tenant, "Role " + i, grants, ValuePools.revision(random)));
    }
  }

  /** Depths weighted so that organisation depth, which decides everything alone, stays rare. */
  private static final List<AccessDepth> DEPTHS = List.of(AccessDepth.NONE, AccessDepth.NONE, AccessDepth.NONE,
      AccessDepth.USER, AccessDepth.USER, AccessDepth.BUSINESS_UNIT, AccessDepth.BUSINESS_UNIT,
      AccessDepth.PARENT_CHILD_UNITS, AccessDepth.PARENT_CHILD_UNITS, AccessDepth.ORGANIZATION);

  private static AccessDepth randomDepth(Random random) {
    return ValuePools.pick(random, DEPTHS);
  }

  private void generateUsers(Random random, Sizes sizes, Ids ids) {
    int count = 1 + random.nextInt(sizes.users());
    List<BusinessUnitId> unitIds = List.copyOf(units.keySet());
    List<UserId> placed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UserId id = UserId.of(ids.next("user"));
      Optional<UserId> manager = Optional.empty();
      if (i > 0 && random.nextInt(10) < 7) {
        // Mostly a recent user, so that chains grow long; managers come earlier, so no cycles.
        int from = random.nextInt(5) < 3 ? Math.max(0, i - 3) : 0;
        manager = Optional.of(placed.get(from + random.nextInt(i - from)));
      }
      users.put(id, new User(id, tenant, "User " + i, ValuePools.pick(random, ValuePools.EMAILS),
          ValuePools.pick(random, unitIds), manager, random.nextInt(10) != 0, someRoles(random, 2),
          ValuePools.revision(random)));
      placed.add(id);
    }
  }

  private TreeSet<RoleId> someRoles(Random random, int max) {
    TreeSet<RoleId> held = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    List<RoleId> all = List.copyOf(roles.keySet());
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      held.add(ValuePools.pick(random, all));
    }
    return held;
  }

  private void generateTeams(Random random, Sizes sizes, Ids ids) {
    int count = random.nextInt(sizes.teams() + 1);
    List<BusinessUnitId> unitIds = List.copyOf(units.keySet());
    for (int i = 0; i < count; i++) {
      TeamId id = TeamId.of(ids.next("team"));
      TeamType type = random.nextInt(3) == 0 ? TeamType.ACCESS : TeamType.OWNER;
      TreeSet<UserId> members = memberSet();
      users.keySet().stream().filter(u -> random.nextInt(10) < 3).forEach(members::add);
      teams.put(id, new Team(id, tenant, "Team " + i, type, ValuePools.pick(random, unitIds), members,
          type == TeamType.OWNER ? someRoles(random, 2) : new TreeSet<>(), ValuePools.revision(random)));
    }
  }

  static TreeSet<UserId> memberSet() {
    return new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
  }

  private void generateRecords(Random random, Sizes sizes, Ids ids) {
    int count = random.nextInt(sizes.records() + 1);
    List<Owner> owners = new ArrayList<>();
    users.keySet().forEach(u -> owners.add(Owner.user(u)));
    teams.values().stream().filter(t -> t.type() == TeamType.OWNER).forEach(t -> owners.add(Owner.team(t.id())));
    List<BusinessUnitId> unitIds = List.copyOf(units.keySet());
    for (int i = 0; i < count; i++) {
      OwnedKind<?, ?> kind = ValuePools.pick(random, OwnedKind.ALL);
      Owner owner = ValuePools.pick(random, owners);
      // The owning unit is the owner's unit at assignment; now and then the owner has moved since.
      BusinessUnitId unit = random.nextInt(10) == 0 ? ValuePools.pick(random, unitIds) : unitOf(owner);
      OwnedRecord<?> record = newRecord(kind, random, new Ownership(owner, unit), ids.next("record"));
      records.get(kind.kind()).put(record.id().value(), record);
    }
  }

  private <I extends RecordId, R extends OwnedRecord<I>> R newRecord(OwnedKind<I, R> kind, Random random,
      Ownership ownership, UUID id) {
    StoredKind<I, R> stored = kind.stored();
    R made = stored.withId(stored.random(random, tenant), stored.id(id));
    return kind.withOwnership().apply(made, ownership);
  }

  private BusinessUnitId unitOf(Owner owner) {
    return owner instanceof Owner.UserOwner user
        ? users.get(user.userId()).businessUnitId()
        : teams.get(((Owner.TeamOwner) owner).teamId()).businessUnitId();
  }

  private void generateShares(Random random, Sizes sizes, Ids ids) {
    List<OwnedRecord<?>> all = allRecords();
    List<Principal> grantees = principals();
    if (all.isEmpty()) {
      return;
    }
    Set<List<Object>> taken = new HashSet<>();
    for (int i = random.nextInt(sizes.shares() + 1); i > 0; i--) {
      OwnedRecord<?> record = ValuePools.pick(random, all);
      Principal grantee = ValuePools.pick(random, grantees);
      if (taken.add(List.of(record.ref(), grantee))) {
        RecordShare share = new RecordShare(ShareId.of(ids.next("share")), tenant, record.ref(), grantee,
            randomRights(random), ValuePools.revision(random));
        shares.put(share.id(), share);
      }
    }
  }

  /** Every user and team, as grantees. */
  List<Principal> principals() {
    List<Principal> grantees = new ArrayList<>();
    users.keySet().forEach(u -> grantees.add(Principal.user(u)));
    teams.keySet().forEach(t -> grantees.add(Principal.team(t)));
    return grantees;
  }

  /** A non-empty random set of shareable rights. */
  static Set<Privilege> randomRights(Random random) {
    EnumSet<Privilege> rights = EnumSet.noneOf(Privilege.class);
    List<Privilege> shareable = List.of(Privilege.values()).stream().filter(Privilege::isShareable).toList();
    rights.add(ValuePools.pick(random, shareable));
    shareable.stream().filter(p -> random.nextInt(3) == 0).forEach(rights::add);
    return rights;
  }

  private void generateProfiles(Random random, Ids ids) {
    for (int i = random.nextInt(3); i > 0; i--) {
      TreeSet<UserId> members = memberSet();
      users.keySet().stream().filter(u -> random.nextInt(4) == 0).forEach(members::add);
      TreeSet<TeamId> teamMembers = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
      teams.keySet().stream().filter(t -> random.nextInt(4) == 0).forEach(teamMembers::add);
      profiles.add(new FieldSecurityProfile(FieldSecurityProfileId.of(ids.next("profile")), tenant, "Profile " + i,
          Map.of(new FieldKey(RecordKind.ACCOUNT, "annualRevenue"), FieldPermission.READ), members, teamMembers,
          ValuePools.revision(random)));
    }
  }

  // ---------------------------------------------------------------- storing and changing

  /** Inserts everything in one unit of work, straight through the store. */
  void insertInto(CrmStore store) {
    store.write(tx -> {
      units.values().forEach(tx.businessUnits()::insert);
      roles.values().forEach(tx.securityRoles()::insert);
      users.values().forEach(tx.users()::insert);
      teams.values().forEach(tx.teams()::insert);
      profiles.forEach(tx.fieldSecurityProfiles()::insert);
      for (OwnedKind<?, ?> kind : OwnedKind.ALL) {
        insertRecords(tx, kind);
      }
      shares.values().forEach(tx.recordShares()::insert);
      settings.ifPresent(tx.accessSettings()::save);
      return null;
    });
  }

  private <I extends RecordId, R extends OwnedRecord<I>> void insertRecords(StoreTransaction tx, OwnedKind<I, R> kind) {
    records(kind).forEach(kind.in(tx)::insert);
  }

  /**
   * Runs {@code change} in one unit of work that also stores the next settings version, and
   * keeps that version in the model. The caller updates the model's data.
   */
  void change(CrmStore store, Consumer<StoreTransaction> change) {
    AccessSettings next = settings.orElseGet(() -> AccessSettings.defaults(tenant)).bumped();
    store.write(tx -> {
      change.accept(tx);
      tx.accessSettings().save(next);
      return null;
    });
    settings = Optional.of(next);
  }

  /** Moves {@code unit} under {@code parent} (or makes it a root). */
  void moveUnit(CrmStore store, BusinessUnitId unit, Optional<BusinessUnitId> parent) {
    BusinessUnit current = units.get(unit);
    BusinessUnit moved = new BusinessUnit(unit, tenant, current.name(), parent, current.active(),
        ValuePools.revisionAt(current.revision(), current.version() + 1));
    change(store, tx -> tx.businessUnits().update(moved, current.version()));
    units.put(unit, moved);
  }

  /** Replaces a role's grants. */
  void changeRole(CrmStore store, RoleId role, RoleGrants grants) {
    SecurityRole current = roles.get(role);
    SecurityRole next = new SecurityRole(role, tenant, current.name(), grants,
        ValuePools.revisionAt(current.revision(), current.version() + 1));
    change(store, tx -> tx.securityRoles().update(next, current.version()));
    roles.put(role, next);
  }

  /** Gives a user another role. */
  void addUserRole(CrmStore store, UserId user, RoleId role) {
    User current = users.get(user);
    TreeSet<RoleId> held = new TreeSet<>(current.roleIds());
    held.add(role);
    User next = new User(user, tenant, current.fullName(), current.email(), current.businessUnitId(),
        current.managerId(), current.active(), held, ValuePools.revisionAt(current.revision(), current.version() + 1));
    change(store, tx -> tx.users().update(next, current.version()));
    users.put(user, next);
  }

  /** Replaces a team's members and roles. */
  void changeTeam(CrmStore store, TeamId team, Collection<UserId> members, Collection<RoleId> teamRoles) {
    Team current = teams.get(team);
    TreeSet<UserId> memberIds = memberSet();
    memberIds.addAll(members);
    TreeSet<RoleId> roleIds = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    roleIds.addAll(teamRoles);
    Team next = new Team(team, tenant, current.name(), current.type(), current.businessUnitId(), memberIds, roleIds,
        ValuePools.revisionAt(current.revision(), current.version() + 1));
    change(store, tx -> tx.teams().update(next, current.version()));
    teams.put(team, next);
  }

  /** Stores a new share. */
  void addShare(CrmStore store, RecordShare share) {
    change(store, tx -> tx.recordShares().insert(share));
    shares.put(share.id(), share);
  }

  /** Replaces a share's rights. */
  void changeShare(CrmStore store, ShareId id, Set<Privilege> rights) {
    RecordShare current = shares.get(id);
    RecordShare next = new RecordShare(id, tenant, current.record(), current.grantee(), rights,
        ValuePools.revisionAt(current.revision(), current.version() + 1));
    change(store, tx -> tx.recordShares().update(next, current.version()));
    shares.put(id, next);
  }

  /** Deletes a share. */
  void revokeShare(CrmStore store, ShareId id) {
    RecordShare current = shares.get(id);
    change(store, tx -> tx.recordShares().delete(tenant, id, current.version()));
    shares.remove(id);
  }

  // ---------------------------------------------------------------- the data

  Collection<BusinessUnit> units() {
    return List.copyOf(units.values());
  }

  BusinessUnit unit(BusinessUnitId id) {
    return units.get(id);
  }

  Collection<User> users() {
    return List.copyOf(users.values());
  }

  Collection<Team> teams() {
    return List.copyOf(teams.values());
  }

  Collection<SecurityRole> roles() {
    return List.copyOf(roles.values());
  }

  Collection<RecordShare> shares() {
    return List.copyOf(shares.values());
  }

  Optional<AccessSettings> settings() {
    return settings;
  }

  /** The records of {@code kind}, in insertion order. */
  @SuppressWarnings("unchecked")
  <I extends RecordId, R extends OwnedRecord<I>> List<R> records(OwnedKind<I, R> kind) {
    return (List<R>) List.copyOf(records.get(kind.kind()).values());
  }

  List<OwnedRecord<?>> allRecords() {
    List<OwnedRecord<?>> all = new ArrayList<>();
    records.values().forEach(m -> all.addAll(m.values()));
    return all;
  }

  /** The record's shares, in share id order. */
  List<RecordShare> sharesOf(RecordRef record) {
    TreeMap<UUID, RecordShare> byId = new TreeMap<>(Uuid7.UNSIGNED_ORDER);
    shares.values().stream().filter(s -> s.record().equals(record)).forEach(s -> byId.put(s.id().value(), s));
    return List.copyOf(byId.values());
  }

  // ---------------------------------------------------------------- the reference semantics

  /** Whether {@code unit} is {@code root} or lies below it, by walking parents. */
  boolean inUnitTree(BusinessUnitId unit, BusinessUnitId root) {
    Optional<BusinessUnitId> at = Optional.of(unit);
    for (int steps = 0; at.isPresent() && steps <= units.size(); steps++) {
      if (at.get().equals(root)) {
        return true;
      }
      BusinessUnit current = units.get(at.get());
      at = current == null ? Optional.empty() : current.parentId();
    }
    return false;
  }

  /** Manager steps from {@code report} up to {@code manager}, 0 if not within {@code maxDepth}. */
  int managerDistance(UserId manager, UserId report, int maxDepth) {
    Optional<UserId> at = Optional.ofNullable(users.get(report)).flatMap(User::managerId);
    for (int level = 1; level <= maxDepth && at.isPresent(); level++) {
      if (at.get().equals(manager)) {
        return level;
      }
      at = Optional.ofNullable(users.get(at.get())).flatMap(User::managerId);
    }
    return 0;
  }

  /** The teams {@code user} belongs to. */
  List<Team> teamsOf(UserId user) {
    return teams.values().stream().filter(t -> t.members().contains(user)).toList();
  }

  /** The roles {@code user} holds, with the owner team each comes through (empty: their own). */
  Map<RoleId, Set<Optional<TeamId>>> rolesOf(UserId user) {
    Map<RoleId, Set<Optional<TeamId>>> held = new LinkedHashMap<>();
    users.get(user).roleIds().forEach(r -> held.computeIfAbsent(r, k -> new HashSet<>()).add(Optional.empty()));
    for (Team team : teamsOf(user)) {
      if (team.type() == TeamType.OWNER) {
        team.roleIds().forEach(r -> held.computeIfAbsent(r, k -> new HashSet<>()).add(Optional.of(team.id())));
      }
    }
    held.keySet().retainAll(roles.keySet());
    return held;
  }

  /** The deepest depth any of {@code user}'s roles grants. */
  AccessDepth depth(UserId user, RecordKind kind, Privilege privilege) {
    AccessDepth depth = AccessDepth.NONE;
    for (RoleId role : rolesOf(user).keySet()) {
      depth = depth.max(roles.get(role).grants().depth(kind, privilege));
    }
    return depth;
  }

  /** Whether {@code user} may act at all: active, in an existing active unit. */
  boolean isActive(UserId user) {
    User found = users.get(user);
    BusinessUnit unit = units.get(found.businessUnitId());
    return found.active() && unit != null && unit.active();
  }

  /** How many levels of reports a manager reaches with {@code privilege}. */
  int hierarchyLevels(Privilege privilege) {
    int depth = settings.map(AccessSettings::hierarchyDepth).orElse(AccessSettings.DEFAULT_HIERARCHY_DEPTH);
    return switch (privilege) {
      case READ -> depth;
      case WRITE, APPEND, APPEND_TO -> Math.min(1, depth);
      default -> 0;
    };
  }

  /** The reference answer to "may {@code user} exercise {@code privilege} on {@code record}?". */
  boolean allows(UserId user, Privilege privilege, OwnedRecord<?> record) {
    if (!isActive(user)) {
      return false;
    }
    RecordKind kind = record.ref().kind();
    AccessDepth depth = depth(user, kind, privilege);
    if (depth == AccessDepth.NONE) {
      return false;
    }
    if (depth == AccessDepth.ORGANIZATION) {
      return true;
    }
    User found = users.get(user);
    Owner owner = record.ownership().owner();
    BusinessUnitId owningUnit = record.ownership().owningUnitId();
    List<Team> memberOf = teamsOf(user);
    if (owner.uuid().equals(user.value()) || memberOf.stream()
        .anyMatch(t -> t.type() == TeamType.OWNER && t.id().value().equals(owner.uuid()))) {
      return true;
    }
    if (depth.atLeast(AccessDepth.BUSINESS_UNIT) && owningUnit.equals(found.businessUnitId())) {
      return true;
    }
    if (depth == AccessDepth.PARENT_CHILD_UNITS && inUnitTree(owningUnit, found.businessUnitId())) {
      return true;
    }
    int levels = hierarchyLevels(privilege);
    if (levels > 0 && owner instanceof Owner.UserOwner report && managerDistance(user, report.userId(), levels) > 0) {
      return true;
    }
    Set<UUID> grantees = new HashSet<>();
    grantees.add(user.value());
    memberOf.forEach(t -> grantees.add(t.id().value()));
    return privilege.isShareable() && sharesOf(record.ref()).stream()
        .anyMatch(s -> s.grants(privilege) && grantees.contains(s.grantee().uuid()));
  }

  /** Every allowed triple, by the reference semantics. */
  Set<Allowed> allowedByModel() {
    Set<Allowed> allowed = new HashSet<>();
    for (UserId user : users.keySet()) {
      for (Privilege privilege : Privilege.values()) {
        for (OwnedRecord<?> record : allRecords()) {
          if (allows(user, privilege, record)) {
            allowed.add(new Allowed(user, privilege, record.ref()));
          }
        }
      }
    }
    return allowed;
  }

  /**
   * The problems with the reasons of {@code decision} (asked for all reasons) about {@code
   * record}: each reason must hold in the model. Empty when all hold.
   */
  List<String> reasonProblems(AccessDecision decision, OwnedRecord<?> record) {
    List<String> problems = new ArrayList<>();
    UserId user = decision.user();
    Privilege privilege = decision.privilege();
    RecordKind kind = record.ref().kind();
    User found = users.get(user);
    Owner owner = record.ownership().owner();
    Map<RoleId, Set<Optional<TeamId>>> held = rolesOf(user);
    Set<UUID> grantees = new HashSet<>();
    grantees.add(user.value());
    teamsOf(user).forEach(t -> grantees.add(t.id().value()));
    for (AccessReason reason : decision.reasons()) {
      if (reason instanceof AccessReason.ByRole byRole) {
        SecurityRole role = roles.get(byRole.roleId());
        if (role == null || !held.getOrDefault(byRole.roleId(), Set.of()).contains(byRole.viaTeam())) {
          problems.add(reason + ": the user does not hold this role that way");
          continue;
        }
        if (role.grants().depth(kind, privilege) != byRole.depth() || byRole.depth() != depth(user, kind, privilege)) {
          problems.add(reason + ": the role grants " + role.grants().depth(kind, privilege) + ", the user's depth is "
              + depth(user, kind, privilege));
        }
        boolean holds = switch (byRole.basis()) {
          case OWNER -> owner.uuid().equals(user.value());
          case OWNER_TEAM -> owner instanceof Owner.TeamOwner t && teamsOf(user).stream()
              .anyMatch(m -> m.type() == TeamType.OWNER && m.id().equals(t.teamId()));
          case BUSINESS_UNIT -> byRole.depth().atLeast(AccessDepth.BUSINESS_UNIT)
              && record.ownership().owningUnitId().equals(found.businessUnitId());
          case UNIT_TREE -> byRole.depth() == AccessDepth.PARENT_CHILD_UNITS
              && inUnitTree(record.ownership().owningUnitId(), found.businessUnitId());
          case ORGANIZATION -> byRole.depth() == AccessDepth.ORGANIZATION;
        };
        if (!holds) {
          problems.add(reason + ": its basis does not hold for the record");
        }
      } else if (reason instanceof AccessReason.ByShare byShare) {
        RecordShare share = shares.get(byShare.shareId());
        if (share == null || !share.record().equals(record.ref()) || !share.grants(privilege)
            || !share.grantee().equals(byShare.grantee()) || !grantees.contains(share.grantee().uuid())) {
          problems.add(reason + ": no such share of this record with the user or a team of theirs carrying "
              + privilege);
        }
      } else if (reason instanceof AccessReason.ByHierarchy byHierarchy) {
        int distance = managerDistance(user, byHierarchy.owner(), hierarchyLevels(privilege));
        if (!(owner instanceof Owner.UserOwner u && u.userId().equals(byHierarchy.owner()))
            || distance != byHierarchy.levels() || distance == 0) {
          problems.add(reason + ": the owner is not a report at that distance (model distance " + distance + ")");
        }
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------- descriptions for failures

  /** The user and everything their access depends on, for failure messages. */
  String describeUser(UserId id) {
    User user = users.get(id);
    return "user " + id + " (" + (user.active() ? "active" : "inactive") + ", unit " + describeUnit(user.businessUnitId())
        + ", manager chain " + managerChain(id) + ", roles " + rolesOf(id) + ", teams "
        + teamsOf(id).stream().map(t -> t.type() + " " + t.id() + " roles " + t.roleIds()).toList() + ")";
  }

  /** The record, its owner and owning unit, and its shares. */
  String describeRecord(OwnedRecord<?> record) {
    return record.ref() + " owned by " + record.ownership().owner().ref() + " in unit "
        + describeUnit(record.ownership().owningUnitId()) + ", shares " + sharesOf(record.ref()).stream()
        .map(s -> s.grantee().ref() + " " + s.rights()).toList();
  }

  /** A unit with its path to the root. */
  String describeUnit(BusinessUnitId id) {
    List<String> path = new ArrayList<>();
    Optional<BusinessUnitId> at = Optional.of(id);
    for (int steps = 0; at.isPresent() && steps <= units.size(); steps++) {
      BusinessUnit unit = units.get(at.get());
      path.add(at.get() + (unit != null && !unit.active() ? "(inactive)" : ""));
      at = unit == null ? Optional.empty() : unit.parentId();
    }
    return String.join(" < ", path);
  }

  private List<UserId> managerChain(UserId id) {
    List<UserId> chain = new ArrayList<>();
    Optional<UserId> at = users.get(id).managerId();
    while (at.isPresent() && chain.size() <= users.size()) {
      chain.add(at.get());
      at = Optional.ofNullable(users.get(at.get())).flatMap(User::managerId);
    }
    return chain;
  }

  @Override
  public String toString() {
    return "AccessOrganisation[tenant=" + tenant + ", units=" + units.size() + ", users=" + users.size() + ", teams="
        + teams.size() + ", roles=" + roles.size() + ", shares=" + shares.size() + ", records="
        + records.values().stream().map(Map::size).map(String::valueOf).collect(Collectors.joining("/"))
        + ", hierarchyDepth=" + settings.map(AccessSettings::hierarchyDepth).map(String::valueOf).orElse("default") + "]";
  }
}
