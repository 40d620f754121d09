package org.crmkernel.directory;

import org.crmkernel.TestStores;
import org.crmkernel.spi.CrmStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.DirectoryFields;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DirectoryAdministrationTest {

  final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
  final CrmStore store = TestStores.create();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  final Crm crm = Crm.builder().store(store).clock(clock).notifications(sink).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession system = crm.tenant(tenant).system();
  final DirectoryService directory = system.directory();

  BusinessUnit root;
  BusinessUnit sales;
  BusinessUnit salesNorth;
  BusinessUnit service;
  User ada;

  @BeforeEach
  void organisation() {
    root = directory.createRootUnit("Acme");
    sales = directory.createUnit("Sales", root.id());
    salesNorth = directory.createUnit("Sales North", sales.id());
    service = directory.createUnit("Service", root.id());
    ada = directory.createUser("Ada Lovelace", "ada@acme.example", sales.id(), Optional.empty());
    sink.clear();
  }

  long accessVersion() {
    return store.read(tx -> tx.accessSettings().find(tenant)).map(s -> s.version()).orElse(0L);
  }

  long auditCount() {
    return system.audit().count(Filter.all());
  }

  List<AuditEntry> history(org.crmkernel.model.id.RecordRef ref) {
    return system.audit().historyOf(ref, 100, Optional.empty()).items();
  }

  static List<String> codes(CrmValidationException e) {
    return e.violations().stream().map(Violation::code).toList();
  }

  /** A user in {@code unit} holding one new role with {@code grants}. */
  User actor(String name, BusinessUnitId unit, RoleGrants grants) {
    User user = directory.createUser(name, name.toLowerCase(java.util.Locale.ROOT) + "@acme.example", unit, Optional.empty());
    SecurityRole role = system.roles().create("Role of " + name, grants);
    return directory.assignRole(user.id(), user.version(), role.id());
  }

  static RoleGrants all(AccessDepth depth, RecordKind... kinds) {
    RoleGrants grants = RoleGrants.none();
    for (RecordKind kind : kinds) {
      grants = grants.withAll(kind, depth);
    }
    return grants;
  }

  @Nested
  class Units {

    @Test
    void renameIsAuditedReportedAndBumpsTheAccessVersion() {
      long version = accessVersion();

      BusinessUnit renamed = directory.renameUnit(sales.id(), sales.version(), "  Sales DACH ");

      assertThat(renamed.name()).isEqualTo("Sales DACH");
      assertThat(renamed.version()).isEqualTo(sales.version() + 1);
      assertThat(directory.findUnit(sales.id())).contains(renamed);
      assertThat(history(sales.ref())).last().satisfies(entry -> {
        assertThat(entry.operation()).isEqualTo(AuditOperation.UPDATE);
        assertThat(entry.changes()).containsExactly(FieldChange.of("name", Optional.of("Sales"), Optional.of("Sales DACH")));
      });
      assertThat(sink.events()).singleElement().satisfies(e -> {
        assertThat(e.type()).isEqualTo(EventType.BUSINESS_UNIT_CHANGED);
        assertThat(e.subject()).isEqualTo(sales.ref());
      });
      assertThat(accessVersion()).isEqualTo(version + 1);
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
      long audit = auditCount();
      long version = accessVersion();

      assertThat(directory.renameUnit(sales.id(), sales.version(), "Sales")).isEqualTo(sales);
      assertThat(auditCount()).isEqualTo(audit);
      assertThat(accessVersion()).isEqualTo(version);
    }

    @Test
    void badNamesStaleVersionsAndUnknownIdsWriteNothing() {
      long audit = auditCount();
      long version = accessVersion();

      assertThatThrownBy(() -> directory.renameUnit(sales.id(), sales.version(), "  "))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
              .extracting(Violation::path).containsExactly("name"));
      assertThatThrownBy(() -> directory.renameUnit(sales.id(), sales.version(), "x".repeat(BusinessUnit.MAX_NAME + 1)))
          .isInstanceOf(CrmValidationException.class);
      assertThatThrownBy(() -> directory.renameUnit(sales.id(), sales.version() + 1, "Other"))
          .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.actualVersion()).isEqualTo(sales.version()));
      assertThatThrownBy(() -> directory.renameUnit(BusinessUnitId.generate(clock), 1, "Other"))
          .isInstanceOf(RecordNotFoundException.class);
      assertThatThrownBy(() -> directory.renameUnit(null, 1, "Other")).isInstanceOf(CrmValidationException.class);

      assertThat(auditCount()).isEqualTo(audit);
      assertThat(accessVersion()).isEqualTo(version);
      assertThat(sink.events()).isEmpty();
      assertThat(directory.findUnit(sales.id())).contains(sales);
    }

    @Test
    void anotherTenantsUnitIsNotFound() {
      TenantId other = TenantId.generate(clock);
      BusinessUnit foreign = crm.tenant(other).system().directory().createRootUnit("Elsewhere");
      BusinessUnit foreignChild = crm.tenant(other).system().directory().createUnit("Child", foreign.id());

      assertThatThrownBy(() -> directory.renameUnit(foreignChild.id(), foreignChild.version(), "Mine"))
          .isInstanceOf(RecordNotFoundException.class);
      assertThatThrownBy(() -> directory.moveUnit(foreignChild.id(), foreignChild.version(), root.id()))
          .isInstanceOf(RecordNotFoundException.class);
      assertThatThrownBy(() -> directory.moveUnit(service.id(), service.version(), foreignChild.id()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_unit"));
      assertThat(directory.findUnit(foreignChild.id())).isEmpty();
    }

    @Test
    void moveTakesTheSubtreeAlongAndWritesOnlyTheUnitRow() {
      Account account = system.accounts().create(AccountDraft.builder("Kunde").owner(Owner.user(ada.id())).build());
      sink.clear();
      long version = accessVersion();

      BusinessUnit moved = directory.moveUnit(sales.id(), sales.version(), service.id());

      assertThat(moved.parentId()).contains(service.id());
      assertThat(directory.findUnit(salesNorth.id())).contains(salesNorth);
      assertThat(system.accounts().get(account.id())).isEqualTo(account);
      assertThat(history(sales.ref())).last().satisfies(entry -> assertThat(entry.changes()).containsExactly(
          FieldChange.of("parent", Optional.of(root.ref().toString()), Optional.of(service.ref().toString()))));
      assertThat(sink.events()).extracting(e -> e.type()).containsExactly(EventType.BUSINESS_UNIT_CHANGED);
      assertThat(accessVersion()).isEqualTo(version + 1);
      boolean inTree = store.read(tx -> tx.accessGraph().isInUnitTree(tenant, salesNorth.id(), service.id()));
      assertThat(inTree).isTrue();
    }

    @Test
    void moveRefusesTheRootItselfItsDescendantsAndInactiveOrUnknownParents() {
      BusinessUnit closed = directory.deactivateUnit(service.id(), service.version());

      assertThatThrownBy(() -> directory.moveUnit(root.id(), root.version(), sales.id()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("root"));
      assertThatThrownBy(() -> directory.moveUnit(sales.id(), sales.version(), sales.id()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("self_reference"));
      assertThatThrownBy(() -> directory.moveUnit(sales.id(), sales.version(), salesNorth.id()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("cycle"));
      assertThatThrownBy(() -> directory.moveUnit(sales.id(), sales.version(), closed.id()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_unit"));
      assertThatThrownBy(() -> directory.moveUnit(sales.id(), sales.version(), BusinessUnitId.generate(clock)))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_unit"));
      assertThat(directory.findUnit(sales.id())).contains(sales);
    }

    @Test
    void deactivateAndReactivate() {
      User bob = directory.createUser("Bob", "bob@acme.example", service.id(), Optional.empty());
      long version = accessVersion();

      BusinessUnit closed = directory.deactivateUnit(service.id(), service.version());

      assertThat(closed.active()).isFalse();
      assertThat(accessVersion()).isEqualTo(version + 1);
      assertThat(history(service.ref())).last().satisfies(entry -> assertThat(entry.changes())
          .containsExactly(FieldChange.of("active", Optional.of("true"), Optional.of("false"))));
      assertThatThrownBy(() -> crm.tenant(tenant).as(bob.id()).directory().findUser(bob.id()))
          .isInstanceOf(AccessDeniedException.class).hasMessageContaining("inactive");
      assertThatThrownBy(() -> directory.createUser("Carl", "carl@acme.example", service.id(), Optional.empty()))
          .isInstanceOf(CrmValidationException.class);
      assertThat(directory.deactivateUnit(closed.id(), closed.version())).isEqualTo(closed);

      BusinessUnit reopened = directory.reactivateUnit(closed.id(), closed.version());
      assertThat(reopened.active()).isTrue();
      assertThat(reopened.version()).isEqualTo(closed.version() + 1);
      assertThatThrownBy(() -> directory.deactivateUnit(root.id(), root.version()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("root"));
    }
  }

  @Nested
  class Users {

    @Test
    void moveWithRecordsReassignsTheOwningUnitOfEveryRecordTheUserOwns() {
      User bob = directory.createUser("Bob", "bob@acme.example", sales.id(), Optional.empty());
      Account account = system.accounts().create(AccountDraft.builder("Kunde").owner(Owner.user(ada.id())).build());
      Contact contact = system.contacts().create(ContactDraft.builder("Grace", "Hopper").owner(Owner.user(ada.id())).build());
      Lead lead = system.leads().create(LeadDraft.builder("Alan", "Turing").owner(Owner.user(ada.id())).build());
      Account bobs = system.accounts().create(AccountDraft.builder("Bobs Kunde").owner(Owner.user(bob.id())).build());
      sink.clear();
      long version = accessVersion();

      User moved = directory.moveUser(ada.id(), ada.version(), service.id(), OwnedRecordsOnMove.MOVE_WITH_USER);

      assertThat(moved.businessUnitId()).isEqualTo(service.id());
      Account movedAccount = system.accounts().get(account.id());
      assertThat(movedAccount.ownership().owningUnitId()).isEqualTo(service.id());
      assertThat(movedAccount.ownership().owner()).isEqualTo(Owner.user(ada.id()));
      assertThat(movedAccount.version()).isEqualTo(account.version() + 1);
      assertThat(system.contacts().get(contact.id()).ownership().owningUnitId()).isEqualTo(service.id());
      assertThat(system.leads().get(lead.id()).ownership().owningUnitId()).isEqualTo(service.id());
      assertThat(system.accounts().get(bobs.id())).isEqualTo(bobs);
      assertThat(history(account.ref())).last().satisfies(entry -> {
        assertThat(entry.operation()).isEqualTo(AuditOperation.ASSIGN);
        assertThat(entry.changes()).containsExactly(
            FieldChange.of("owningUnit", Optional.of(sales.ref().toString()), Optional.of(service.ref().toString())));
      });
      assertThat(sink.events()).extracting(e -> e.type()).containsExactlyInAnyOrder(EventType.USER_CHANGED,
          EventType.OWNER_ASSIGNED, EventType.OWNER_ASSIGNED, EventType.OWNER_ASSIGNED);
      assertThat(accessVersion()).isEqualTo(version + 1);
    }

    @Test
    void moveWithoutRecordsLeavesThemInTheirUnit() {
      Account account = system.accounts().create(AccountDraft.builder("Kunde").owner(Owner.user(ada.id())).build());

      User moved = directory.moveUser(ada.id(), ada.version(), service.id(), OwnedRecordsOnMove.STAY_IN_UNIT);

      assertThat(moved.businessUnitId()).isEqualTo(service.id());
      assertThat(system.accounts().get(account.id())).isEqualTo(account);
      assertThat(history(ada.ref())).last().satisfies(entry -> assertThat(entry.changes()).containsExactly(
          FieldChange.of("businessUnit", Optional.of(sales.ref().toString()), Optional.of(service.ref().toString()))));
    }

    @Test
    void moveRefusesInactiveAndUnknownUnitsAndStaleVersions() {
      BusinessUnit closed = directory.deactivateUnit(service.id(), service.version());
      long audit = auditCount();

      assertThatThrownBy(() -> directory.moveUser(ada.id(), ada.version(), closed.id(), OwnedRecordsOnMove.MOVE_WITH_USER))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_unit"));
      assertThatThrownBy(() -> directory.moveUser(ada.id(), ada.version() + 3, root.id(), OwnedRecordsOnMove.STAY_IN_UNIT))
          .isInstanceOf(StaleVersionException.class);
      assertThatThrownBy(() -> directory.moveUser(UserId.generate(clock), 1, root.id(), OwnedRecordsOnMove.STAY_IN_UNIT))
          .isInstanceOf(RecordNotFoundException.class);
      assertThatThrownBy(() -> directory.moveUser(ada.id(), ada.version(), root.id(), null))
          .isInstanceOf(CrmValidationException.class);
      assertThat(auditCount()).isEqualTo(audit);
    }

    @Test
    void managersAreSetAndClearedButNeverInACycle() {
      User bobCreated = directory.createUser("Bob", "bob@acme.example", sales.id(), Optional.empty());
      User carlCreated = directory.createUser("Carl", "carl@acme.example", sales.id(), Optional.empty());
      User bob = directory.setManager(bobCreated.id(), bobCreated.version(), Optional.of(ada.id()));
      User carl = directory.setManager(carlCreated.id(), carlCreated.version(), Optional.of(bob.id()));
      assertThat(carl.managerId()).contains(bob.id());
      User adaNow = directory.findUser(ada.id()).orElseThrow();
      long audit = auditCount();

      assertThatThrownBy(() -> directory.setManager(adaNow.id(), adaNow.version(), Optional.of(carl.id())))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("cycle"));
      assertThatThrownBy(() -> directory.setManager(adaNow.id(), adaNow.version(), Optional.of(adaNow.id())))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("self_reference"));
      assertThatThrownBy(() -> directory.setManager(adaNow.id(), adaNow.version(), Optional.of(UserId.generate(clock))))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_user"));
      assertThat(auditCount()).isEqualTo(audit);

      User cleared = directory.setManager(carl.id(), carl.version(), Optional.empty());
      assertThat(cleared.managerId()).isEmpty();
      assertThat(history(carl.ref())).last().satisfies(entry -> assertThat(entry.changes())
          .containsExactly(FieldChange.of("manager", Optional.of(bob.ref().toString()), Optional.empty())));
      assertThat(directory.setManager(adaNow.id(), adaNow.version(), Optional.of(cleared.id())).managerId())
          .contains(cleared.id());
    }

    @Test
    void anInactiveUserCannotBecomeAManagerNorAct() {
      User bob = directory.createUser("Bob", "bob@acme.example", sales.id(), Optional.empty());
      long version = accessVersion();
      User gone = directory.deactivateUser(bob.id(), bob.version());

      assertThat(gone.active()).isFalse();
      assertThat(accessVersion()).isEqualTo(version + 1);
      assertThatThrownBy(() -> directory.setManager(ada.id(), ada.version(), Optional.of(bob.id())))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_user"));
      assertThatThrownBy(() -> crm.tenant(tenant).as(bob.id()).directory().findUser(bob.id()))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(directory.deactivateUser(gone.id(), gone.version())).isEqualTo(gone);

      User back = directory.reactivateUser(gone.id(), gone.version());
      assertThat(back.active()).isTrue();
      assertThat(history(bob.ref())).extracting(AuditEntry::operation)
          .containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE, AuditOperation.ACCESS_DENIED,
              AuditOperation.UPDATE);
    }
  }

  @Nested
  class TeamsAndRoles {

    @Test
    void membersAreAddedAndRemovedAuditedAndBumpTheVersion() {
      User bob = directory.createUser("Bob", "bob@acme.example", sales.id(), Optional.empty());
      Team team = directory.createTeam("Key accounts", TeamType.OWNER, sales.id(), List.of(ada.id()));
      long version = accessVersion();

      Team grown = directory.addTeamMembers(team.id(), team.version(), List.of(bob.id(), ada.id()));
      assertThat(grown.members()).containsExactlyInAnyOrder(ada.id(), bob.id());
      assertThat(accessVersion()).isEqualTo(version + 1);
      assertThat(directory.addTeamMembers(grown.id(), grown.version(), List.of(bob.id()))).isEqualTo(grown);

      Team shrunk = directory.removeTeamMembers(grown.id(), grown.version(), List.of(ada.id(), UserId.generate(clock)));
      assertThat(shrunk.members()).containsExactly(bob.id());
      assertThat(history(team.ref())).extracting(AuditEntry::operation)
          .containsExactly(AuditOperation.CREATE, AuditOperation.UPDATE, AuditOperation.UPDATE);
      assertThat(sink.eventsOfType(EventType.TEAM_CHANGED)).hasSize(2);

      long audit = auditCount();
      assertThatThrownBy(() -> directory.addTeamMembers(shrunk.id(), shrunk.version(), List.of(UserId.generate(clock))))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
              .extracting(Violation::path).containsExactly("users[0]"));
      assertThatThrownBy(() -> directory.addTeamMembers(shrunk.id(), team.version(), List.of(ada.id())))
          .isInstanceOf(StaleVersionException.class);
      assertThat(auditCount()).isEqualTo(audit);
    }

    @Test
    void rolesAreAssignedToUsersAndOwnerTeamsButNotToAccessTeams() {
      SecurityRole seller = system.roles().create("Seller", all(AccessDepth.BUSINESS_UNIT, RecordKind.ACCOUNT));
      Team owners = directory.createTeam("Owners", TeamType.OWNER, sales.id(), List.of(ada.id()));
      Team access = directory.createTeam("Deal room", TeamType.ACCESS, sales.id(), List.of(ada.id()));
      long version = accessVersion();

      User withRole = directory.assignRole(ada.id(), ada.version(), seller.id());
      assertThat(withRole.roleIds()).containsExactly(seller.id());
      assertThat(accessVersion()).isEqualTo(version + 1);
      assertThat(history(ada.ref())).last().satisfies(entry -> assertThat(entry.changes())
          .containsExactly(FieldChange.of("roles", Optional.empty(), Optional.of(seller.ref().toString()))));
      assertThat(directory.assignRole(ada.id(), withRole.version(), seller.id())).isEqualTo(withRole);

      Team teamWithRole = directory.assignTeamRole(owners.id(), owners.version(), seller.id());
      assertThat(teamWithRole.roleIds()).containsExactly(seller.id());
      assertThatThrownBy(() -> directory.assignTeamRole(access.id(), access.version(), seller.id()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("access_team"));

      User without = directory.removeRole(ada.id(), withRole.version(), seller.id());
      assertThat(without.roleIds()).isEmpty();
      assertThat(directory.removeTeamRole(owners.id(), teamWithRole.version(), seller.id()).roleIds()).isEmpty();
      assertThat(sink.eventsOfType(EventType.USER_CHANGED)).hasSize(2);
    }

    @Test
    void unknownAndForeignRolesAreRefused() {
      SecurityRole foreign = crm.tenant(TenantId.generate(clock)).system().roles().create("Foreign", RoleGrants.none());
      long audit = auditCount();

      assertThatThrownBy(() -> directory.assignRole(ada.id(), ada.version(), foreign.id()))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_role"));
      assertThatThrownBy(() -> directory.assignRole(ada.id(), ada.version(), RoleId.generate(clock)))
          .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(codes(e)).containsExactly("unknown_role"));
      assertThatThrownBy(() -> directory.assignRole(UserId.generate(clock), 1, foreign.id()))
          .isInstanceOf(RecordNotFoundException.class);
      assertThat(auditCount()).isEqualTo(audit);
    }
  }

  @Nested
  class UserSessions {

    @Test
    void aUserWithoutTheWritePrivilegeIsDeniedAndNothingIsWritten() {
      User reader = actor("Reader", sales.id(), all(AccessDepth.ORGANIZATION, RecordKind.BUSINESS_UNIT)
          .with(RecordKind.BUSINESS_UNIT, Privilege.WRITE, AccessDepth.NONE));
      DirectoryService asReader = crm.tenant(tenant).as(reader.id()).directory();
      long version = accessVersion();
      long audit = auditCount();
      sink.clear();

      assertThatThrownBy(() -> asReader.renameUnit(service.id(), service.version(), "Mine"))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.privilege()).isEqualTo("write");
            assertThat(e.record()).isEqualTo(service.ref());
            assertThat(e.user()).isEqualTo(reader.id());
            assertThat(e.getMessage()).contains("business_unit").contains(service.id().value().toString());
          });

      assertThat(directory.findUnit(service.id())).contains(service);
      assertThat(accessVersion()).isEqualTo(version);
      assertThat(sink.events()).isEmpty();
      List<AuditEntry> denials = system.audit().query(Filter.all(), 100, Optional.empty()).items().stream()
          .filter(e -> e.operation() == AuditOperation.ACCESS_DENIED).toList();
      assertThat(auditCount()).isEqualTo(audit + 1);
      assertThat(denials).singleElement().satisfies(e -> assertThat(e.record()).isEqualTo(service.ref()));
    }

    @Test
    void creatingNeedsTheCreatePrivilegeWhereTheRecordWillBe() {
      User local = actor("Local", sales.id(), all(AccessDepth.PARENT_CHILD_UNITS, RecordKind.BUSINESS_UNIT, RecordKind.USER,
          RecordKind.TEAM));
      DirectoryService asLocal = crm.tenant(tenant).as(local.id()).directory();

      BusinessUnit below = asLocal.createUnit("Sales South", sales.id());
      assertThat(below.parentId()).contains(sales.id());
      User hired = asLocal.createUser("Hired", "hired@acme.example", salesNorth.id(), Optional.empty());
      assertThat(hired.businessUnitId()).isEqualTo(salesNorth.id());
      Team team = asLocal.createTeam("North", TeamType.ACCESS, salesNorth.id(), List.of(hired.id()));
      assertThat(team.businessUnitId()).isEqualTo(salesNorth.id());

      long units = store.read(tx -> tx.businessUnits().count(tenant, Filter.all()));
      assertThatThrownBy(() -> asLocal.createUnit("Elsewhere", service.id()))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.privilege()).isEqualTo("create"));
      assertThatThrownBy(() -> asLocal.createUser("Far", "far@acme.example", service.id(), Optional.empty()))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> asLocal.createTeam("Far", TeamType.OWNER, root.id(), List.of()))
          .isInstanceOf(AccessDeniedException.class);
      long after = store.read(tx -> tx.businessUnits().count(tenant, Filter.all()));
      assertThat(after).isEqualTo(units);
      assertThat(directory.users(Query.of(Filter.eq(DirectoryFields.USER_NAME, "Far"), Sort.byId())).items()).isEmpty();
    }

    @Test
    void aUnitCanOnlyBeMovedWithinTheActingUsersReach() {
      User local = actor("Local", sales.id(), all(AccessDepth.PARENT_CHILD_UNITS, RecordKind.BUSINESS_UNIT));
      DirectoryService asLocal = crm.tenant(tenant).as(local.id()).directory();
      BusinessUnit south = directory.createUnit("Sales South", sales.id());

      BusinessUnit moved = asLocal.moveUnit(south.id(), south.version(), salesNorth.id());
      assertThat(moved.parentId()).contains(salesNorth.id());

      assertThatThrownBy(() -> asLocal.moveUnit(moved.id(), moved.version(), service.id()))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(directory.findUnit(moved.id())).contains(moved);
      assertThatThrownBy(() -> asLocal.renameUnit(service.id(), service.version(), "Taken"))
          .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listsHoldOnlyWhatTheReadDepthReaches() {
      User bob = directory.createUser("Bob", "bob@acme.example", salesNorth.id(), Optional.empty());
      User eve = directory.createUser("Eve", "eve@acme.example", service.id(), Optional.empty());
      Team northTeam = directory.createTeam("North", TeamType.ACCESS, salesNorth.id(), List.of(bob.id()));
      Team serviceTeam = directory.createTeam("Service", TeamType.ACCESS, service.id(), List.of(eve.id()));
      User tree = actor("Tree", sales.id(), all(AccessDepth.PARENT_CHILD_UNITS, RecordKind.BUSINESS_UNIT, RecordKind.USER,
          RecordKind.TEAM));
      User unit = actor("Unit", sales.id(), all(AccessDepth.BUSINESS_UNIT, RecordKind.BUSINESS_UNIT, RecordKind.USER,
          RecordKind.TEAM));
      User self = actor("Self", sales.id(), all(AccessDepth.USER, RecordKind.BUSINESS_UNIT, RecordKind.USER,
          RecordKind.TEAM));
      User org = actor("Org", service.id(), all(AccessDepth.ORGANIZATION, RecordKind.BUSINESS_UNIT, RecordKind.USER,
          RecordKind.TEAM));
      User none = actor("None", sales.id(), RoleGrants.none());

      assertThat(unitIds(tree)).containsExactlyInAnyOrder(sales.id(), salesNorth.id());
      assertThat(userIds(tree)).containsExactlyInAnyOrder(ada.id(), bob.id(), tree.id(), unit.id(), self.id(), none.id());
      assertThat(teamIds(tree)).containsExactly(northTeam.id().value());

      assertThat(unitIds(unit)).containsExactly(sales.id());
      assertThat(userIds(unit)).containsExactlyInAnyOrder(ada.id(), tree.id(), unit.id(), self.id(), none.id());
      assertThat(teamIds(unit)).isEmpty();

      assertThat(unitIds(self)).isEmpty();
      assertThat(userIds(self)).containsExactly(self.id());
      assertThat(teamIds(self)).isEmpty();

      assertThat(unitIds(org)).hasSize(4);
      assertThat(userIds(org)).contains(eve.id(), bob.id(), ada.id());
      assertThat(teamIds(org)).containsExactlyInAnyOrder(northTeam.id().value(), serviceTeam.id().value());

      assertThat(userIds(none)).isEmpty();
      assertThatThrownBy(() -> crm.tenant(tenant).as(unit.id()).directory().findUser(eve.id()))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.privilege()).isEqualTo("read"));
      assertThat(crm.tenant(tenant).as(tree.id()).directory().findUser(bob.id())).isPresent();
      assertThat(crm.tenant(tenant).as(self.id()).directory().findUser(self.id())).isPresent();
    }

    @Test
    void aSubtreeWiderThanOneInFilterIsListedWhole() {
      int wide = org.crmkernel.spi.query.Filter.MAX_IN_VALUES + 5;
      for (int i = 0; i < wide; i++) {
        directory.createUnit("Branch " + i, salesNorth.id());
      }
      User tree = actor("Tree", sales.id(), all(AccessDepth.PARENT_CHILD_UNITS, RecordKind.BUSINESS_UNIT));
      DirectoryService asTree = crm.tenant(tenant).as(tree.id()).directory();

      Page<BusinessUnit> first = asTree.units(Query.<BusinessUnit>all().limit(1000));
      List<BusinessUnit> rest = asTree.units(Query.<BusinessUnit>all().limit(1000).after(first.next().orElseThrow())).items();

      assertThat(first.items().size() + rest.size()).isEqualTo(wide + 2);
      assertThat(rest).noneMatch(u -> u.id().equals(service.id()) || u.id().equals(root.id()));
    }

    @Test
    void assigningARoleNeedsAssignAndNeverEscalates() {
      RoleGrants adminGrants = all(AccessDepth.ORGANIZATION, RecordKind.USER, RecordKind.SECURITY_ROLE)
          .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.BUSINESS_UNIT);
      User admin = actor("Admin", sales.id(), adminGrants);
      SecurityRole small = system.roles().create("Small", RoleGrants.none()
          .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.USER));
      SecurityRole big = system.roles().create("Big", RoleGrants.none()
          .with(RecordKind.ACCOUNT, Privilege.READ, AccessDepth.ORGANIZATION)
          .with(RecordKind.CONTACT, Privilege.WRITE, AccessDepth.USER));
      DirectoryService asAdmin = crm.tenant(tenant).as(admin.id()).directory();

      User withSmall = asAdmin.assignRole(ada.id(), ada.version(), small.id());
      assertThat(withSmall.roleIds()).containsExactly(small.id());
      long version = accessVersion();

      assertThatThrownBy(() -> asAdmin.assignRole(ada.id(), withSmall.version(), big.id()))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.privilege()).isEqualTo("assign");
            assertThat(e.record()).isEqualTo(big.ref());
            assertThat(e.reason()).contains("ACCOUNT.READ", "CONTACT.WRITE");
          });
      assertThat(accessVersion()).isEqualTo(version);
      assertThat(directory.findUser(ada.id())).contains(withSmall);

      User noAssign = actor("NoAssign", sales.id(), all(AccessDepth.ORGANIZATION, RecordKind.USER));
      assertThatThrownBy(() -> crm.tenant(tenant).as(noAssign.id()).directory()
          .removeRole(ada.id(), withSmall.version(), small.id()))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
            assertThat(e.privilege()).isEqualTo("assign");
            assertThat(e.record().kind()).isEqualTo(RecordKind.SECURITY_ROLE);
          });
    }

    @Test
    void addingMembersToAnOwnerTeamCannotHandOutItsRolesBeyondTheActorsOwn() {
      SecurityRole big = system.roles().create("Big", all(AccessDepth.ORGANIZATION, RecordKind.ACCOUNT));
      Team owners = directory.createTeam("Owners", TeamType.OWNER, sales.id(), List.of());
      Team withRole = directory.assignTeamRole(owners.id(), owners.version(), big.id());
      User teamAdmin = actor("TeamAdmin", sales.id(), all(AccessDepth.ORGANIZATION, RecordKind.TEAM));
      User colleague = directory.createUser("Colleague", "colleague@acme.example", sales.id(), Optional.empty());

      assertThatThrownBy(() -> crm.tenant(tenant).as(teamAdmin.id()).directory()
          .addTeamMembers(withRole.id(), withRole.version(), List.of(colleague.id())))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.reason()).contains("ACCOUNT.READ"));
      assertThatThrownBy(() -> crm.tenant(tenant).as(teamAdmin.id()).directory()
          .addTeamMembers(withRole.id(), withRole.version(), List.of(teamAdmin.id())))
          .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.reason()).contains("themselves"));
      assertThat(directory.findTeam(owners.id())).contains(withRole);
    }

    List<BusinessUnitId> unitIds(User user) {
      return crm.tenant(tenant).as(user.id()).directory().units(Query.<BusinessUnit>all().limit(1000)).items().stream()
          .map(BusinessUnit::id).toList();
    }

    List<UserId> userIds(User user) {
      return crm.tenant(tenant).as(user.id()).directory().users(Query.<User>all().limit(1000)).items().stream()
          .map(User::id).toList();
    }

    List<UUID> teamIds(User user) {
      return crm.tenant(tenant).as(user.id()).directory().teams(Query.<Team>all().limit(1000)).items().stream()
          .map(t -> t.id().value()).toList();
    }
  }
}
