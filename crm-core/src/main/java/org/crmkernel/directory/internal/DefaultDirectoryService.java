package org.crmkernel.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crmkernel.directory.DirectoryService;
import org.crmkernel.directory.OwnedRecordsOnMove;
import org.crmkernel.internal.AccessVersion;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.internal.Arguments;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.Guard;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.ContactFields;
import org.crmkernel.model.customer.LeadFields;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.StandardField;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.model.record.OwnedRecord;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.spi.BulkUpdate;
import org.crmkernel.spi.RecordStore;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.access.EffectiveGrant;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.jspecify.annotations.Nullable;

/**
 * The kernel's {@link DirectoryService}. Every change stores a new access version in its unit of
 * work ({@link AccessVersion#bump}), since compiled access scopes depend on the whole directory.
 */
public final class DefaultDirectoryService implements DirectoryService {

  private static final FieldDiff<BusinessUnit> UNIT_AUDIT = FieldDiff.<BusinessUnit>builder()
      .field("name", u -> Optional.of(u.name())).field("parent", u -> u.parentId().map(BusinessUnitId::ref))
      .field("active", u -> Optional.of(u.active())).build();
  private static final FieldDiff<User> USER_AUDIT = FieldDiff.<User>builder()
      .field("fullName", u -> Optional.of(u.fullName())).field("email", u -> Optional.of(u.email()))
      .field("businessUnit", u -> Optional.of(u.businessUnitId().ref())).field("manager", u -> u.managerId().map(UserId::ref))
      .field("active", u -> Optional.of(u.active()))
      .list("roles", u -> u.roleIds().stream().map(RoleId::ref).toList())
      .build();
  private static final FieldDiff<Team> TEAM_AUDIT = FieldDiff.<Team>builder()
      .field("name", t -> Optional.of(t.name())).field("type", t -> Optional.of(t.type()))
      .field("businessUnit", t -> Optional.of(t.businessUnitId().ref()))
      .list("members", t -> t.members().stream().map(UserId::ref).toList())
      .list("roles", t -> t.roleIds().stream().map(RoleId::ref).toList())
      .build();

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultDirectoryService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  // ---- creation

  @Override
  public BusinessUnit createRootUnit(String name) {
    return work.write(session, changes -> {
      Violations violations = new Violations();
      violations.check(root(changes.tx()).isEmpty(), "parentId", "root_exists", "the tenant already has a root business unit");
      BusinessUnit unit = violations.attempt("", () -> new BusinessUnit(BusinessUnitId.generate(session.kernel().clock()),
          session.tenantId(), name, Optional.empty(), true, Revision.first(changes.now())));
      violations.throwIfAny();
      return insertUnit(changes, Objects.requireNonNull(unit));
    });
  }

  @Override
  public BusinessUnit createUnit(String name, BusinessUnitId parent) {
    Arguments.present(parent, "parentId");
    return work.write(session, changes -> {
      Violations violations = new Violations();
      requireActiveUnit(changes.tx(), parent, "parentId", violations);
      BusinessUnit unit = violations.attempt("", () -> new BusinessUnit(BusinessUnitId.generate(session.kernel().clock()),
          session.tenantId(), name, Optional.of(parent), true, Revision.first(changes.now())));
      violations.throwIfAny();
      return insertUnit(changes, Objects.requireNonNull(unit));
    });
  }

  /**
   * Inserts a unit and only then checks the create privilege: a new unit's place in the tree (what
   * parent-child depth is measured along) is known to the store's access graph once it is in
   * this unit of work; a denial rolls the insert back.
   */
  private BusinessUnit insertUnit(Changes changes, BusinessUnit unit) {
    BusinessUnit stored = changes.tx().businessUnits().insert(unit);
    guard().require(changes.tx(), Privilege.CREATE, AccessTarget.of(stored));
    changes.record(AuditOperation.CREATE, EventType.BUSINESS_UNIT_CREATED, stored.ref(), 1, UNIT_AUDIT.created(stored));
    AccessVersion.bump(changes);
    return stored;
  }

