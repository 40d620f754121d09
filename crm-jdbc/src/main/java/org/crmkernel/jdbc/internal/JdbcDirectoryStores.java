package org.crmkernel.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.ShareId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
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

  /** Business units. */
  static final class BusinessUnitStore extends DelegatingStore<BusinessUnitId, BusinessUnit> implements BusinessUnits {
    BusinessUnitStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.BUSINESS_UNITS));
    }
  }

  /** Users. */
  static final class UserStore extends DelegatingStore<UserId, User> implements Users {
    UserStore(UnitOfWork unit) {
      super(new JdbcRecordStore<>(unit, RecordTables.USERS));
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
