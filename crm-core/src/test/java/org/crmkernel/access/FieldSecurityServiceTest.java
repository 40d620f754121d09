package org.crmkernel.access;

import org.crmkernel.TestStores;
import org.crmkernel.spi.CrmStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.directory.DirectoryService;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.AccessSettings;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.FieldPermission;
import org.crmkernel.model.access.FieldSecurityProfile;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.FieldSecurityProfileId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FieldSecurityServiceTest {

  final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
  final CrmStore store = TestStores.create();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  final Crm crm = Crm.builder().store(store).clock(clock).notifications(sink).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession system = crm.tenant(tenant).system();
  final FieldSecurityService security = system.fieldSecurity();
  final DirectoryService directory = system.directory();

  static final FieldKey REVENUE = new FieldKey(RecordKind.ACCOUNT, "annualRevenue");
  static final FieldKey BIRTH_DATE = new FieldKey(RecordKind.CONTACT, "birthDate");

  BusinessUnit root;
  User ada;

  @BeforeEach
  void organisation() {
    root = directory.createRootUnit("Acme");
    ada = directory.createUser("Ada Lovelace", "ada@acme.example", root.id(), Optional.empty());
    sink.clear();
  }

  long accessVersion() {
    return store.read(tx -> tx.accessSettings().find(tenant)).map(s -> s.version()).orElse(0L);
  }

  long auditCount() {
    return system.audit().count(Filter.all());
  }

  List<AuditEntry> history(RecordRef ref) {
    return system.audit().historyOf(ref, 100, Optional.empty()).items();
  }

  static List<String> codes(CrmValidationException e) {
    return e.violations().stream().map(Violation::code).toList();
  }

  @Test
  void securableFieldsAreTheOptionalAndListFieldsThatAreNotLinks() {
    assertThat(security.securableFields(RecordKind.ACCOUNT)).extracting(FieldKey::field).containsExactlyInAnyOrder(
        "website", "industry", "employeeCount", "annualRevenue", "addresses", "phones", "emails");
    assertThat(security.securableFields(RecordKind.CONTACT)).extracting(FieldKey::field).containsExactlyInAnyOrder(
        "jobTitle", "emails", "phones", "addresses", "birthDate");
    assertThat(security.securableFields(RecordKind.LEAD)).extracting(FieldKey::field).containsExactlyInAnyOrder(
        "company", "jobTitle", "emails", "phones", "address", "industry", "employeeCount", "website", "source",
        "disqualificationReason");
    assertThatThrownBy(() -> security.securableFields(RecordKind.USER)).isInstanceOf(CrmValidationException.class);
  }

  @Test
  void securingFieldsStoresTheNextSettingsVersionAuditedAndReported() {
    long version = accessVersion();
    assertThat(security.settings().securedFields()).isEmpty();
    assertThat(security.settings().version()).isEqualTo(version);

    AccessSettings secured = security.secureField(REVENUE);
    AccessSettings both = security.secureField(BIRTH_DATE);

    assertThat(both.securedFields()).containsExactly(REVENUE, BIRTH_DATE);
    assertThat(both.version()).isEqualTo(version + 2);
    assertThat(security.settings()).isEqualTo(both);
    assertThat(security.secureField(REVENUE)).isEqualTo(both);
    assertThat(history(both.ref())).hasSize(2).last().satisfies(entry -> {
      assertThat(entry.operation()).isEqualTo(AuditOperation.UPDATE);
      assertThat(entry.changes()).containsExactly(FieldChange.of("securedFields",
          Optional.of("account.annualRevenue"), Optional.of("account.annualRevenue | contact.birthDate")));
    });
    assertThat(sink.eventsOfType(EventType.ACCESS_SETTINGS_CHANGED)).hasSize(2);

    AccessSettings unsecured = security.unsecureField(REVENUE);
    assertThat(unsecured.securedFields()).containsExactly(BIRTH_DATE);
    assertThat(secured.version()).isEqualTo(version + 1);
  }

  @Test
  void onlySecurableStandardFieldsCanBeSecured() {
    long audit = auditCount();
    long version = accessVersion();

    assertThatThrownBy(() -> security.secureField(new FieldKey(RecordKind.ACCOUNT, "name")))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("not_securable"));
    assertThatThrownBy(() -> security.secureField(new FieldKey(RecordKind.ACCOUNT, "parentAccountId")))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("not_securable"));
    assertThatThrownBy(() -> security.secureField(new FieldKey(RecordKind.CONTACT, "company")))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("not_securable"));
    assertThatThrownBy(() -> security.secureField(new FieldKey(RecordKind.ACCOUNT, "custom.score")))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("custom_field"));
    assertThatThrownBy(() -> security.secureField(null)).isInstanceOf(CrmValidationException.class);

    assertThat(auditCount()).isEqualTo(audit);
    assertThat(accessVersion()).isEqualTo(version);
  }

  @Test
  void theHierarchyDepthIsSetWithinItsRange() {
    AccessSettings shallow = security.setHierarchyDepth(1);
    assertThat(shallow.hierarchyDepth()).isEqualTo(1);
    assertThat(history(shallow.ref())).last().satisfies(entry -> assertThat(entry.changes())
        .containsExactly(FieldChange.of("hierarchyDepth", Optional.of("3"), Optional.of("1"))));
    assertThat(security.setHierarchyDepth(1)).isEqualTo(shallow);
    assertThat(security.setHierarchyDepth(0).hierarchyDepth()).isZero();

    assertThatThrownBy(() -> security.setHierarchyDepth(-1)).isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> security.setHierarchyDepth(AccessSettings.MAX_HIERARCHY_DEPTH + 1))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("out_of_range"));
    assertThat(security.settings().hierarchyDepth()).isZero();
  }

  @Test
  void profilesGrantFieldsToUsersAndTeamsAndReachTheirScopes() {
    system.fields().define(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, "score", FieldType.INTEGER).label("Score")
        .sensitive(true).build());
    Team team = directory.createTeam("Finance", TeamType.ACCESS, root.id(), List.of());
    FieldSecurityProfile profile = security.createProfile("Finance");
    long version = accessVersion();

    FieldSecurityProfile granted = security.grant(profile.id(), profile.version(), REVENUE, FieldPermission.READ_UPDATE);
    granted = security.grant(granted.id(), granted.version(), new FieldKey(RecordKind.ACCOUNT, "custom.score"),
        FieldPermission.READ);
    FieldSecurityProfile withMembers = security.addMembers(granted.id(), granted.version(), List.of(ada.id()),
        List.of(team.id()));

    assertThat(withMembers.permissions()).isEqualTo(Map.of(REVENUE, FieldPermission.READ_UPDATE,
        new FieldKey(RecordKind.ACCOUNT, "custom.score"), FieldPermission.READ));
    assertThat(withMembers.users()).containsExactly(ada.id());
    assertThat(withMembers.teams()).containsExactly(team.id());
    assertThat(accessVersion()).isEqualTo(version + 3);
    assertThat(history(profile.ref())).extracting(AuditEntry::operation).containsExactly(AuditOperation.CREATE,
        AuditOperation.UPDATE, AuditOperation.UPDATE, AuditOperation.UPDATE);
    assertThat(history(profile.ref()).get(1).changes()).containsExactly(
        FieldChange.of("permissions", Optional.empty(), Optional.of("account.annualRevenue=read+update")));
    assertThat(sink.eventsOfType(EventType.FIELD_SECURITY_CHANGED)).hasSize(4);
    AccessScope scope = store.read(tx -> AccessScopes.load(tx, tenant, ada.id()));
    assertThat(scope.securedFieldPermission(REVENUE)).isEqualTo(FieldPermission.READ_UPDATE);

    FieldSecurityProfile revoked = security.revoke(withMembers.id(), withMembers.version(), REVENUE);
    assertThat(revoked.permissions()).containsOnlyKeys(new FieldKey(RecordKind.ACCOUNT, "custom.score"));
    FieldSecurityProfile none = security.grant(revoked.id(), revoked.version(), new FieldKey(RecordKind.ACCOUNT,
        "custom.score"), FieldPermission.NONE);
    assertThat(none.permissions()).isEmpty();
    FieldSecurityProfile emptied = security.removeMembers(none.id(), none.version(), List.of(ada.id()),
        List.of(team.id(), TeamId.generate(clock)));
    assertThat(emptied.users()).isEmpty();
    assertThat(emptied.teams()).isEmpty();
    FieldSecurityProfile renamed = security.renameProfile(emptied.id(), emptied.version(), "Controlling");
    assertThat(renamed.name()).isEqualTo("Controlling");
    assertThat(security.findProfile(profile.id())).contains(renamed);
    assertThat(security.profiles(Query.all()).items()).containsExactly(renamed);

    long beforeDelete = accessVersion();
    security.deleteProfile(renamed.id(), renamed.version());
    assertThat(security.findProfile(profile.id())).isEmpty();
    assertThat(accessVersion()).isEqualTo(beforeDelete + 1);
    assertThat(history(profile.ref())).last().satisfies(e -> assertThat(e.operation()).isEqualTo(AuditOperation.DELETE));
  }

  @Test
  void badGrantsMembersVersionsAndIdsAreRefusedAndWriteNothing() {
    FieldSecurityProfile profile = security.createProfile("Finance");
    FieldSecurityProfile foreign = crm.tenant(TenantId.generate(clock)).system().fieldSecurity().createProfile("Foreign");
    long audit = auditCount();
    long version = accessVersion();

    assertThatThrownBy(() -> security.createProfile(" ")).isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> security.createProfile("x".repeat(FieldSecurityProfile.MAX_NAME + 1)))
        .isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> security.grant(profile.id(), profile.version(), new FieldKey(RecordKind.ACCOUNT, "custom.nope"),
        FieldPermission.READ)).isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(codes(e)).containsExactly("unknown_field"));
    assertThatThrownBy(() -> security.grant(profile.id(), profile.version(), new FieldKey(RecordKind.LEAD, "status"),
        FieldPermission.READ)).isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(codes(e)).containsExactly("not_securable"));
    assertThatThrownBy(() -> security.addMembers(profile.id(), profile.version(), List.of(UserId.generate(clock)),
        List.of(TeamId.generate(clock)))).isInstanceOfSatisfying(CrmValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("users[0]", "teams[0]"));
    assertThatThrownBy(() -> security.renameProfile(profile.id(), profile.version() + 1, "X"))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> security.deleteProfile(profile.id(), 9)).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> security.renameProfile(foreign.id(), foreign.version(), "Mine"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> security.deleteProfile(FieldSecurityProfileId.generate(clock), 1))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(security.findProfile(foreign.id())).isEmpty();

    assertThat(auditCount()).isEqualTo(audit);
    assertThat(accessVersion()).isEqualTo(version);
  }

  @Test
  void userSessionsNeedOrganisationDepthOnSettingsAndProfiles() {
    SecurityRole admin = system.roles().create("Security admin", RoleGrants.none()
        .withAll(RecordKind.ACCESS_SETTINGS, AccessDepth.ORGANIZATION)
        .withAll(RecordKind.FIELD_SECURITY_PROFILE, AccessDepth.ORGANIZATION));
    User withRole = directory.assignRole(ada.id(), ada.version(), admin.id());
    FieldSecurityService asAda = crm.tenant(tenant).as(withRole.id()).fieldSecurity();
    assertThat(asAda.secureField(REVENUE).securedFields()).containsExactly(REVENUE);
    FieldSecurityProfile profile = asAda.createProfile("Finance");
    assertThat(asAda.profiles(Query.all()).items()).containsExactly(profile);

    SecurityRole readOnly = system.roles().create("Settings reader", RoleGrants.none()
        .with(RecordKind.ACCESS_SETTINGS, Privilege.READ, AccessDepth.ORGANIZATION));
    User bob = directory.createUser("Bob", "bob@acme.example", root.id(), Optional.empty());
    directory.assignRole(bob.id(), bob.version(), readOnly.id());
    FieldSecurityService asBob = crm.tenant(tenant).as(bob.id()).fieldSecurity();
    long version = accessVersion();
    long audit = auditCount();

    assertThat(asBob.settings().securedFields()).containsExactly(REVENUE);
    assertThatThrownBy(() -> asBob.setHierarchyDepth(5)).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
      assertThat(e.privilege()).isEqualTo("write");
      assertThat(e.record().kind()).isEqualTo(RecordKind.ACCESS_SETTINGS);
      assertThat(e.getMessage()).contains(tenant.value().toString());
    });
    assertThatThrownBy(() -> asBob.createProfile("Mine"))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.privilege()).isEqualTo("create"));
    assertThatThrownBy(() -> asBob.grant(profile.id(), profile.version(), REVENUE, FieldPermission.READ))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.record()).isEqualTo(profile.ref()));
    assertThat(asBob.profiles(Query.all()).items()).isEmpty();

    assertThat(accessVersion()).isEqualTo(version);
    assertThat(auditCount()).isEqualTo(audit + 3);
    assertThat(security.settings().hierarchyDepth()).isEqualTo(AccessSettings.DEFAULT_HIERARCHY_DEPTH);
  }
}