  @Override
  public User createUser(String fullName, String email, BusinessUnitId unit, Optional<UserId> manager) {
    Arguments.present(email, "email");
    Arguments.present(unit, "businessUnitId");
    Arguments.present(manager, "managerId");
    return work.write(session, changes -> {
      Violations violations = new Violations();
      Email address = violations.attempt("email", () -> Email.parse(email));
      requireActiveUnit(changes.tx(), unit, "businessUnitId", violations);
      manager.ifPresent(m -> requireActiveUser(changes.tx(), m, "managerId", violations));
      if (address != null) {
        long taken = changes.tx().users().count(session.tenantId(), Filter.eq(DirectoryFields.USER_EMAIL, address.matchKey()));
        violations.check(taken == 0, "email", "duplicate", "another user already has " + address);
      }
      User user = violations.isEmpty() ? violations.attempt("", () -> new User(UserId.generate(session.kernel().clock()),
          session.tenantId(), fullName, Objects.requireNonNull(address), unit, manager, true,
          Revision.first(changes.now()))) : null;
      violations.throwIfAny();
      guard().require(changes.tx(), Privilege.CREATE, AccessTarget.of(Objects.requireNonNull(user)));
      User stored = changes.tx().users().insert(user);
      changes.record(AuditOperation.CREATE, EventType.USER_CREATED, stored.ref(), 1, USER_AUDIT.created(stored));
      AccessVersion.bump(changes);
      return stored;
    });
  }

  @Override
  public Team createTeam(String name, TeamType type, BusinessUnitId unit, Collection<UserId> members) {
    Arguments.present(type, "type");
    Arguments.present(unit, "businessUnitId");
    List<UserId> memberList = Arguments.list(new ArrayList<>(Arguments.present(members, "members")), "members");
    return work.write(session, changes -> {
      Violations violations = new Violations();
      requireActiveUnit(changes.tx(), unit, "businessUnitId", violations);
      for (int i = 0; i < memberList.size(); i++) {
        requireActiveUser(changes.tx(), memberList.get(i), "members[" + i + "]", violations);
      }
      Team team = violations.attempt("", () -> new Team(TeamId.generate(session.kernel().clock()), session.tenantId(),
          name, type, unit, memberIds(memberList), Revision.first(changes.now())));
      violations.throwIfAny();
      guard().require(changes.tx(), Privilege.CREATE, AccessTarget.of(Objects.requireNonNull(team)));
      Team stored = changes.tx().teams().insert(team);
      changes.record(AuditOperation.CREATE, EventType.TEAM_CREATED, stored.ref(), 1, TEAM_AUDIT.created(stored));
      AccessVersion.bump(changes);
      return stored;
    });
  }

  // ---- business units

  @Override
  public BusinessUnit renameUnit(BusinessUnitId id, long expectedVersion, String name) {
    Arguments.present(id, "id");
    return changeUnit(id, expectedVersion, (changes, current, violations) -> violations.attempt("",
        () -> new BusinessUnit(id, session.tenantId(), name, current.parentId(), current.active(), next(current, changes))));
  }

  @Override
  public BusinessUnit moveUnit(BusinessUnitId id, long expectedVersion, BusinessUnitId newParent) {
    Arguments.present(id, "id");
    Arguments.present(newParent, "parentId");
    return changeUnit(id, expectedVersion, true, (changes, current, violations) -> {
      if (current.isRoot()) {
        violations.add("id", "root", "the root business unit cannot be moved");
        return null;
      }
      if (newParent.equals(id)) {
        violations.add("parentId", "self_reference", "a unit cannot be its own parent");
        return null;
      }
      requireActiveUnit(changes.tx(), newParent, "parentId", violations);
      if (violations.isEmpty() && UnitTree.isAtOrBelow(changes.tx(), session.tenantId(), newParent, id)) {
        violations.add("parentId", "cycle", "unit " + newParent + " lies below the unit being moved");
      }
      return violations.isEmpty() ? new BusinessUnit(id, session.tenantId(), current.name(), Optional.of(newParent),
          current.active(), next(current, changes)) : null;
    });
  }

