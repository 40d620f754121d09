package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.crmkernel.jdbc.internal.json.RecordJson;
import org.crmkernel.model.access.AccessFields;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.RecordShare;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.DuplicateRecordException;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.field.FieldDefinitionFields;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordId;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.CrmRecord;
import org.crmkernel.spi.BusinessUnits;
import org.crmkernel.spi.FieldDefinitions;
import org.crmkernel.spi.FieldSecurityProfiles;
import org.crmkernel.spi.RecordShares;
import org.crmkernel.spi.SecurityRoles;
import org.crmkernel.spi.Teams;
import org.crmkernel.spi.Users;
import org.crmkernel.spi.query.Filter;

/**
 * The JDBC stores of the directory (business units, users, teams), of custom field definitions
 * and of the access records (security roles, record shares, field security profiles), each a
 * {@link JdbcRecordStore} over its table of {@link RecordTables}. Unique keys besides the id
 * (a definition's (record kind, API name), a share's (record, grantee)) are unique constraints
 * of the schema; single inserts and updates look the key up first, so that a clash does not
 * abort a PostgreSQL transaction, and the constraint still decides between concurrent writers.
 */
final class JdbcDirectoryStores {

  private JdbcDirectoryStores() {}

  /**
   * Business units, with the unit tree's closure table ({@link ClosureTable#UNITS}) kept in step
   * in the same unit of work; a parent that would put a unit below itself is refused.
   */
  static final class BusinessUnitStore extends TreeStore<BusinessUnitId, BusinessUnit> implements BusinessUnits {
    BusinessUnitStore(UnitOfWork unit) {
      super(unit, new JdbcRecordStore<>(unit, RecordTables.BUSINESS_UNITS), ClosureTable.UNITS);
    }

    @Override
    Optional<UUID> parentOf(BusinessUnit unit) {
      return unit.parentId().map(BusinessUnitId::value);
    }
  }

  /**
   * Users, with the manager chains' closure table ({@link ClosureTable#MANAGERS}) kept in step in
   * the same unit of work; a manager who would report to the user is refused.
   */
  static final class UserStore extends TreeStore<UserId, User> implements Users {
    UserStore(UnitOfWork unit) {
      super(unit, new JdbcRecordStore<>(unit, RecordTables.USERS), ClosureTable.MANAGERS);
    }

    @Override
    Optional<UUID> parentOf(User user) {
      return user.managerId().map(UserId::value);
    }
  }

  /**
   * A store of records that form a forest through a reference to a parent, whose closure table it
   * maintains on every write: inserts add nodes and references, an update that changes the
   * reference moves the node's subtree, a delete leaves the subtree under the deleted node only.
   * A cycle is refused with a {@link org.crmkernel.model.error.CrmValidationException} before
   * anything is written.
   */
  abstract static class TreeStore<I extends RecordId, R extends CrmRecord<I>> extends DelegatingStore<I, R> {
    private final UnitOfWork unit;
    private final ClosureTable closure;

    TreeStore(UnitOfWork unit, JdbcRecordStore<I, R> records, ClosureTable closure) {
      super(records);
      this.unit = unit;
      this.closure = closure;
    }

    /** The id of the record's parent in the forest, if any. */
    abstract Optional<UUID> parentOf(R record);

    @Override
    public R insert(R record) {
      Objects.requireNonNull(record, "record");
      Map<UUID, Optional<UUID>> node = Map.of(record.id().value(), parentOf(record));
      closure.checkAcyclic(unit, record.tenantId(), node);
      R stored = super.insert(record);
      closure.insert(unit, record.tenantId(), node);
      return stored;
    }

    @Override
    public void insertAll(List<R> batch) {
      Map<TenantId, Map<UUID, Optional<UUID>>> byTenant = new LinkedHashMap<>();
      for (R record : batch) {
        Objects.requireNonNull(record, "record");
        byTenant.computeIfAbsent(record.tenantId(), t -> new LinkedHashMap<>())
            .putIfAbsent(record.id().value(), parentOf(record));
      }
      byTenant.forEach((tenant, nodes) -> closure.checkAcyclic(unit, tenant, nodes));
      super.insertAll(batch);
      byTenant.forEach((tenant, nodes) -> closure.insert(unit, tenant, nodes));
    }

    @Override
    public R update(R record, long expectedVersion) {
      Objects.requireNonNull(record, "record");
      Optional<R> before = find(record.tenantId(), record.id());
      Optional<UUID> from = before.flatMap(this::parentOf);
      Optional<UUID> to = parentOf(record);
      // Only an update that will pass its version checks is refused for a cycle, so those failures come first.
      boolean moves = before.isPresent() && before.get().version() == expectedVersion
          && record.version() == expectedVersion + 1 && !from.equals(to);
      if (moves) {
        closure.checkAcyclic(unit, record.tenantId(), Map.of(record.id().value(), to));
      }
      R stored = super.update(record, expectedVersion);
      if (moves) {
        closure.move(unit, record.tenantId(), record.id().value(), from, to);
      }
      return stored;
    }

    @Override
    public void delete(TenantId tenant, I id, long expectedVersion) {
      super.delete(tenant, id, expectedVersion);
      closure.remove(unit, tenant, id.value());
    }
  }

  /** Teams; a user's teams are found through the value table's index of member ids. */
  static final class TeamStore extends DelegatingStore<TeamId, Team> implements Teams {

