package org.crmkernel.access.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crmkernel.access.FieldSecurityService;
import org.crmkernel.customfield.internal.Definitions;
import org.crmkernel.internal.AccessVersion;
import org.crmkernel.customer.internal.SecuredFields;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Changes;
import org.crmkernel.internal.FieldDiff;
import org.crmkernel.internal.Guard;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violations;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Revision;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.jspecify.annotations.Nullable;

/**
 * The kernel's {@link FieldSecurityService}. Settings changes store the next settings version
 * ({@link AccessVersion#save}); profile changes bump it, since compiled scopes carry each user's
 * field permissions.
 */
public final class DefaultFieldSecurityService implements FieldSecurityService {

  /**
   * The securable standard fields per kind: record components holding an {@code Optional} or a
   * {@code List} that are not links to other records (names ending in {@code Id}).
   */
  private static final Map<RecordKind, Set<String>> SECURABLE = securable();

  private static final FieldDiff<FieldSecurityProfile> PROFILE_AUDIT = FieldDiff.<FieldSecurityProfile>builder()
      .field("name", p -> Optional.of(p.name()))
      .list("permissions", p -> p.permissions().entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue())).toList())
      .list("users", p -> p.users().stream().map(UserId::ref).toList())
      .list("teams", p -> p.teams().stream().map(TeamId::ref).toList())
      .build();

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service acting as {@code session}. */
  public DefaultFieldSecurityService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  // ---- settings

  @Override
  public AccessSettings settings() {
    return work.read(session, tx -> {
      AccessSettings settings = AccessScopes.settingsOf(tx, session.tenantId());
      guard().require(tx, Privilege.READ, AccessTarget.ofOrganization(settings.ref()));
      return settings;
    });
  }

  @Override
  public Set<FieldKey> securableFields(RecordKind kind) {
    Arguments.present(kind, "kind");
    Set<String> fields = SECURABLE.get(kind);
    if (fields == null) {
      throw CrmValidationException.of("kind", "not_securable", "field security applies to accounts, contacts, leads and deals, not "
          + kind);
    }
    TreeSet<FieldKey> keys = new TreeSet<>();
    fields.forEach(f -> keys.add(new FieldKey(kind, f)));
    return Collections.unmodifiableSortedSet(keys);
  }

  @Override
  public AccessSettings secureField(FieldKey field) {
    Arguments.present(field, "field");
    return changeSettings(settings -> {
      Violations violations = new Violations();
      requireSecurableStandard(field, violations);
      violations.throwIfAny();
      Set<FieldKey> secured = new TreeSet<>(settings.securedFields());
      secured.add(field);
      return settings.next(settings.hierarchyDepth(), secured);
    });
  }

  @Override
  public AccessSettings unsecureField(FieldKey field) {
    Arguments.present(field, "field");
    return changeSettings(settings -> {
      Violations violations = new Violations();
      violations.check(!field.isCustom(), "field", "custom_field",
          "custom fields are secured by their definition's sensitive flag, not here");
      violations.throwIfAny();
      Set<FieldKey> secured = new TreeSet<>(settings.securedFields());
      secured.remove(field);
      return settings.next(settings.hierarchyDepth(), secured);
    });
  }

  @Override
  public AccessSettings setHierarchyDepth(int depth) {
    return changeSettings(settings -> {
      Violations violations = new Violations();
      violations.check(depth >= 0 && depth <= AccessSettings.MAX_HIERARCHY_DEPTH, "hierarchyDepth", "out_of_range",
          "the hierarchy depth is 0 to " + AccessSettings.MAX_HIERARCHY_DEPTH + ", not " + depth);
      violations.throwIfAny();
      return settings.next(depth, settings.securedFields());
    });
  }

  /**
   * Reads the settings, checks the write privilege on them, and stores what {@code edit} makes of
   * them unless nothing but the version changed.
   */
  private AccessSettings changeSettings(java.util.function.UnaryOperator<AccessSettings> edit) {
    return work.write(session, changes -> {
      AccessSettings current = AccessScopes.settingsOf(changes.tx(), session.tenantId());
      guard().require(changes.tx(), Privilege.WRITE, AccessTarget.ofOrganization(current.ref()));
      AccessSettings next = edit.apply(current);
      List<FieldChange> diff = new ArrayList<>();
      if (next.hierarchyDepth() != current.hierarchyDepth()) {
        diff.add(FieldChange.of("hierarchyDepth", Optional.of(Integer.toString(current.hierarchyDepth())),
            Optional.of(Integer.toString(next.hierarchyDepth()))));
      }
      if (!next.securedFields().equals(current.securedFields())) {
        diff.add(FieldChange.of("securedFields", joined(current.securedFields()), joined(next.securedFields())));
      }
      if (diff.isEmpty()) {
        return current;
      }
      AccessSettings stored = AccessVersion.save(changes, next);
      changes.record(AuditOperation.UPDATE, EventType.ACCESS_SETTINGS_CHANGED, stored.ref(), stored.version(), diff);
      return stored;
    });
  }

  private static Optional<String> joined(Set<FieldKey> fields) {
    return fields.isEmpty() ? Optional.empty()
        : Optional.of(String.join(" | ", fields.stream().map(FieldKey::toString).toList()));
  }

  private static void requireSecurableStandard(FieldKey field, Violations violations) {
    if (field.isCustom()) {
      violations.add("field", "custom_field", "custom fields are secured by their definition's sensitive flag, not here");
      return;
    }
    Set<String> securable = SECURABLE.getOrDefault(field.kind(), Set.of());
    violations.check(securable.contains(field.field()), "field", "not_securable", field + " is not a securable field; "
        + "securable " + field.kind().name().toLowerCase(java.util.Locale.ROOT) + " fields: " + String.join(", ", securable));
  }

  // ---- profiles

  @Override
  public FieldSecurityProfile createProfile(String name) {
    return work.write(session, changes -> {
      FieldSecurityProfileId id = FieldSecurityProfileId.generate(session.kernel().clock());
      guard().require(changes.tx(), Privilege.CREATE, AccessTarget.ofOrganization(id.ref()));
      Violations violations = new Violations();
      FieldSecurityProfile profile = violations.attempt("", () -> new FieldSecurityProfile(id, session.tenantId(), name,
          Map.of(), new TreeSet<>(), new TreeSet<>(), Revision.first(changes.now())));
      violations.throwIfAny();
      FieldSecurityProfile stored = changes.tx().fieldSecurityProfiles().insert(Objects.requireNonNull(profile));
      changes.record(AuditOperation.CREATE, EventType.FIELD_SECURITY_CHANGED, stored.ref(), stored.version(),
          PROFILE_AUDIT.created(stored));
      AccessVersion.bump(changes);
      return stored;
    });
  }

  @Override
  public FieldSecurityProfile renameProfile(FieldSecurityProfileId id, long expectedVersion, String name) {
    Arguments.present(id, "id");
    return changeProfile(id, expectedVersion, (changes, current, violations) -> violations.attempt("",
        () -> with(current, name, current.permissions(), current.users(), current.teams(), changes)));
  }

  @Override
  public FieldSecurityProfile grant(FieldSecurityProfileId id, long expectedVersion, FieldKey field,
      FieldPermission permission) {
    Arguments.present(id, "id");
    Arguments.present(field, "field");
    Arguments.present(permission, "permission");
    return changeProfile(id, expectedVersion, (changes, current, violations) -> {
      if (field.isCustom()) {
        String apiName = field.field().substring("custom.".length());
        violations.check(Definitions.named(changes.tx(), session.tenantId(), field.kind(), apiName).isPresent(), "field",
            "unknown_field", "no custom field " + apiName + " on " + field.kind().name().toLowerCase(java.util.Locale.ROOT));
      } else {
        requireSecurableStandard(field, violations);
      }
      if (!violations.isEmpty()) {
        return null;
      }
      requireNoSelfGrant(changes.tx(), current, field, permission);
      Map<FieldKey, FieldPermission> permissions = new HashMap<>(current.permissions());
      if (permission.equals(FieldPermission.NONE)) {
        permissions.remove(field);
      } else {
        permissions.put(field, permission);
      }
      return violations.attempt("", () -> with(current, current.name(), permissions, current.users(), current.teams(),
          changes));
    });
  }

  @Override
  public FieldSecurityProfile revoke(FieldSecurityProfileId id, long expectedVersion, FieldKey field) {
    Arguments.present(id, "id");
    Arguments.present(field, "field");
    return changeProfile(id, expectedVersion, (changes, current, violations) -> {
      Map<FieldKey, FieldPermission> permissions = new HashMap<>(current.permissions());
      permissions.remove(field);
      return with(current, current.name(), permissions, current.users(), current.teams(), changes);
    });
  }

  @Override
  public FieldSecurityProfile addMembers(FieldSecurityProfileId id, long expectedVersion, Collection<UserId> users,
      Collection<TeamId> teams) {
    Arguments.present(id, "id");
    List<UserId> addedUsers = Arguments.list(new ArrayList<>(Arguments.present(users, "users")), "users");
    List<TeamId> addedTeams = Arguments.list(new ArrayList<>(Arguments.present(teams, "teams")), "teams");
    return changeProfile(id, expectedVersion, (changes, current, violations) -> {
      StoreTransaction tx = changes.tx();
      for (int i = 0; i < addedUsers.size(); i++) {
        UserId user = addedUsers.get(i);
        violations.check(tx.users().find(session.tenantId(), user).isPresent(), "users[" + i + "]", "unknown_user",
            "no user " + user + " in this tenant");
      }
      for (int i = 0; i < addedTeams.size(); i++) {
        TeamId team = addedTeams.get(i);
        violations.check(tx.teams().find(session.tenantId(), team).isPresent(), "teams[" + i + "]", "unknown_team",
            "no team " + team + " in this tenant");
      }
      if (!violations.isEmpty()) {
        return null;
      }
      Optional<AccessScope> acting = guard().scope(tx);
      if (acting.isPresent() && (addedUsers.contains(acting.get().userId())
          || addedTeams.stream().anyMatch(acting.get().teams()::contains))) {
        throw new AccessDeniedException(acting.get().userId(), Privilege.WRITE.label(), current.ref(),
            "a user may not add themselves, or a team of theirs, to a field security profile");
      }
      SortedSet<UserId> nextUsers = sorted(current.users());
      nextUsers.addAll(addedUsers);
      SortedSet<TeamId> nextTeams = sorted(current.teams());
      nextTeams.addAll(addedTeams);
      return violations.attempt("", () -> with(current, current.name(), current.permissions(), nextUsers, nextTeams,
          changes));
    });
  }

  @Override
  public FieldSecurityProfile removeMembers(FieldSecurityProfileId id, long expectedVersion, Collection<UserId> users,
      Collection<TeamId> teams) {
    Arguments.present(id, "id");
    List<UserId> removedUsers = Arguments.list(new ArrayList<>(Arguments.present(users, "users")), "users");
    List<TeamId> removedTeams = Arguments.list(new ArrayList<>(Arguments.present(teams, "teams")), "teams");
    return changeProfile(id, expectedVersion, (changes, current, violations) -> {
      SortedSet<UserId> nextUsers = sorted(current.users());
      nextUsers.removeAll(removedUsers);
      SortedSet<TeamId> nextTeams = sorted(current.teams());
      nextTeams.removeAll(removedTeams);
      return with(current, current.name(), current.permissions(), nextUsers, nextTeams, changes);
    });
  }

  @Override
  public void deleteProfile(FieldSecurityProfileId id, long expectedVersion) {
    Arguments.present(id, "id");
    work.write(session, changes -> {
      FieldSecurityProfile current = current(changes, id, expectedVersion, Privilege.DELETE);
      changes.tx().fieldSecurityProfiles().delete(session.tenantId(), id, expectedVersion);
      List<FieldChange> removed = PROFILE_AUDIT.created(current).stream()
          .map(c -> new FieldChange(c.field(), c.after(), Optional.empty())).toList();
      changes.record(AuditOperation.DELETE, EventType.FIELD_SECURITY_CHANGED, current.ref(), 0, removed);
      AccessVersion.bump(changes);
      return null;
    });
  }

  @Override
  public Optional<FieldSecurityProfile> findProfile(FieldSecurityProfileId id) {
    Arguments.present(id, "id");
    return work.read(session, tx -> {
      Optional<FieldSecurityProfile> found = tx.fieldSecurityProfiles().find(session.tenantId(), id);
      found.ifPresent(p -> guard().require(tx, Privilege.READ, AccessTarget.ofOrganization(p.ref())));
      return found;
    });
  }

  @Override
  public Page<FieldSecurityProfile> profiles(Query<FieldSecurityProfile> query) {
    Arguments.present(query, "query");
    return work.read(session, tx -> {
      boolean all = guard().scope(tx).map(scope -> scope.grant(RecordKind.FIELD_SECURITY_PROFILE, Privilege.READ)
          .filter(g -> g.depth() == AccessDepth.ORGANIZATION).isPresent()).orElse(true);
      Query<FieldSecurityProfile> readable = all ? query
          : new Query<>(query.filter().and(Filter.not(Filter.all())), query.sort(), query.limit(), query.after());
      return tx.fieldSecurityProfiles().query(session.tenantId(), readable);
    });
  }

  /** Reads, checks and stores a profile change, as the directory does for its records. */
  private FieldSecurityProfile changeProfile(FieldSecurityProfileId id, long expectedVersion, Edit edit) {
    return work.write(session, changes -> {
      FieldSecurityProfile current = current(changes, id, expectedVersion, Privilege.WRITE);
      Violations violations = new Violations();
      FieldSecurityProfile changed = edit.apply(changes, current, violations);
      violations.throwIfAny();
      FieldSecurityProfile next = Objects.requireNonNull(changed);
      List<FieldChange> diff = PROFILE_AUDIT.between(current, next);
      if (diff.isEmpty()) {
        return current;
      }
      FieldSecurityProfile stored = changes.tx().fieldSecurityProfiles().update(next, expectedVersion);
      changes.record(AuditOperation.UPDATE, EventType.FIELD_SECURITY_CHANGED, stored.ref(), stored.version(), diff);
      AccessVersion.bump(changes);
      return stored;
    });
  }

  /**
   * In a user session, a profile the acting user belongs to (directly or through a team) may not
   * open a field wider than the user may already read or update it.
   */
  private void requireNoSelfGrant(StoreTransaction tx, FieldSecurityProfile profile, FieldKey field,
      FieldPermission permission) {
    Optional<AccessScope> acting = guard().scope(tx);
    if (acting.isEmpty()) {
      return;
    }
    AccessScope scope = acting.get();
    boolean member = profile.users().contains(scope.userId()) || profile.teams().stream().anyMatch(scope.teams()::contains);
    FieldPermission held = scope.securedFieldPermission(field);
    if (member && ((permission.read() && !held.read()) || (permission.update() && !held.update()))) {
      throw new AccessDeniedException(scope.userId(), Privilege.WRITE.label(), profile.ref(),
          "the user belongs to this profile and may not open " + field + " wider than they hold it");
    }
  }

  private FieldSecurityProfile current(Changes changes, FieldSecurityProfileId id, long expectedVersion,
      Privilege privilege) {
    FieldSecurityProfile current = changes.tx().fieldSecurityProfiles().get(session.tenantId(), id);
    // Access before the version: a denied user learns nothing, not even the current version.
    guard().require(changes.tx(), privilege, AccessTarget.ofOrganization(current.ref()));
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(current.ref(), expectedVersion, current.version());
    }
    return current;
  }

  private static FieldSecurityProfile with(FieldSecurityProfile current, String name,
      Map<FieldKey, FieldPermission> permissions, SortedSet<UserId> users, SortedSet<TeamId> teams, Changes changes) {
    return new FieldSecurityProfile(current.id(), current.tenantId(), name, permissions, users, teams,
        current.revision().next(changes.now()));
  }

  private static <T extends org.crmkernel.model.id.RecordId> SortedSet<T> sorted(Collection<T> ids) {
    TreeSet<T> set = new TreeSet<>((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.ref().id(), b.ref().id()));
    set.addAll(ids);
    return set;
  }

  private static String text(FieldPermission permission) {
    return permission.read() && permission.update() ? "read+update" : permission.read() ? "read"
        : permission.update() ? "update" : "none";
  }

  private static Map<RecordKind, Set<String>> securable() {
    Map<RecordKind, Set<String>> all = new EnumMap<>(RecordKind.class);
    all.put(RecordKind.ACCOUNT, securableOf(Account.class));
    all.put(RecordKind.CONTACT, securableOf(Contact.class));
    all.put(RecordKind.LEAD, securableOf(Lead.class));
    all.put(RecordKind.DEAL, securableOf(org.crmkernel.model.pipeline.Deal.class));
    return Collections.unmodifiableMap(all);
  }

  private static Set<String> securableOf(Class<? extends org.crmkernel.model.record.CrmRecord<?>> type) {
    return Collections.unmodifiableSet(new TreeSet<>(SecuredFields.securable(type)));
  }

  private Guard guard() {
    return session.guard();
  }

  /** Builds the changed profile, recording problems; null if there were any. */
  @FunctionalInterface
  private interface Edit {
    @Nullable FieldSecurityProfile apply(Changes changes, FieldSecurityProfile current, Violations violations);
  }
}