  @Override
  public BusinessUnit deactivateUnit(BusinessUnitId id, long expectedVersion) {
    Arguments.present(id, "id");
    return changeUnit(id, expectedVersion, (changes, current, violations) -> {
      violations.check(!current.isRoot(), "id", "root", "the root business unit cannot be deactivated");
      return violations.isEmpty() ? new BusinessUnit(id, session.tenantId(), current.name(), current.parentId(), false,
          next(current, changes)) : null;
    });
  }

  @Override
  public BusinessUnit reactivateUnit(BusinessUnitId id, long expectedVersion) {
    Arguments.present(id, "id");
    return changeUnit(id, expectedVersion, (changes, current, violations) -> new BusinessUnit(id, session.tenantId(),
        current.name(), current.parentId(), true, next(current, changes)));
  }

  /**
   * Reads the unit, checks its version and the write privilege, lets {@code edit} build the
   * changed unit (recording problems), and stores it unless nothing changed. When the unit
   * {@code moves}, the write privilege is checked again on the stored unit (the store's access
   * graph sees the new tree), so that a user cannot move a unit to where they could not write it.
   */
  private BusinessUnit changeUnit(BusinessUnitId id, long expectedVersion, Edit<BusinessUnit> edit) {
    return changeUnit(id, expectedVersion, false, edit);
  }

  private BusinessUnit changeUnit(BusinessUnitId id, long expectedVersion, boolean moves, Edit<BusinessUnit> edit) {
    return change(UNITS, id, expectedVersion, moves, edit);
  }

  /** How a directory kind is changed: its store, what access is measured on, its audit diff and its event. */
  private record Changeable<I extends RecordId, R extends CrmRecord<I>>(
      java.util.function.Function<StoreTransaction, RecordStore<I, R>> store,
      java.util.function.Function<R, AccessTarget> target, FieldDiff<R> audit, EventType event) {}

  private static final Changeable<BusinessUnitId, BusinessUnit> UNITS =
      new Changeable<>(StoreTransaction::businessUnits, AccessTarget::of, UNIT_AUDIT, EventType.BUSINESS_UNIT_CHANGED);
  private static final Changeable<TeamId, Team> TEAMS =
      new Changeable<>(StoreTransaction::teams, AccessTarget::of, TEAM_AUDIT, EventType.TEAM_CHANGED);

  /** The shared shape of {@link #changeUnit} and {@link #changeTeam}. */
  private <I extends RecordId, R extends CrmRecord<I>> R change(Changeable<I, R> kind, I id, long expectedVersion,
      boolean moves, Edit<R> edit) {
    return work.write(session, changes -> {
      StoreTransaction tx = changes.tx();
      R current = kind.store().apply(tx).get(session.tenantId(), id);
      guard().require(tx, Privilege.WRITE, kind.target().apply(current));
      requireVersion(current, expectedVersion);
      Violations violations = new Violations();
      R changed = edit.apply(changes, current, violations);
      violations.throwIfAny();
      R next = Objects.requireNonNull(changed);
      List<FieldChange> diff = kind.audit().between(current, next);
      if (diff.isEmpty()) {
        return current;
      }
      R stored = kind.store().apply(tx).update(next, expectedVersion);
      if (moves) {
        guard().require(tx, Privilege.WRITE, kind.target().apply(stored));
      }
      changes.record(AuditOperation.UPDATE, kind.event(), stored.ref(), stored.version(), diff);
      AccessVersion.bump(changes);
      return stored;
    });
  }


  // ---- users

