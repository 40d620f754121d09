package org.crmkernel.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkernel.access.HeldRole;
import org.crmkernel.access.RoleService;
import org.crmkernel.directory.internal.RoleEscalation;
import org.crmkernel.internal.AccessVersion;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.Guard;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.RecordInUseException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/**
 * The kernel's {@link RoleService}. Every change stores a new access version, since compiled
 * scopes carry the roles' depths and names.
 */
public final class DefaultRoleService implements RoleService {

  /** How many holders a refused delete names. */
  private static final int HOLDERS_NAMED = 10;

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultRoleService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public SecurityRole create(String name, RoleGrants grants) {
    Arguments.present(grants, "grants");
    return work.write(session, changes -> {
      RoleId id = RoleId.generate(session.kernel().clock());
      guard().require(changes.tx(), Privilege.CREATE, AccessTarget.ofOrganization(id.ref()));
      Violations violations = new Violations();
      SecurityRole role = violations.attempt("", () -> new SecurityRole(id, session.tenantId(), name, grants,
          Revision.first(changes.now())));
      if (role != null) {
        requireUniqueName(changes.tx(), role, violations);
      }
      violations.throwIfAny();
      SecurityRole created = Objects.requireNonNull(role);
      RoleEscalation.requireWithin(guard().scope(changes.tx()), Privilege.CREATE, id.ref(), created.name(),
          RoleGrants.none(), grants);
      SecurityRole stored = changes.tx().securityRoles().insert(created);
      List<FieldChange> fields = new ArrayList<>();
      fields.add(FieldChange.of("name", Optional.empty(), Optional.of(stored.name())));
      fields.addAll(cellChanges(RoleGrants.none(), stored.grants()));
      changes.record(AuditOperation.CREATE, EventType.ROLE_CREATED, stored.ref(), stored.version(), fields);
      AccessVersion.bump(changes);
      return stored;
    });
  }

  @Override
  public SecurityRole rename(RoleId id, long expectedVersion, String name) {
    Arguments.present(id, "id");
    return work.write(session, changes -> {
      SecurityRole current = current(changes, id, expectedVersion, Privilege.WRITE);
      Violations violations = new Violations();
      SecurityRole renamed = violations.attempt("", () -> new SecurityRole(id, session.tenantId(), name, current.grants(),
          current.revision().next(changes.now())));
      if (renamed != null) {
        requireUniqueName(changes.tx(), renamed, violations);
      }
      violations.throwIfAny();
      SecurityRole next = Objects.requireNonNull(renamed);
      if (next.name().equals(current.name())) {
        return current;
      }
      SecurityRole stored = changes.tx().securityRoles().update(next, expectedVersion);
      changes.record(AuditOperation.UPDATE, EventType.ROLE_CHANGED, stored.ref(), stored.version(),
          List.of(FieldChange.of("name", Optional.of(current.name()), Optional.of(stored.name()))));
      AccessVersion.bump(changes);
      return stored;
    });
  }

  @Override
  public SecurityRole changeGrants(RoleId id, long expectedVersion, RoleGrants grants) {
    Arguments.present(id, "id");
    Arguments.present(grants, "grants");
    return work.write(session, changes -> {
      SecurityRole current = current(changes, id, expectedVersion, Privilege.WRITE);
      List<FieldChange> cells = cellChanges(current.grants(), grants);
      if (cells.isEmpty()) {
        return current;
      }
      RoleEscalation.requireWithin(guard().scope(changes.tx()), Privilege.WRITE, current.ref(), current.name(),
          current.grants(), grants);
      SecurityRole stored = changes.tx().securityRoles().update(new SecurityRole(id, session.tenantId(), current.name(),
          grants, current.revision().next(changes.now())), expectedVersion);
      changes.record(AuditOperation.UPDATE, EventType.ROLE_CHANGED, stored.ref(), stored.version(), cells);
      AccessVersion.bump(changes);
      return stored;
    });
  }

  @Override
  public void delete(RoleId id, long expectedVersion) {
    Arguments.present(id, "id");
    work.write(session, changes -> {
      SecurityRole current = current(changes, id, expectedVersion, Privilege.DELETE);
      StoreTransaction tx = changes.tx();
      List<RecordRef> holders = new ArrayList<>();
      tx.users().query(session.tenantId(), new Query<>(Filter.eq(DirectoryFields.USER_ROLE_ID, id.value()), Sort.byId(),
          HOLDERS_NAMED, Optional.empty())).items().forEach(u -> holders.add(u.ref()));
      tx.teams().query(session.tenantId(), new Query<>(Filter.eq(DirectoryFields.TEAM_ROLE_ID, id.value()), Sort.byId(),
          HOLDERS_NAMED, Optional.empty())).items().forEach(t -> holders.add(t.ref()));
      if (!holders.isEmpty()) {
        throw new RecordInUseException(current.ref(), holders, "role '" + current.name()
            + "' is still held by users or teams; take it from them first");
      }
      tx.securityRoles().delete(session.tenantId(), id, expectedVersion);
      List<FieldChange> removed = new ArrayList<>();
      removed.add(FieldChange.of("name", Optional.of(current.name()), Optional.empty()));
      removed.addAll(cellChanges(current.grants(), RoleGrants.none()));
      changes.record(AuditOperation.DELETE, EventType.ROLE_DELETED, current.ref(), 0, removed);
      AccessVersion.bump(changes);
      return null;
    });
  }

