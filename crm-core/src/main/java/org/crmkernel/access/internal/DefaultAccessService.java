package org.crmkernel.access.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkernel.access.AccessService;
import org.crmkernel.access.RecordAccessReview;
import org.crmkernel.access.UserAccessReview;
import org.crmkernel.customer.internal.OwnedRecords;
import org.crmkernel.customfield.internal.Definitions;
import org.crmkernel.internal.Arguments;
import org.crmkernel.internal.Guard;
import org.crmkernel.internal.SessionContext;
import org.crmkernel.internal.UnitOfWork;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.field.FieldDefinition;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.FieldDefinitionId;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.StoreTransaction;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessTarget;
import org.crmkernel.spi.access.EffectiveGrant;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Visibility;

/** Answers access questions from compiled scopes, in read-only units of work. */
public final class DefaultAccessService implements AccessService {

  private final SessionContext session;
  private final UnitOfWork work;

  /** A service for {@code session}. */
  public DefaultAccessService(SessionContext session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  @Override
  public AccessDecision check(UserId user, Privilege privilege, RecordRef record) {
    Arguments.present(user, "user");
    Arguments.present(privilege, "privilege");
    Arguments.present(record, "record");
    return work.read(session, tx -> {
      AccessScope scope = reviewable(tx, user);
      return scope.check(privilege, targetOf(tx, record), tx.accessGraph(), true);
    });
  }

  @Override
  public Visibility visibility(UserId user, Privilege privilege, RecordKind kind) {
    Arguments.present(user, "user");
    Arguments.present(privilege, "privilege");
    Arguments.present(kind, "kind");
    return work.read(session, tx -> reviewable(tx, user).visibility(kind, privilege));
  }

  @Override
  public UserAccessReview reviewUser(UserId user) {
    Arguments.present(user, "user");
    return work.read(session, tx -> {
      AccessScope scope = reviewable(tx, user);
      Map<RecordKind, Map<Privilege, EffectiveGrant>> rights = new EnumMap<>(RecordKind.class);
      for (RecordKind kind : RecordKind.values()) {
        Map<Privilege, EffectiveGrant> row = new EnumMap<>(Privilege.class);
        for (Privilege privilege : Privilege.values()) {
          scope.grant(kind, privilege).ifPresent(grant -> row.put(privilege, grant));
        }
        if (!row.isEmpty()) {
          rights.put(kind, Map.copyOf(row));
        }
      }
      Map<FieldKey, FieldPermission> fields = new HashMap<>();
      scope.settings().securedFields().forEach(key -> fields.put(key, scope.securedFieldPermission(key)));
      for (RecordKind kind : List.of(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD, RecordKind.DEAL)) {
        for (FieldDefinition definition : Definitions.of(tx, session.tenantId(), kind)) {
          if (definition.sensitive()) {
            FieldKey key = new FieldKey(kind, definition.path());
            fields.put(key, scope.securedFieldPermission(key));
          }
        }
      }
      return new UserAccessReview(scope.userId(), scope.isActive(), scope.businessUnitId(), scope.teams(), rights, fields,
          scope.settings().hierarchyDepth());
    });
  }

  @Override
  public RecordAccessReview reviewRecord(RecordRef record) {
    Arguments.present(record, "record");
    return work.read(session, tx -> {
      requireAdministrator(tx);
      AccessTarget target = targetOf(tx, record);
      List<AccessDecision> readers = new ArrayList<>();
      List<AccessDecision> writers = new ArrayList<>();
      try (Stream<User> users = tx.users().scan(session.tenantId(), Filter.eq(DirectoryFields.USER_ACTIVE, true))) {
        users.forEach(user -> {
          AccessScope scope = session.kernel().scopes().scopeOf(tx, session.tenantId(), user.id());
          AccessDecision read = scope.check(Privilege.READ, target, tx.accessGraph(), true);
          if (read.allowed()) {
            readers.add(read);
          }
          AccessDecision write = scope.check(Privilege.WRITE, target, tx.accessGraph(), true);
          if (write.allowed()) {
            writers.add(write);
          }
        });
      }
      return new RecordAccessReview(record, readers, writers);
    });
  }

  /** {@code user}'s scope, if the session may review it: itself, or as an administrator. */
  private AccessScope reviewable(StoreTransaction tx, UserId user) {
    boolean self = session.userId().map(user::equals).orElse(false);
    if (!self) {
      requireAdministrator(tx);
    } else {
      session.guard().scope(tx);
    }
    return session.kernel().scopes().scopeOf(tx, session.tenantId(), user);
  }

  private void requireAdministrator(StoreTransaction tx) {
    session.guard().requireOnOrganization(tx, Privilege.READ, RecordKind.SECURITY_ROLE, Guard.WHOLE_KIND);
  }

  /** What a check of {@code record} is about; the record must exist in this tenant. */
  private AccessTarget targetOf(StoreTransaction tx, RecordRef record) {
    var tenant = session.tenantId();
    Optional<AccessTarget> target = switch (record.kind()) {
      case ACCOUNT, CONTACT, LEAD -> OwnedRecords.find(tx, tenant, record).map(AccessTarget::of);
      case USER -> tx.users().find(tenant, UserId.of(record.id())).map(AccessTarget::of);
      case TEAM -> tx.teams().find(tenant, TeamId.of(record.id())).map(AccessTarget::of);
      case BUSINESS_UNIT -> tx.businessUnits().find(tenant, BusinessUnitId.of(record.id())).map(AccessTarget::of);
      case SECURITY_ROLE -> tx.securityRoles().find(tenant, RoleId.of(record.id())).map(r -> AccessTarget.ofOrganization(record));
      case FIELD_DEFINITION -> tx.fieldDefinitions().find(tenant, FieldDefinitionId.of(record.id()))
          .map(d -> AccessTarget.ofOrganization(record));
      case FIELD_SECURITY_PROFILE -> tx.fieldSecurityProfiles().find(tenant, FieldSecurityProfileId.of(record.id()))
          .map(p -> AccessTarget.ofOrganization(record));
      default -> Optional.empty();
    };
    return target.orElseThrow(() -> new RecordNotFoundException(record));
  }
}