  @Override
  public User moveUser(UserId id, long expectedVersion, BusinessUnitId unit, OwnedRecordsOnMove records) {
    Arguments.present(id, "id");
    Arguments.present(unit, "businessUnitId");
    Arguments.present(records, "records");
    return work.write(session, changes -> {
      User current = changes.tx().users().get(session.tenantId(), id);
      guard().require(changes.tx(), Privilege.WRITE, AccessTarget.of(current));
      requireVersion(current, expectedVersion);
      Violations violations = new Violations();
      requireActiveUnit(changes.tx(), unit, "businessUnitId", violations);
      violations.throwIfAny();
      requireNotSelf(id, current.ref(), "a user may not move themselves to another business unit");
      // Placing someone in a unit attaches them to it: append-to on the unit, as for any record.
      guard().require(changes.tx(), Privilege.APPEND_TO,
          AccessTarget.of(changes.tx().businessUnits().get(session.tenantId(), unit)));
      if (current.businessUnitId().equals(unit)) {
        return current;
      }
      User stored = storeUser(changes, current, withUser(current, unit, current.managerId(), current.active(),
          current.roleIds(), next(current, changes)));
      // The user must stay within the acting user's reach in their new unit.
      guard().require(changes.tx(), Privilege.WRITE, AccessTarget.of(stored));
      if (records == OwnedRecordsOnMove.MOVE_WITH_USER) {
        moveOwnedRecords(changes, id, unit);
      }
      return stored;
    });
  }

  /**
   * Gives every account, contact, lead, deal and activity {@code user} owns the owning unit
   * {@code unit}, each audited as an assignment (a deal's history tracks its owner, not the unit).
   */
  private void moveOwnedRecords(Changes changes, UserId user, BusinessUnitId unit) {
    StoreTransaction tx = changes.tx();
    moveOwned(changes, tx.accounts(), AccountFields.OWNER_ID, AccountFields.OWNING_UNIT_ID, user, unit,
        (a, o) -> a.withOwnership(o).withRevision(a.revision().next(changes.now())));
    moveOwned(changes, tx.contacts(), ContactFields.OWNER_ID, ContactFields.OWNING_UNIT_ID, user, unit,
        (c, o) -> c.withOwnership(o).withRevision(c.revision().next(changes.now())));
    moveOwned(changes, tx.leads(), LeadFields.OWNER_ID, LeadFields.OWNING_UNIT_ID, user, unit,
        (l, o) -> l.withOwnership(o).withRevision(l.revision().next(changes.now())));
    moveOwned(changes, tx.deals(), org.crmkernel.model.pipeline.DealFields.OWNER_ID,
        org.crmkernel.model.pipeline.DealFields.OWNING_UNIT_ID, user, unit,
        (d, o) -> d.withOwnership(o).withRevision(d.revision().next(changes.now())));
    moveOwned(changes, tx.activities(), org.crmkernel.model.activity.ActivityFields.OWNER_ID,
        org.crmkernel.model.activity.ActivityFields.OWNING_UNIT_ID, user, unit,
        (a, o) -> a.withOwnership(o).withRevision(a.revision().next(changes.now())));
  }

  private <R extends OwnedRecord<?>> void moveOwned(Changes changes, RecordStore<?, R> store,
      StandardField<R, UUID> ownerField, StandardField<R, UUID> unitField, UserId user, BusinessUnitId unit,
      java.util.function.BiFunction<R, Ownership, R> reowned) {
    List<R> owned;
    Filter<R> filter = Filter.and(Filter.eq(ownerField, user.value()), Filter.not(Filter.eq(unitField, unit.value())));
    try (Stream<R> scan = store.scan(session.tenantId(), filter)) {
      owned = scan.toList();
    }
    List<R> moved = owned.stream().map(record -> reowned.apply(record, new Ownership(record.ownership().owner(), unit)))
        .toList();
    if (store instanceof BulkUpdate<?, ?> bulk) {
      @SuppressWarnings("unchecked")
      BulkUpdate<?, R> typed = (BulkUpdate<?, R>) bulk;
      typed.updateAll(moved);
    } else {
      moved.forEach(record -> store.update(record, record.version() - 1));
    }
    for (int i = 0; i < owned.size(); i++) {
      R stored = moved.get(i);
      changes.record(AuditOperation.ASSIGN, EventType.OWNER_ASSIGNED, stored.ref(), stored.version(),
          List.of(FieldChange.of("owningUnit", Optional.of(owned.get(i).ownership().owningUnitId().ref().toString()),
              Optional.of(unit.ref().toString()))));
    }
  }

