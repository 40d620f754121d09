package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Principal;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.access.AccessReason;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User sessions: every call checked, lists filtered in the store, denials audited, decisions explained. */
class UserSessionAccessTest extends AccessTestSupport {

  BusinessUnit sales;
  BusinessUnit east;
  User mia;
  User rob;
  User sue;
  User oli;
  RoleId userDepth;

  @BeforeEach
  void organisation() {
    sales = session.directory().createUnit("Sales", root.id());
    east = session.directory().createUnit("Sales East", sales.id());
    mia = user("Mia Manager", sales, Optional.empty());
    rob = user("Rob Rep", east, Optional.of(mia));
    sue = user("Sue Senior", east, Optional.of(rob));
    oli = user("Oli Outsider", root, Optional.empty());
    userDepth = roleOnCustomers("Rep", AccessDepth.USER);
  }

  Account accountOf(User user, String name) {
    return session.accounts().create(AccountDraft.builder(name).owner(Owner.user(user.id())).build());
  }

  List<String> visibleNames(User user) {
    return as(user).accounts().list(new Query<>(Filter.all(), Sort.by(AccountFields.NAME), 100, Optional.empty()))
        .items().stream().map(Account::name).toList();
  }

  @Test
  void aUserWithoutRolesMayDoNothingAndTheDenialIsAuditedWithNothingElseWritten() {
    Footprint before = footprint();

    assertThatThrownBy(() -> as(rob).accounts().create(AccountDraft.builder("Denied Ltd").build()))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.privilege()).isEqualTo("create");
          assertThat(e.record().kind()).isEqualTo(RecordKind.ACCOUNT);
          assertThat(e.user()).isEqualTo(rob.id());
        });

    Footprint after = footprint();
    assertThat(after.accounts()).isEqualTo(before.accounts());
    assertThat(after.pendingEvents()).isEqualTo(before.pendingEvents());
    List<AuditEntry> denials = session.audit().query(
        Filter.eq(AuditFields.OPERATION, AuditOperation.ACCESS_DENIED.name()), 10, Optional.empty()).items();
    assertThat(denials).singleElement().satisfies(entry -> {
      assertThat(entry.actor().describe()).isEqualTo("user:" + rob.id());
      assertThat(entry.changes().get(0).after()).contains("create");
    });
  }

  @Test
  void userDepthReachesOwnRecordsOnly() {
    giveRoles(rob, userDepth);
    Account own = as(rob).accounts().create(AccountDraft.builder("Rob's Deli").build());
    Account others = accountOf(oli, "Oli's Bakery"); // not Sue's: she reports to Rob

    assertThat(own.ownership().owner()).isEqualTo(Owner.user(rob.id()));
    assertThat(as(rob).accounts().get(own.id()).name()).isEqualTo("Rob's Deli");
    assertThatThrownBy(() -> as(rob).accounts().get(others.id())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("read").hasMessageContaining(others.id().toString());
    assertThatThrownBy(() -> as(rob).accounts().find(others.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(visibleNames(rob)).containsExactly("Rob's Deli");
    assertThat(as(rob).accounts().count(Filter.all())).isEqualTo(1);
    assertThatThrownBy(() -> as(rob).accounts().update(others.id(), others.version(), b -> b.industry("Food")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not read");
    assertThat(session.accounts().get(others.id()).industry()).isEmpty();
  }

  @Test
  void unitDepthsReachTheUnitAndItsSubtree() {
    accountOf(mia, "Sales Account");
    accountOf(sue, "East Account");
    accountOf(oli, "Root Account");
    User salesClerk = user("Cal Clerk", sales, Optional.empty());

    giveRoles(salesClerk, roleOnCustomers("Unit reader", AccessDepth.BUSINESS_UNIT));
    assertThat(visibleNames(salesClerk)).containsExactly("Sales Account");

    giveRoles(salesClerk, roleOnCustomers("Tree reader", AccessDepth.PARENT_CHILD_UNITS));
    assertThat(visibleNames(salesClerk)).containsExactly("East Account", "Sales Account");

    giveRoles(salesClerk, roleOnCustomers("Everything", AccessDepth.ORGANIZATION));
    assertThat(visibleNames(salesClerk)).containsExactly("East Account", "Root Account", "Sales Account");
  }

  @Test
  void aStaleCachedScopeNeverGrants() {
    giveRoles(rob, roleOnCustomers("Everything", AccessDepth.ORGANIZATION));
    Account other = accountOf(oli, "Oli's Shop");
    assertThat(as(rob).accounts().get(other.id()).name()).isEqualTo("Oli's Shop");

    giveRoles(rob, userDepth); // written to the store directly, as another JVM would

    assertThatThrownBy(() -> as(rob).accounts().get(other.id())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anInactiveUserCannotActAtAll() {
    giveRoles(rob, userDepth);
    Account own = as(rob).accounts().create(AccountDraft.builder("Rob's Deli").build());

    setActive(rob, false);

    assertThatThrownBy(() -> as(rob).accounts().get(own.id())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("inactive");
    assertThatThrownBy(() -> as(rob).accounts().list(new Query<>(Filter.all(), Sort.byId(), 10, Optional.empty())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void managersReachTheirReportsRecordsWithinTheHierarchyDepth() {
    giveRoles(mia, userDepth);
    Account robs = accountOf(rob, "Rob's");
    Account sues = accountOf(sue, "Sue's");
    settings(1, Set.of());

    assertThat(visibleNames(mia)).containsExactly("Rob's");

    settings(2, Set.of());
    assertThat(visibleNames(mia)).containsExactly("Rob's", "Sue's");
    // Direct reports' records are writable, deeper ones only readable.
    as(mia).accounts().update(robs.id(), robs.version(), b -> b.industry("Retail"));
    assertThatThrownBy(() -> as(mia).accounts().update(sues.id(), sues.version(), b -> b.industry("Retail")))
        .isInstanceOf(AccessDeniedException.class);

    AccessDecision why = session.access().check(mia.id(), Privilege.READ, sues.ref());
    assertThat(why.allowed()).isTrue();
    assertThat(why.reasons()).singleElement().isInstanceOfSatisfying(AccessReason.ByHierarchy.class,
        reason -> assertThat(reason.levels()).isEqualTo(2));
  }

  @Test
  void sharesGiveRightsWithinTheGranteesRolesAndRevokingRestoresTheDenial() {
    giveRoles(rob, userDepth);
    giveRoles(oli, userDepth);
    Account robs = as(rob).accounts().create(AccountDraft.builder("Rob's Deli").build());
    assertThatThrownBy(() -> as(oli).accounts().get(robs.id())).isInstanceOf(AccessDeniedException.class);

    as(rob).sharing().shareWith(robs.ref(), Principal.user(oli.id()), Set.of(Privilege.READ));

    assertThat(as(oli).accounts().get(robs.id()).name()).isEqualTo("Rob's Deli");
    assertThat(visibleNames(oli)).containsExactly("Rob's Deli");
    assertThatThrownBy(() -> as(oli).accounts().update(robs.id(), robs.version(), b -> b.industry("x")))
        .isInstanceOf(AccessDeniedException.class);
    AccessDecision why = session.access().check(oli.id(), Privilege.READ, robs.ref());
    assertThat(why.reasons()).singleElement().isInstanceOf(AccessReason.ByShare.class);
    assertThat(why.describe()).contains("shared with");

    as(rob).sharing().revokeShare(robs.ref(), Principal.user(oli.id()));
    assertThatThrownBy(() -> as(oli).accounts().get(robs.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(session.audit().historyOf(robs.ref(), 20, Optional.empty()).items()).extracting(AuditEntry::operation)
        .contains(AuditOperation.SHARE, AuditOperation.REVOKE_SHARE);
  }

  @Test
  void aShareNeverGivesMoreThanTheGranteesRolesAndSharersGrantOnlyWhatTheyHold() {
    RoleId readOnly = roleOnAccounts("Reader", Map.of(Privilege.READ, AccessDepth.USER));
    giveRoles(rob, roleOnAccounts("Sharer", Map.of(Privilege.CREATE, AccessDepth.USER, Privilege.READ, AccessDepth.USER,
        Privilege.WRITE, AccessDepth.USER, Privilege.SHARE, AccessDepth.USER)));
    giveRoles(oli, readOnly);
    Account robs = as(rob).accounts().create(AccountDraft.builder("Rob's Deli").build());

    as(rob).sharing().shareWith(robs.ref(), Principal.user(oli.id()), Set.of(Privilege.READ, Privilege.WRITE));
    assertThatThrownBy(() -> as(oli).accounts().update(robs.id(), robs.version(), b -> b.industry("x")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("write");
    assertThatThrownBy(() -> as(rob).sharing().shareWith(robs.ref(), Principal.user(oli.id()), Set.of(Privilege.DELETE)))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("delete");
  }

  @Test
  void sharingWithATeamReachesItsMembersAndOwnerTeamsOwnForTheirMembers() {
    giveRoles(oli, userDepth);
    giveRoles(rob, userDepth);
    Team access = session.directory().createTeam("Deal desk", TeamType.ACCESS, root.id(), List.of(oli.id()));
    Team owners = session.directory().createTeam("Key accounts", TeamType.OWNER, root.id(), List.of(oli.id()));
    Account robs = as(rob).accounts().create(AccountDraft.builder("Rob's Deli").build());
    Account teams = session.accounts().create(AccountDraft.builder("Team Account").owner(Owner.team(owners.id())).build());

    as(rob).sharing().shareWith(robs.ref(), Principal.team(access.id()), Set.of(Privilege.READ));

    assertThat(visibleNames(oli)).containsExactly("Rob's Deli", "Team Account");
    assertThat(session.access().check(oli.id(), Privilege.WRITE, teams.ref()).reasons()).singleElement()
        .isInstanceOfSatisfying(AccessReason.ByRole.class, r -> assertThat(r.basis()).isEqualTo(AccessReason.Basis.OWNER_TEAM));
  }

  @Test
  void linkingAContactToAnAccountNeedsAppendToOnTheAccount() {
    giveRoles(rob, userDepth);
    giveRoles(oli, roleOnCustomers("Everything", AccessDepth.ORGANIZATION));
    Account olis = as(oli).accounts().create(AccountDraft.builder("Oli's Shop").build());
    long contactsBefore = session.contacts().count(Filter.all());

    assertThatThrownBy(() -> as(rob).contacts().create(ContactDraft.builder("Ann", "Buyer").email("ann@shop.example")
        .account(olis.id()).build())).isInstanceOf(AccessDeniedException.class).hasMessageContaining("append-to");

    assertThat(session.contacts().count(Filter.all())).isEqualTo(contactsBefore);
    Contact linked = as(oli).contacts().create(ContactDraft.builder("Ann", "Buyer").email("ann@shop.example")
        .account(olis.id()).build());
    assertThat(linked.accountId()).contains(olis.id());
  }

  @Test
  void aRecordReviewSaysWhoCanReadAndWhy() {
    giveRoles(rob, userDepth);
    giveRoles(mia, userDepth);
    giveRoles(oli, roleOnCustomers("Auditor", AccessDepth.ORGANIZATION));
    Account robs = as(rob).accounts().create(AccountDraft.builder("Rob's Deli").build());

    var review = session.access().reviewRecord(robs.ref());

    assertThat(review.readers()).extracting(AccessDecision::user).containsExactlyInAnyOrder(rob.id(), mia.id(), oli.id());
    assertThat(review.readers()).allSatisfy(d -> assertThat(d.describe()).contains("may read"));
    var rights = session.access().reviewUser(rob.id());
    assertThat(rights.depth(RecordKind.ACCOUNT, Privilege.READ)).isEqualTo(AccessDepth.USER);
    assertThat(rights.describe()).anySatisfy(line -> assertThat(line).contains("account read: user (role 'Rep'"));
    assertThatThrownBy(() -> as(rob).access().reviewUser(oli.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(as(rob).access().reviewUser(rob.id()).active()).isTrue();
  }
}
