package org.crmkernel.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.crmkernel.directory.DirectoryService;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.Email;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;

/** The kernel's {@link DirectoryService}. */
public final class DefaultDirectoryService implements DirectoryService {

  private static final FieldDiff<BusinessUnit> UNIT_AUDIT = FieldDiff.<BusinessUnit>builder()
      .field("name", u -> Optional.of(u.name())).field("parent", u -> u.parentId().map(BusinessUnitId::ref))
      .field("active", u -> Optional.of(u.active())).build();
  private static final FieldDiff<User> USER_AUDIT = FieldDiff.<User>builder()
      .field("fullName", u -> Optional.of(u.fullName())).field("email", u -> Optional.of(u.email()))
      .field("businessUnit", u -> Optional.of(u.businessUnitId().ref())).field("manager", u -> u.managerId().map(UserId::ref))
      .field("active", u -> Optional.of(u.active())).build();
  private static final FieldDiff<Team> TEAM_AUDIT = FieldDiff.<Team>builder()
      .field("name", t -> Optional.of(t.name())).field("type", t -> Optional.of(t.type()))
      .field("businessUnit", t -> Optional.of(t.businessUnitId().ref()))
      .list("members", t -> t.members().stream().map(UserId::ref).toList())
      .build();

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultDirectoryService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public BusinessUnit createRootUnit(String name) {
    return work.write(session, changes -> {
      Violations violations = new Violations();
      violations.check(root(changes.tx()).isEmpty(), "parentId", "root_exists", "the tenant already has a root business unit");
      BusinessUnit unit = violations.attempt("", () -> new BusinessUnit(BusinessUnitId.generate(session.kernel().clock()),
          session.tenantId(), name, Optional.empty(), true, Revision.first(changes.now())));
      violations.throwIfAny();
      BusinessUnit stored = changes.tx().businessUnits().insert(Objects.requireNonNull(unit));
      changes.record(AuditOperation.CREATE, EventType.BUSINESS_UNIT_CREATED, stored.ref(), 1, UNIT_AUDIT.created(stored));
      return stored;
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
      BusinessUnit stored = changes.tx().businessUnits().insert(Objects.requireNonNull(unit));
      changes.record(AuditOperation.CREATE, EventType.BUSINESS_UNIT_CREATED, stored.ref(), 1, UNIT_AUDIT.created(stored));
      return stored;
    });
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
      manager.ifPresent(m -> violations.check(changes.tx().users().find(session.tenantId(), m).filter(User::active).isPresent(),
          "managerId", "unknown_user", "no active user " + m + " in this tenant"));
      if (address != null) {
        long taken = changes.tx().users().count(session.tenantId(), Filter.eq(DirectoryFields.USER_EMAIL, address.matchKey()));
        violations.check(taken == 0, "email", "duplicate", "another user already has " + address);
      }
      User user = violations.isEmpty() ? violations.attempt("", () -> new User(UserId.generate(session.kernel().clock()),
          session.tenantId(), fullName, Objects.requireNonNull(address), unit, manager, true,
          Revision.first(changes.now()))) : null;
      violations.throwIfAny();
      User stored = changes.tx().users().insert(Objects.requireNonNull(user));
      changes.record(AuditOperation.CREATE, EventType.USER_CREATED, stored.ref(), 1, USER_AUDIT.created(stored));
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
        UserId member = memberList.get(i);
        violations.check(changes.tx().users().find(session.tenantId(), member).filter(User::active).isPresent(),
            "members[" + i + "]", "unknown_user", "no active user " + member + " in this tenant");
      }
      Team team = violations.attempt("", () -> new Team(TeamId.generate(session.kernel().clock()), session.tenantId(),
          name, type, unit, memberIds(memberList), Revision.first(changes.now())));
      violations.throwIfAny();
      Team stored = changes.tx().teams().insert(Objects.requireNonNull(team));
      changes.record(AuditOperation.CREATE, EventType.TEAM_CREATED, stored.ref(), 1, TEAM_AUDIT.created(stored));
      return stored;
    });
  }

  @Override
  public Optional<BusinessUnit> rootUnit() {
    return work.read(session, this::root);
  }

  @Override
  public Optional<BusinessUnit> findUnit(BusinessUnitId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> tx.businessUnits().find(session.tenantId(), id));
  }

  @Override
  public Optional<User> findUser(UserId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> tx.users().find(session.tenantId(), id));
  }

  @Override
  public Optional<Team> findTeam(TeamId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> tx.teams().find(session.tenantId(), id));
  }

  @Override
  public Page<BusinessUnit> units(Query<BusinessUnit> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> tx.businessUnits().query(session.tenantId(), query));
  }

  @Override
  public Page<User> users(Query<User> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> tx.users().query(session.tenantId(), query));
  }

  @Override
  public Page<Team> teams(Query<Team> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> tx.teams().query(session.tenantId(), query));
  }

  private Optional<BusinessUnit> root(StoreTransaction tx) {
    return tx.businessUnits().query(session.tenantId(), new Query<>(Filter.isEmpty(DirectoryFields.UNIT_PARENT_ID),
        Sort.byId(), 1, Optional.empty())).items().stream().findFirst();
  }

  private void requireActiveUnit(StoreTransaction tx, BusinessUnitId unit, String path, Violations violations) {
    violations.check(tx.businessUnits().find(session.tenantId(), unit).filter(BusinessUnit::active).isPresent(),
        path, "unknown_unit", "no active business unit " + unit + " in this tenant");
  }

  private static java.util.SortedSet<UserId> memberIds(List<UserId> ids) {
    TreeSet<UserId> set = new TreeSet<>((a, b) -> org.crmkernel.model.id.Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
    set.addAll(ids);
    return set;
  }
}