  @Override
  public User setManager(UserId id, long expectedVersion, Optional<UserId> manager) {
    Arguments.present(id, "id");
    Arguments.present(manager, "managerId");
    return changeUser(id, expectedVersion, (changes, current, violations) -> {
      if (manager.isPresent()) {
        UserId chosen = manager.get();
        if (chosen.equals(id)) {
          violations.add("managerId", "self_reference", "a user cannot manage themselves");
          return null;
        }
        requireActiveUser(changes.tx(), chosen, "managerId", violations);
        if (violations.isEmpty() && managesIndirectly(changes.tx(), id, chosen)) {
          violations.add("managerId", "cycle", "user " + chosen + " reports to the user, directly or indirectly");
        }
        if (violations.isEmpty()) {
          requireNoHierarchyGain(changes.tx(), current, chosen);
        }
      }
      return violations.isEmpty() ? withUser(current, current.businessUnitId(), manager, current.active(),
          current.roleIds(), next(current, changes)) : null;
    });
  }

  /** In a user session, refuses a change aimed at the acting user's own reach. */
  private void requireNotSelf(UserId target, org.crmkernel.model.id.RecordRef ref, String why) {
    if (session.userId().filter(target::equals).isPresent()) {
      throw new AccessDeniedException(target, Privilege.WRITE.label(), ref, why);
    }
  }

  /**
   * In a user session, refuses a manager that would put the acting user in {@code report}'s
   * manager chain within the tenant's hierarchy depth: it would hand them the report's records.
   */
  private void requireNoHierarchyGain(StoreTransaction tx, User report, UserId manager) {
    Optional<AccessScope> acting = guard().scope(tx);
    if (acting.isEmpty()) {
      return;
    }
    UserId actor = acting.get().userId();
    int depth = acting.get().settings().hierarchyDepth();
    boolean gains = depth > 0 && (manager.equals(actor)
        || (depth > 1 && tx.accessGraph().managerDistance(session.tenantId(), actor, manager, depth - 1) > 0));
    if (gains) {
      throw new AccessDeniedException(actor, Privilege.WRITE.label(), report.ref(),
          "the new manager would make the acting user a manager of this user, reaching their records");
    }
  }

  /** Whether {@code manager} is found walking up {@code report}'s manager chain. */
  private boolean managesIndirectly(StoreTransaction tx, UserId manager, UserId report) {
    Set<UserId> seen = new HashSet<>();
    Optional<UserId> current = Optional.of(report);
    while (current.isPresent() && seen.add(current.get())) {
      if (current.get().equals(manager)) {
        return true;
      }
      current = tx.users().find(session.tenantId(), current.get()).flatMap(User::managerId);
    }
    return false;
  }

  @Override
  public User deactivateUser(UserId id, long expectedVersion) {
    Arguments.present(id, "id");
    return changeUser(id, expectedVersion, (changes, current, violations) -> withUser(current, current.businessUnitId(),
        current.managerId(), false, current.roleIds(), next(current, changes)));
  }

  @Override
  public User reactivateUser(UserId id, long expectedVersion) {
    Arguments.present(id, "id");
    return changeUser(id, expectedVersion, (changes, current, violations) -> withUser(current, current.businessUnitId(),
        current.managerId(), true, current.roleIds(), next(current, changes)));
  }

  @Override
  public User assignRole(UserId user, long expectedVersion, RoleId role) {
    Arguments.present(user, "id");
    Arguments.present(role, "roleId");
    return changeUser(user, expectedVersion, (changes, current, violations) -> {
      SecurityRole found = requireAssignableRole(changes, role, violations);
      if (found == null || current.roleIds().contains(role)) {
        return current;
      }
      SortedSet<RoleId> roles = roleSet(current.roleIds());
      roles.add(role);
      return violations.attempt("", () -> withUser(current, current.businessUnitId(), current.managerId(),
          current.active(), roles, next(current, changes)));
    });
  }

