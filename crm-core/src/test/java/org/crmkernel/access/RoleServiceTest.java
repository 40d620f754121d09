package org.crmkernel.access;

import org.crmkernel.TestStores;
import org.crmkernel.spi.CrmStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.directory.DirectoryService;
import org.crmkernel.model.access.AccessDepth;
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
import org.crmkernel.model.error.RecordInUseException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleServiceTest {

  final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
  final CrmStore store = TestStores.create();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  final Crm crm = Crm.builder().store(store).clock(clock).notifications(sink).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession system = crm.tenant(tenant).system();
  final RoleService roles = system.roles();
  final DirectoryService directory = system.directory();

  BusinessUnit root;
  User ada;

  static final RoleGrants SELLER = RoleGrants.none()
      .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.BUSINESS_UNIT)
      .with(RecordKind.ACCOUNT, Privilege.WRITE, AccessDepth.USER);

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

  @Test
  void createAuditsNameAndEveryGrantedCell() {
    long version = accessVersion();

    SecurityRole seller = roles.create(" Seller ", SELLER);

    assertThat(seller.name()).isEqualTo("Seller");
    assertThat(seller.grants()).isEqualTo(SELLER);
    assertThat(roles.find(seller.id())).contains(seller);
    assertThat(history(seller.ref())).singleElement().satisfies(entry -> {
      assertThat(entry.operation()).isEqualTo(AuditOperation.CREATE);
      assertThat(entry.changes()).containsExactly(
          FieldChange.of("name", Optional.empty(), Optional.of("Seller")),
          FieldChange.of("ACCOUNT.READ", Optional.empty(), Optional.of("BUSINESS_UNIT")),
          FieldChange.of("ACCOUNT.WRITE", Optional.empty(), Optional.of("USER")));
    });
    assertThat(sink.events()).extracting(e -> e.type()).containsExactly(EventType.ROLE_CREATED);
    assertThat(accessVersion()).isEqualTo(version + 1);
  }

  @Test
  void badNamesAndDuplicateNamesAreRefusedAndNothingIsWritten() {
    roles.create("Seller", SELLER);
    long audit = auditCount();

    assertThatThrownBy(() -> roles.create(" ", SELLER)).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("name"));
    assertThatThrownBy(() -> roles.create("x".repeat(SecurityRole.MAX_NAME + 1), SELLER))
        .isInstanceOf(CrmValidationException.class);
    assertThatThrownBy(() -> roles.create("SELLER", RoleGrants.none())).isInstanceOfSatisfying(CrmValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("duplicate"));
    assertThatThrownBy(() -> roles.create("Other", null)).isInstanceOf(CrmValidationException.class);

    assertThat(auditCount()).isEqualTo(audit);
    assertThat(roles.list(Query.all()).items()).hasSize(1);
  }

  @Test
  void renameAndChangeGrantsAuditEveryChangedCell() {
    SecurityRole seller = roles.create("Seller", SELLER);
    SecurityRole renamed = roles.rename(seller.id(), seller.version(), "Account manager");
    assertThat(renamed.name()).isEqualTo("Account manager");
    assertThat(roles.rename(renamed.id(), renamed.version(), "Account manager")).isEqualTo(renamed);
    long version = accessVersion();

    RoleGrants wider = SELLER.with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.ORGANIZATION)
        .with(RecordKind.ACCOUNT, Privilege.WRITE, AccessDepth.NONE)
        .with(RecordKind.CONTACT, Privilege.CREATE, AccessDepth.USER);
    SecurityRole changed = roles.changeGrants(renamed.id(), renamed.version(), wider);

    assertThat(changed.grants()).isEqualTo(wider);
    assertThat(changed.version()).isEqualTo(renamed.version() + 1);
    assertThat(history(seller.ref())).last().satisfies(entry -> assertThat(entry.changes()).containsExactly(
        FieldChange.of("ACCOUNT.READ", Optional.of("BUSINESS_UNIT"), Optional.of("ORGANIZATION")),
        FieldChange.of("ACCOUNT.WRITE", Optional.of("USER"), Optional.empty()),
        FieldChange.of("CONTACT.CREATE", Optional.empty(), Optional.of("USER"))));
    assertThat(accessVersion()).isEqualTo(version + 1);
    assertThat(roles.changeGrants(changed.id(), changed.version(), wider)).isEqualTo(changed);
    assertThat(sink.eventsOfType(EventType.ROLE_CHANGED)).hasSize(2);
  }

  @Test
  void staleVersionsUnknownAndForeignIdsAreRefused() {
    SecurityRole seller = roles.create("Seller", SELLER);
    SecurityRole foreign = crm.tenant(TenantId.generate(clock)).system().roles().create("Foreign", SELLER);
    long audit = auditCount();

    assertThatThrownBy(() -> roles.rename(seller.id(), seller.version() + 1, "X")).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> roles.changeGrants(seller.id(), 0, RoleGrants.none())).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> roles.delete(seller.id(), 7)).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> roles.rename(foreign.id(), foreign.version(), "Mine")).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> roles.delete(RoleId.generate(clock), 1)).isInstanceOf(RecordNotFoundException.class);
    assertThat(roles.find(foreign.id())).isEmpty();
    assertThatThrownBy(() -> roles.rolesOf(UserId.generate(clock))).isInstanceOf(RecordNotFoundException.class);

    assertThat(auditCount()).isEqualTo(audit);
  }

  @Test
  void aRoleStillHeldCannotBeDeleted() {
    SecurityRole seller = roles.create("Seller", SELLER);
    User withRole = directory.assignRole(ada.id(), ada.version(), seller.id());
    Team team = directory.createTeam("Owners", TeamType.OWNER, root.id(), List.of());
    Team teamWithRole = directory.assignTeamRole(team.id(), team.version(), seller.id());

    assertThatThrownBy(() -> roles.delete(seller.id(), seller.version()))
        .isInstanceOfSatisfying(RecordInUseException.class, e -> assertThat(e.referencedBy())
            .containsExactlyInAnyOrder(ada.ref(), team.ref()));

    directory.removeRole(ada.id(), withRole.version(), seller.id());
    assertThatThrownBy(() -> roles.delete(seller.id(), seller.version()))
        .isInstanceOfSatisfying(RecordInUseException.class, e -> assertThat(e.referencedBy()).containsExactly(team.ref()));
    directory.removeTeamRole(team.id(), teamWithRole.version(), seller.id());
    long version = accessVersion();

    roles.delete(seller.id(), seller.version());

    assertThat(roles.find(seller.id())).isEmpty();
    assertThat(accessVersion()).isEqualTo(version + 1);
    assertThat(history(seller.ref())).last().satisfies(entry -> {
      assertThat(entry.operation()).isEqualTo(AuditOperation.DELETE);
      assertThat(entry.changes()).contains(FieldChange.of("name", Optional.of("Seller"), Optional.empty()),
          FieldChange.of("ACCOUNT.READ", Optional.of("BUSINESS_UNIT"), Optional.empty()));
    });
    assertThat(sink.eventsOfType(EventType.ROLE_DELETED)).singleElement()
        .satisfies(e -> assertThat(e.subject()).isEqualTo(seller.ref()));
  }

  @Test
  void rolesOfListsOwnRolesThenOwnerTeamRoles() {
    SecurityRole seller = roles.create("Seller", SELLER);
    SecurityRole support = roles.create("Support", RoleGrants.none().withAll(RecordKind.CONTACT, AccessDepth.USER));
    SecurityRole unused = roles.create("Unused", RoleGrants.none());
    directory.assignRole(ada.id(), ada.version(), seller.id());
    Team owners = directory.createTeam("Owners", TeamType.OWNER, root.id(), List.of(ada.id()));
    directory.assignTeamRole(owners.id(), owners.version(), support.id());
    Team other = directory.createTeam("Others", TeamType.OWNER, root.id(), List.of());
    directory.assignTeamRole(other.id(), other.version(), unused.id());

    assertThat(roles.rolesOf(ada.id())).containsExactly(
        new HeldRole(roles.find(seller.id()).orElseThrow(), Optional.empty()),
        new HeldRole(support, Optional.of(owners.id())));
  }

  @Test
  void listPagesThroughTheTenantsRolesOnly() {
    for (int i = 0; i < 5; i++) {
      roles.create("Role " + i, RoleGrants.none());
    }
    crm.tenant(TenantId.generate(clock)).system().roles().create("Foreign", RoleGrants.none());

    Page<SecurityRole> first = roles.list(Query.<SecurityRole>all().limit(3));
    Page<SecurityRole> second = roles.list(Query.<SecurityRole>all().limit(3).after(first.next().orElseThrow()));

    assertThat(first.items()).hasSize(3);
    assertThat(second.items()).hasSize(2);
    assertThat(second.next()).isEmpty();
  }

  @Test
  void userSessionsNeedOrganisationDepthOnRolesAndCannotEscalate() {
    RoleGrants adminGrants = RoleGrants.none().withAll(RecordKind.SECURITY_ROLE, AccessDepth.ORGANIZATION)
        .withAll(RecordKind.USER, AccessDepth.ORGANIZATION)
        .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.BUSINESS_UNIT);
    SecurityRole adminRole = roles.create("Admin", adminGrants);
    User admin = directory.createUser("Admin", "admin@acme.example", root.id(), Optional.empty());
    directory.assignRole(admin.id(), admin.version(), adminRole.id());
    RoleService asAdmin = crm.tenant(tenant).as(admin.id()).roles();

    SecurityRole local = asAdmin.create("Local", RoleGrants.none().with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.USER));
    assertThat(asAdmin.find(local.id())).contains(local);
    assertThat(asAdmin.list(Query.all()).items()).hasSize(2);
    long version = accessVersion();

    assertThatThrownBy(() -> asAdmin.changeGrants(local.id(), local.version(),
        RoleGrants.none().with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.ORGANIZATION)))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.privilege()).isEqualTo("write");
          assertThat(e.record()).isEqualTo(local.ref());
          assertThat(e.reason()).contains("ACCOUNT.READ");
        });
    assertThatThrownBy(() -> asAdmin.create("Big", RoleGrants.none().withAll(RecordKind.LEAD, AccessDepth.USER)))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.reason()).contains("LEAD.CREATE"));
    assertThat(accessVersion()).isEqualTo(version);
    assertThat(roles.find(local.id())).contains(local);

    RoleGrants lowered = RoleGrants.none();
    assertThat(asAdmin.changeGrants(local.id(), local.version(), lowered).grants()).isEqualTo(lowered);

    SecurityRole readOnly = roles.create("Role reader", RoleGrants.none()
        .with(RecordKind.SECURITY_ROLE, Privilege.READ, AccessDepth.ORGANIZATION)
        .withAll(RecordKind.USER, AccessDepth.ORGANIZATION));
    User reader = directory.createUser("Reader", "reader@acme.example", root.id(), Optional.empty());
    directory.assignRole(reader.id(), reader.version(), readOnly.id());
    RoleService asReader = crm.tenant(tenant).as(reader.id()).roles();
    assertThat(asReader.rolesOf(reader.id())).extracting(h -> h.role().name()).containsExactly("Role reader");
    long audit = auditCount();
    assertThatThrownBy(() -> asReader.rename(local.id(), roles.find(local.id()).orElseThrow().version(), "Mine"))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.privilege()).isEqualTo("write");
          assertThat(e.getMessage()).contains("security_role", local.id().value().toString());
        });
    assertThatThrownBy(() -> asReader.delete(local.id(), roles.find(local.id()).orElseThrow().version()))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.privilege()).isEqualTo("delete"));
    assertThat(auditCount()).isEqualTo(audit + 2);

    User nobody = directory.createUser("Nobody", "nobody@acme.example", root.id(), Optional.empty());
    RoleService asNobody = crm.tenant(tenant).as(nobody.id()).roles();
    assertThat(asNobody.list(Query.all()).items()).isEmpty();
    assertThatThrownBy(() -> asNobody.find(local.id()))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.privilege()).isEqualTo("read"));
  }
}
