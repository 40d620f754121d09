package org.crmkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.crmkernel.customer.AccountDraft;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.customfield.FieldDefinitionDraft;
import org.crmkernel.internal.ScopeCache;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.access.SecurityRole;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.field.FieldType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.Test;

/**
 * Administration changes access without touching customer records; the scope cache serves a
 * compiled scope until something it depends on changes; field definitions and the audit log are
 * checked like everything else.
 */
class AccessAdministrationEffectsTest extends AccessTestSupport {

  @Test
  void movingASubtreeChangingMembershipOrARoleWritesNoCustomerRow() {
    BusinessUnit sales = session.directory().createUnit("Sales", root.id());
    BusinessUnit east = session.directory().createUnit("East", sales.id());
    BusinessUnit west = session.directory().createUnit("West", root.id());
    User rep = user("Rae Rep", east, Optional.empty());
    User boss = user("Bo Boss", sales, Optional.empty());
    SecurityRole tree = session.roles().create("Tree", RoleGrants.none().withAll(RecordKind.ACCOUNT, AccessDepth.PARENT_CHILD_UNITS));
    boss = session.directory().assignRole(boss.id(), boss.version(), tree.id());
    Team team = session.directory().createTeam("Owners", TeamType.OWNER, sales.id(), List.of(rep.id()));
    Account account = session.accounts().create(AccountDraft.builder("East Co").owner(Owner.user(rep.id())).build());
    Account teamAccount = session.accounts().create(AccountDraft.builder("Team Co").owner(Owner.team(team.id())).build());
    Contact contact = session.contacts().create(ContactDraft.builder("Cy", "Contact").email("cy@x.example")
        .owner(Owner.user(rep.id())).build());
    assertThat(as(boss).accounts().count(Filter.all())).isEqualTo(2);
    long auditBefore = session.audit().count(Filter.<AuditEntry>all());

    BusinessUnit movedEast = session.directory().moveUnit(east.id(), session.directory().findUnit(east.id()).orElseThrow()
        .version(), west.id());
    Team grown = session.directory().addTeamMembers(team.id(), team.version(), List.of(boss.id()));
    session.roles().changeGrants(tree.id(), tree.version(), RoleGrants.none().withAll(RecordKind.ACCOUNT, AccessDepth.BUSINESS_UNIT));

    assertThat(session.accounts().get(account.id())).isEqualTo(account);
    assertThat(session.accounts().get(teamAccount.id())).isEqualTo(teamAccount);
    assertThat(session.contacts().get(contact.id())).isEqualTo(contact);
    List<AuditEntry> entries = session.audit().query(Filter.<AuditEntry>all(), 100, Optional.empty()).items();
    assertThat(entries.subList((int) auditBefore, entries.size())).extracting(e -> e.record().kind())
        .doesNotContain(RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD);
    // Access followed all the same: East moved away, the team made Bo an owner, the role narrowed.
    assertThat(movedEast.parentId()).contains(west.id());
    assertThat(grown.members()).contains(boss.id());
    assertThat(as(boss).accounts().count(Filter.all())).isEqualTo(1);
  }

  @Test
  void theCacheServesTheSameScopeUntilSomethingItDependsOnChanges() {
    User rep = user("Rae Rep", root, Optional.empty());
    ScopeCache cache = new ScopeCache(100);
    AccessScope first = store.read(tx -> cache.scopeOf(tx, tenant, rep.id()));
    AccessScope again = store.read(tx -> cache.scopeOf(tx, tenant, rep.id()));
    assertThat(again).isSameAs(first);

    session.accounts().create(AccountDraft.builder("Unrelated").owner(Owner.user(rep.id())).build());
    AccessScope afterCustomerWrite = store.read(tx -> cache.scopeOf(tx, tenant, rep.id()));
    assertThat(afterCustomerWrite).isSameAs(first);

    session.directory().createUnit("New unit", root.id());
    AccessScope afterDirectoryChange = store.read(tx -> cache.scopeOf(tx, tenant, rep.id()));
    assertThat(afterDirectoryChange).isNotSameAs(first);
    assertThat(afterDirectoryChange.version()).isGreaterThan(first.version());
  }

  @Test
  void fieldDefinitionsAndTheAuditLogNeedTheirPrivileges() {
    User rep = user("Rae Rep", root, Optional.empty());
    giveRoles(rep, roleOnCustomers("Rep", AccessDepth.USER));
    Account own = as(rep).accounts().create(AccountDraft.builder("Own Co").build());

    assertThatThrownBy(() -> as(rep).fields().define(FieldDefinitionDraft.builder(RecordKind.ACCOUNT, "tier", FieldType.TEXT)
        .build())).isInstanceOf(AccessDeniedException.class).hasMessageContaining("field_definition");
    assertThatThrownBy(() -> as(rep).fields().list(RecordKind.ACCOUNT)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(rep).audit().historyOf(own.ref(), 10, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("audit_entry");

    RoleGrants auditor = RoleGrants.none().with(RecordKind.AUDIT_ENTRY, Privilege.READ, AccessDepth.ORGANIZATION)
        .with(RecordKind.FIELD_DEFINITION, Privilege.READ, AccessDepth.ORGANIZATION);
    giveRoles(rep, roleOnCustomers("Rep", AccessDepth.USER), role("Auditor", auditor));
    Account others = session.accounts().create(account("Other Co").build());

    assertThat(as(rep).audit().historyOf(own.ref(), 10, Optional.empty()).items()).isNotEmpty();
    assertThat(as(rep).fields().list(RecordKind.ACCOUNT)).isEmpty();
    assertThatThrownBy(() -> as(rep).audit().historyOf(others.ref(), 10, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("read account");
    assertThatThrownBy(() -> as(rep).audit().count(Filter.all())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("whole audit log");
  }
}