  @Override
  public User removeRole(UserId user, long expectedVersion, RoleId role) {
    Arguments.present(user, "id");
    Arguments.present(role, "roleId");
    return changeUser(user, expectedVersion, (changes, current, violations) -> {
      guard().require(changes.tx(), Privilege.ASSIGN, AccessTarget.ofOrganization(role.ref()));
      SortedSet<RoleId> roles = roleSet(current.roleIds());
      roles.remove(role);
      return withUser(current, current.businessUnitId(), current.managerId(), current.active(), roles,
          next(current, changes));
    });
  }

  /** Like {@link #changeUnit}, for users. */
  private User changeUser(UserId id, long expectedVersion, Edit<User> edit) {
    return work.write(session, changes -> {
      User current = changes.tx().users().get(session.tenantId(), id);
      guard().require(changes.tx(), Privilege.WRITE, AccessTarget.of(current));
      requireVersion(current, expectedVersion);
      Violations violations = new Violations();
      User changed = edit.apply(changes, current, violations);
      violations.throwIfAny();
      return storeUser(changes, current, Objects.requireNonNull(changed));
    });
  }

  private User storeUser(Changes changes, User current, User next) {
    List<FieldChange> diff = USER_AUDIT.between(current, next);
    if (diff.isEmpty()) {
      return current;
    }
    User stored = changes.tx().users().update(next, current.version());
    changes.record(AuditOperation.UPDATE, EventType.USER_CHANGED, stored.ref(), stored.version(), diff);
    AccessVersion.bump(changes);
    return stored;
  }

  private static User withUser(User user, BusinessUnitId unit, Optional<UserId> manager, boolean active,
      SortedSet<RoleId> roles, Revision revision) {
    return new User(user.id(), user.tenantId(), user.fullName(), user.email(), unit, manager, active, roles, revision);
  }

  // ---- teams

  @Override
  public Team addTeamMembers(TeamId id, long expectedVersion, Collection<UserId> users) {
    Arguments.present(id, "id");
    List<UserId> added = Arguments.list(new ArrayList<>(Arguments.present(users, "users")), "users");
    return changeTeam(id, expectedVersion, (changes, current, violations) -> {
      for (int i = 0; i < added.size(); i++) {
        requireActiveUser(changes.tx(), added.get(i), "users[" + i + "]", violations);
      }
      if (!violations.isEmpty()) {
        return null;
      }
      SortedSet<UserId> members = memberIds(current.members());
      members.addAll(added);
      if (session.userId().filter(added::contains).isPresent() && !current.members().contains(session.userId().get())) {
        // Joining a team brings its records, shares and roles: never by one's own hand.
        throw new AccessDeniedException(session.userId().get(), Privilege.WRITE.label(), current.ref(),
            "a user may not add themselves to a team");
      }
      if (members.size() > current.members().size() && !current.roleIds().isEmpty()) {
        // New members of an owner team hold its roles: a user may not hand out more than they hold.
        Optional<AccessScope> scope = guard().scope(changes.tx());
        for (RoleId roleId : current.roleIds()) {
          changes.tx().securityRoles().find(session.tenantId(), roleId).ifPresent(role -> RoleEscalation.requireWithin(
              scope, Privilege.WRITE, current.ref(), role.name(), RoleGrants.none(), role.grants()));
        }
      }
      return violations.attempt("", () -> withTeam(current, members, current.roleIds(), next(current, changes)));
    });
  }

  @Override
  public Team removeTeamMembers(TeamId id, long expectedVersion, Collection<UserId> users) {
    Arguments.present(id, "id");
    List<UserId> removed = Arguments.list(new ArrayList<>(Arguments.present(users, "users")), "users");
    return changeTeam(id, expectedVersion, (changes, current, violations) -> {
      SortedSet<UserId> members = memberIds(current.members());
      members.removeAll(removed);
      return withTeam(current, members, current.roleIds(), next(current, changes));
    });
  }