  @Override
  public Optional<SecurityRole> find(RoleId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      Optional<SecurityRole> found = tx.securityRoles().find(session.tenantId(), id);
      found.ifPresent(role -> guard().require(tx, Privilege.READ, AccessTarget.ofOrganization(role.ref())));
      return found;
    });
  }

  @Override
  public Page<SecurityRole> list(Query<SecurityRole> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> tx.securityRoles().query(session.tenantId(), readable(tx, query)));
  }

  /** The query as the session may run it: roles are organisation-owned, so all or nothing. */
  private Query<SecurityRole> readable(StoreTransaction tx, Query<SecurityRole> query) {
    boolean all = guard().scope(tx).map(scope -> scope.grant(RecordKind.SECURITY_ROLE, Privilege.READ)
        .filter(g -> g.depth() == AccessDepth.ORGANIZATION).isPresent()).orElse(true);
    return all ? query : new Query<>(query.filter().and(Filter.not(Filter.all())), query.sort(), query.limit(), query.after());
  }

  @Override
  public List<HeldRole> rolesOf(UserId user) {
    Arguments.present(user, "user");
    return work.read(session, tx -> {
      User found = tx.users().get(session.tenantId(), user);
      guard().require(tx, Privilege.READ, AccessTarget.of(found));
      List<HeldRole> held = new ArrayList<>();
      found.roleIds().forEach(id -> readableRole(tx, id).ifPresent(role -> held.add(new HeldRole(role, Optional.empty()))));
      List<Team> teams;
      try (Stream<Team> memberships = tx.teams().scan(session.tenantId(),
          Filter.eq(DirectoryFields.TEAM_MEMBER_ID, user.value()))) {
        teams = memberships.filter(t -> t.type() == TeamType.OWNER).toList();
      }
      for (Team team : teams) {
        team.roleIds().forEach(id -> readableRole(tx, id).ifPresent(role -> held.add(new HeldRole(role,
            Optional.of(team.id())))));
      }
      return List.copyOf(held);
    });
  }

  private Optional<SecurityRole> readableRole(StoreTransaction tx, RoleId id) {
    Optional<SecurityRole> role = tx.securityRoles().find(session.tenantId(), id);
    role.ifPresent(r -> guard().require(tx, Privilege.READ, AccessTarget.ofOrganization(r.ref())));
    return role;
  }

  /** The stored role at {@code expectedVersion}, after checking {@code privilege} on it. */
  private SecurityRole current(Changes changes, RoleId id, long expectedVersion, Privilege privilege) {
    SecurityRole current = changes.tx().securityRoles().get(session.tenantId(), id);
    // Access before the version: a denied user learns nothing, not even the current version.
    guard().require(changes.tx(), privilege, AccessTarget.ofOrganization(current.ref()));
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.ref(), expectedVersion, current.version());
    }
    return current;
  }

  /** Records a violation if another role of the tenant has {@code role}'s name, ignoring case. */
  private void requireUniqueName(StoreTransaction tx, SecurityRole role, Violations violations) {
    String wanted = role.name().toLowerCase(Locale.ROOT);
    try (Stream<SecurityRole> all = tx.securityRoles().scan(session.tenantId(), Filter.all())) {
      boolean taken = all.anyMatch(other -> !other.id().equals(role.id())
          && other.name().toLowerCase(Locale.ROOT).equals(wanted));
      violations.check(!taken, "name", "duplicate", "another role is already named '" + role.name() + "'");
    }
  }

  /**
   * Every cell whose depth differs between the two matrices, as a change of {@code KIND.PRIVILEGE}
   * from one depth name to the other, in kind and privilege order; a cell not granted on one
   * side shows as empty there.
   */
  static List<FieldChange> cellChanges(RoleGrants before, RoleGrants after) {
    List<FieldChange> cells = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      for (Privilege privilege : Privilege.values()) {
        AccessDepth old = before.depth(kind, privilege);
        AccessDepth now = after.depth(kind, privilege);
        if (old != now) {
          cells.add(FieldChange.of(kind.name() + "." + privilege.name(), depth(old), depth(now)));
        }
      }
    }
    return cells;
  }

  private static Optional<String> depth(AccessDepth depth) {
    return depth == AccessDepth.NONE ? Optional.empty() : Optional.of(depth.name());
  }

  private Guard guard() {
    return session.guard();
  }
}