    /** The teams whose member rows in the value table name the user, in team id order. */
    private static final String TEAMS_WITH_MEMBER = """
        SELECT t.record FROM crm_field_value v
        JOIN crm_team t ON t.tenant_id = v.tenant_id AND t.id = v.record_id
        WHERE v.tenant_id = ? AND v.record_kind = ? AND v.field = ? AND v.value_uuid = ?
        ORDER BY t.id""";

    private final UnitOfWork unit;

    TeamStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.TEAMS));
      this.unit = unit;
    }

    @Override
    public List<Team> teamsWithMember(TenantId tenant, UserId user) {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(user, "user");
      return unit.sql("finding the teams of a user", connection -> {
        try (PreparedStatement select = connection.prepareStatement(TEAMS_WITH_MEMBER)) {
          unit.dialect().bindUuid(select, 1, tenant.value());
          select.setString(2, RecordTables.TEAMS.kind().name());
          select.setString(3, DirectoryFields.TEAM_MEMBER_ID.name());
          unit.dialect().bindUuid(select, 4, user.value());
          List<Team> teams = new ArrayList<>();
          try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
              teams.add(RecordJson.decode(row.getString(1), Team.class));
            }
          }
          return List.copyOf(teams);
        }
      });
    }
  }

  /** Custom field definitions, unique by (record kind, API name) per tenant, retired ones included. */
  static final class FieldDefinitionStore extends DelegatingStore<FieldDefinitionId, FieldDefinition>
      implements FieldDefinitions {
    FieldDefinitionStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.FIELD_DEFINITIONS));
    }

    @Override
    public FieldDefinition insert(FieldDefinition definition) {
      checkApiNameFree(definition);
      return super.insert(definition);
    }

    @Override
    public FieldDefinition update(FieldDefinition definition, long expectedVersion) {
      checkUpdatable(definition, expectedVersion);
      checkApiNameFree(definition);
      return super.update(definition, expectedVersion);
    }

    private void checkApiNameFree(FieldDefinition definition) {
      Objects.requireNonNull(definition, "definition");
      Filter<FieldDefinition> sameName = Filter.and(
          Filter.eq(FieldDefinitionFields.RECORD_KIND, definition.recordKind().name()),
          Filter.eq(FieldDefinitionFields.API_NAME, definition.apiName()),
          Filter.not(Filter.eq(FieldDefinitionFields.ID, definition.id().value())));
      if (records().count(definition.tenantId(), sameName) > 0) {
        throw new DuplicateRecordException(definition.ref(), "the tenant already has a " + definition.recordKind()
            + " field with the API name " + definition.apiName());
      }
    }
  }

  /** Security roles. */
  static final class SecurityRoleStore extends DelegatingStore<RoleId, SecurityRole> implements SecurityRoles {
    SecurityRoleStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.SECURITY_ROLES));
    }
  }

  /** Record shares, one per record and grantee, found through the unique key's index. */
  static final class RecordShareStore extends DelegatingStore<ShareId, RecordShare> implements RecordShares {
    RecordShareStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.RECORD_SHARES));
    }

    @Override
    public RecordShare insert(RecordShare share) {
      checkGranteeFree(share);
      return super.insert(share);
    }

    @Override
    public RecordShare update(RecordShare share, long expectedVersion) {
      checkUpdatable(share, expectedVersion);
      checkGranteeFree(share);
      return super.update(share, expectedVersion);
    }

    @Override
    public List<RecordShare> sharesOf(TenantId tenant, RecordRef record) {
      Objects.requireNonNull(tenant, "tenant");
      try (Stream<RecordShare> shares = records().scan(tenant, ofRecord(record))) {
        return shares.toList();
      }
    }

    @Override
    public Optional<RecordShare> find(TenantId tenant, RecordRef record, Principal grantee) {
      Objects.requireNonNull(tenant, "tenant");
      try (Stream<RecordShare> shares = records().scan(tenant, Filter.and(ofRecord(record), with(grantee)))) {
        return shares.findFirst();
      }
    }

    private void checkGranteeFree(RecordShare share) {
      Objects.requireNonNull(share, "share");
      Filter<RecordShare> sameKey = Filter.and(ofRecord(share.record()), with(share.grantee()),
          Filter.not(Filter.eq(AccessFields.SHARE_ID, share.id().value())));
      if (records().count(share.tenantId(), sameKey) > 0) {
        throw new DuplicateRecordException(share.ref(), "the record is already shared with " + share.grantee().ref());
      }
    }

    private static Filter<RecordShare> ofRecord(RecordRef record) {
      Objects.requireNonNull(record, "record");
      return Filter.and(Filter.eq(AccessFields.SHARE_RECORD_KIND, record.kind().name()),
          Filter.eq(AccessFields.SHARE_RECORD_ID, record.id()));
    }

    private static Filter<RecordShare> with(Principal grantee) {
      Objects.requireNonNull(grantee, "grantee");
      return Filter.and(Filter.eq(RecordTables.SHARE_GRANTEE_KIND, grantee.ref().kind().name()),
          Filter.eq(AccessFields.SHARE_GRANTEE_ID, grantee.uuid()));
    }
  }

  /** Field security profiles. */
  static final class FieldSecurityProfileStore extends DelegatingStore<FieldSecurityProfileId, FieldSecurityProfile>
      implements FieldSecurityProfiles {
    FieldSecurityProfileStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.FIELD_SECURITY_PROFILES));
    }
  }
}