  @Override
  public Team assignTeamRole(TeamId team, long expectedVersion, RoleId role) {
    Arguments.present(team, "id");
    Arguments.present(role, "roleId");
    return changeTeam(team, expectedVersion, (changes, current, violations) -> {
      violations.check(current.type() == TeamType.OWNER, "id", "access_team",
          "team " + current.name() + " is an access team; only owner teams hold roles");
      SecurityRole found = requireAssignableRole(changes, role, violations);
      if (found == null || !violations.isEmpty() || current.roleIds().contains(role)) {
        return current;
      }
      SortedSet<RoleId> roles = roleSet(current.roleIds());
      roles.add(role);
      return violations.attempt("", () -> withTeam(current, current.members(), roles, next(current, changes)));
    });
  }

  @Override
  public Team removeTeamRole(TeamId team, long expectedVersion, RoleId role) {
    Arguments.present(team, "id");
    Arguments.present(role, "roleId");
    return changeTeam(team, expectedVersion, (changes, current, violations) -> {
      guard().require(changes.tx(), Privilege.ASSIGN, AccessTarget.ofOrganization(role.ref()));
      SortedSet<RoleId> roles = roleSet(current.roleIds());
      roles.remove(role);
      return withTeam(current, current.members(), roles, next(current, changes));
    });
  }

  /** Like {@link #changeUnit}, for teams. */
  private Team changeTeam(TeamId id, long expectedVersion, Edit<Team> edit) {
    return change(TEAMS, id, expectedVersion, false, edit);
  }


  private static Team withTeam(Team team, SortedSet<UserId> members, SortedSet<RoleId> roles, Revision revision) {
    return new Team(team.id(), team.tenantId(), team.name(), team.type(), team.businessUnitId(), members, roles, revision);
  }

  /**
   * The tenant's role {@code role}, after checking that the session may assign it: assign on
   * security roles, and no cell deeper than the acting user's own. Null (with a violation) if the
   * tenant has no such role.
   */
  private @Nullable SecurityRole requireAssignableRole(Changes changes, RoleId role, Violations violations) {
    guard().require(changes.tx(), Privilege.ASSIGN, AccessTarget.ofOrganization(role.ref()));
    Optional<SecurityRole> found = changes.tx().securityRoles().find(session.tenantId(), role);
    if (found.isEmpty()) {
      violations.add("roleId", "unknown_role", "no security role " + role + " in this tenant");
      return null;
    }
    RoleEscalation.requireWithin(guard().scope(changes.tx()), Privilege.ASSIGN, role.ref(), found.get().name(),
        RoleGrants.none(), found.get().grants());
    return found.get();
  }

  // ---- reads

  @Override
  public Optional<BusinessUnit> rootUnit() {
    return work.read(session, tx -> readable(tx, root(tx), AccessTarget::of));
  }

  @Override
  public Optional<BusinessUnit> findUnit(BusinessUnitId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> readable(tx, tx.businessUnits().find(session.tenantId(), id), AccessTarget::of));
  }

  @Override
  public Optional<User> findUser(UserId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> readable(tx, tx.users().find(session.tenantId(), id), AccessTarget::of));
  }

  @Override
  public Optional<Team> findTeam(TeamId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> readable(tx, tx.teams().find(session.tenantId(), id), AccessTarget::of));
  }

  private <R> Optional<R> readable(StoreTransaction tx, Optional<R> found, Function<R, AccessTarget> target) {
    found.ifPresent(record -> guard().require(tx, Privilege.READ, target.apply(record)));
    return found;
  }

  @Override
  public Page<BusinessUnit> units(Query<BusinessUnit> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> {
      Filter<BusinessUnit> readable = readableFilter(tx, RecordKind.BUSINESS_UNIT, DirectoryFields.UNIT_ID, Optional.empty());
      return tx.businessUnits().query(session.tenantId(), restrict(query, readable));
    });
  }

  @Override
  public Page<User> users(Query<User> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> {
      Filter<User> readable = readableFilter(tx, RecordKind.USER, DirectoryFields.USER_UNIT_ID,
          Optional.of(DirectoryFields.USER_ID));
      return tx.users().query(session.tenantId(), restrict(query, readable));
    });
  }

  @Override
  public Page<Team> teams(Query<Team> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> {
      Filter<Team> readable = readableFilter(tx, RecordKind.TEAM, DirectoryFields.TEAM_UNIT_ID, Optional.empty());
      return tx.teams().query(session.tenantId(), restrict(query, readable));
    });
  }

  /**
   * What a user session may read of a directory kind, as a filter the store applies in its
   * query: everything at organisation depth; records in the user's unit tree or unit at those
   * depths ({@code unitField}); at user depth only the user's own record ({@code selfField},
   * users only). Mirrors {@link AccessScope#check} for directory records.
   */
  private <R> Filter<R> readableFilter(StoreTransaction tx, RecordKind kind, StandardField<R, UUID> unitField,
      Optional<StandardField<R, UUID>> selfField) {
    Optional<AccessScope> scope = guard().scope(tx);
    if (scope.isEmpty()) {
      return Filter.all();
    }
    AccessDepth depth = scope.get().grant(kind, Privilege.READ).map(EffectiveGrant::depth).orElse(AccessDepth.NONE);
    BusinessUnitId unit = scope.get().businessUnitId();
    switch (depth) {
      case ORGANIZATION:
        return Filter.all();
      case PARENT_CHILD_UNITS:
        return UnitTree.in(unitField, UnitTree.subtree(tx, session.tenantId(), unit));
      case BUSINESS_UNIT:
        return Filter.eq(unitField, unit.value());
      case USER:
        return selfField.<Filter<R>>map(f -> Filter.eq(f, scope.get().userId().value())).orElseGet(UnitTree::none);
      default:
        return UnitTree.none();
    }
  }

  private static <R> Query<R> restrict(Query<R> query, Filter<R> readable) {
    return readable instanceof Filter.All ? query
        : new Query<>(query.filter().and(readable), query.sort(), query.limit(), query.after());
  }

  // ---- helpers

  private Guard guard() {
    return session.guard();
  }

  private Optional<BusinessUnit> root(StoreTransaction tx) {
    return tx.businessUnits().query(session.tenantId(), new Query<>(Filter.isEmpty(DirectoryFields.UNIT_PARENT_ID),
        Sort.byId(), 1, Optional.empty())).items().stream().findFirst();
  }

  private void requireActiveUnit(StoreTransaction tx, BusinessUnitId unit, String path, Violations violations) {
    violations.check(tx.businessUnits().find(session.tenantId(), unit).filter(BusinessUnit::active).isPresent(),
        path, "unknown_unit", "no active business unit " + unit + " in this tenant");
  }

  private void requireActiveUser(StoreTransaction tx, UserId user, String path, Violations violations) {
    violations.check(tx.users().find(session.tenantId(), user).filter(User::active).isPresent(),
        path, "unknown_user", "no active user " + user + " in this tenant");
  }

  private static void requireVersion(CrmRecord<?> current, long expectedVersion) {
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.ref(), expectedVersion, current.version());
    }
  }

  private static Revision next(CrmRecord<?> current, Changes changes) {
    return current.revision().next(changes.now());
  }

  private static SortedSet<UserId> memberIds(Collection<UserId> ids) {
    TreeSet<UserId> set = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    set.addAll(ids);
    return set;
  }

  private static SortedSet<RoleId> roleSet(Collection<RoleId> ids) {
    TreeSet<RoleId> set = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    set.addAll(ids);
    return set;
  }

  /** Builds the changed record from the current one, recording problems; null if there were any. */
  @FunctionalInterface
  private interface Edit<R> {
    @Nullable R apply(Changes changes, R current, Violations violations);
  }
}
