package org.crmkernel.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.FieldKey;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditFields;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.AccessDeniedException;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.query.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User sessions: rule management needs organisation-level privileges on rules; assigning needs read and assign on the lead. */
class LeadAssignmentAccessTest extends AssignmentTestSupport {

  User ada;
  User rep;
  LeadAssignmentRule rule;

  @BeforeEach
  void organisation() {
    ada = user("Ada Lovelace", dach);
    rep = user("Rita Rep", dach);
    rule = rule("Everything", 1, toUser(ada), b -> b);
    sink.clear();
  }

  RoleId onRules(Privilege... privileges) {
    RoleGrants grants = RoleGrants.none();
    for (Privilege privilege : privileges) {
      grants = grants.with(RecordKind.LEAD_ASSIGNMENT_RULE, privilege, AccessDepth.ORGANIZATION);
    }
    return role("Rules " + List.of(privileges), grants);
  }

  RoleId onLeads(AccessDepth depth, Privilege... privileges) {
    RoleGrants grants = RoleGrants.none();
    for (Privilege privilege : privileges) {
      grants = grants.with(RecordKind.LEAD, privilege, depth);
    }
    return role("Leads " + depth + " " + List.of(privileges), grants);
  }

  LeadAssignmentService repAssignment() {
    return as(rep).leadAssignment();
  }

  @Test
  void withoutPrivilegesOnRulesAUserManagesAndReadsNoRulesAndEachDenialIsAudited() {
    Footprint before = footprint();

    assertDenied(() -> repAssignment().createRule(AssignmentRuleDraft.builder("Mine", 2, toUser(rep)).build()), "create");
    assertDenied(() -> repAssignment().updateRule(rule.id(), rule.version(),
        AssignmentRuleDraft.from(rule).toBuilder().name("Hijacked").build()), "write");
    assertDenied(() -> repAssignment().deleteRule(rule.id(), rule.version()), "delete");
    assertDenied(() -> repAssignment().rules(), "read");
    assertDenied(() -> repAssignment().getRule(rule.id()), "read");
    assertDenied(() -> repAssignment().findRule(rule.id()), "read");

    Footprint after = footprint();
    assertThat(after.rules()).isEqualTo(before.rules());
    assertThat(after.pendingEvents()).isEqualTo(before.pendingEvents());
    assertThat(session.audit().count(Filter.eq(AuditFields.OPERATION, AuditOperation.ACCESS_DENIED.name()))).isEqualTo(6);
  }

  @Test
  void organisationLevelPrivilegesOnRulesLetAUserManageThem() {
    giveRoles(rep, onRules(Privilege.CREATE, Privilege.READ, Privilege.WRITE, Privilege.DELETE));

    LeadAssignmentRule mine = repAssignment().createRule(AssignmentRuleDraft.builder("Mine", 2, toUser(rep)).build());
    LeadAssignmentRule renamed = repAssignment().updateRule(mine.id(), mine.version(),
        AssignmentRuleDraft.from(mine).toBuilder().name("Still mine").build());
    assertThat(repAssignment().rules()).containsExactly(rule, renamed);
    repAssignment().deleteRule(renamed.id(), renamed.version());

    assertThat(repAssignment().rules()).containsExactly(rule);
    List<AuditEntry> history = historyOf(mine.id().ref());
    assertThat(history).extracting(e -> e.actor().describe()).containsOnly("user:" + rep.id());
    assertThat(history).extracting(AuditEntry::operation)
        .containsExactlyInAnyOrder(AuditOperation.CREATE, AuditOperation.UPDATE, AuditOperation.DELETE);
  }

  @Test
  void readingRulesDoesNotLetAUserChangeThem() {
    giveRoles(rep, onRules(Privilege.READ));

    assertThat(repAssignment().rules()).containsExactly(rule);
    assertDenied(() -> repAssignment().createRule(AssignmentRuleDraft.builder("Mine", 2, toUser(rep)).build()), "create");
  }

  @Test
  void assigningNeedsAssignOnTheLeadButNoPrivilegeOnTheRules() {
    Lead lead = lead(l -> l);
    giveRoles(rep, onLeads(AccessDepth.ORGANIZATION, Privilege.READ));
    assertDenied(() -> repAssignment().assign(lead.id(), lead.version()), "assign");
    assertThat(session.leads().get(lead.id())).isEqualTo(lead);

    giveRoles(rep, onLeads(AccessDepth.ORGANIZATION, Privilege.READ, Privilege.ASSIGN));
    LeadAssignment done = repAssignment().assign(lead.id(), lead.version()).orElseThrow();

    assertThat(done.owner()).isEqualTo(ada.id());
    assertThat(sink.eventsOfType(EventType.LEAD_ASSIGNED)).singleElement()
        .satisfies(event -> assertThat(event.actor().describe()).isEqualTo("user:" + rep.id()));
  }

  @Test
  void aUserAssignsOnlyLeadsTheyMayRead() {
    giveRoles(rep, onLeads(AccessDepth.USER, Privilege.READ, Privilege.ASSIGN, Privilege.CREATE));
    Lead others = lead(l -> l);
    Lead own = as(rep).leads().create(LeadDraft.builder("Own", "Lead").build());

    assertDenied(() -> repAssignment().assign(others.id(), others.version()), "read");
    assertDenied(() -> repAssignment().preview(others.id()), "read");
    Optional<LeadAssignment> done = repAssignment().assign(own.id(), own.version());

    assertThat(done.map(LeadAssignment::owner)).contains(ada.id());
    assertThat(session.leads().get(others.id())).isEqualTo(others);
  }

  @Test
  void previewShowsTheRuleSoItNeedsReadOnRules() {
    Lead lead = lead(l -> l);
    giveRoles(rep, onLeads(AccessDepth.ORGANIZATION, Privilege.READ, Privilege.ASSIGN));
    assertDenied(() -> repAssignment().preview(lead.id()), "read");

    giveRoles(rep, onLeads(AccessDepth.ORGANIZATION, Privilege.READ, Privilege.ASSIGN), onRules(Privilege.READ));
    Optional<AssignmentDecision> decision = repAssignment().preview(lead.id());
    assertThat(decision.map(AssignmentDecision::owner)).contains(ada.id());
  }

  @Test
  void theReasonKeepsSecuredValuesFromUsersWhoMayNotReadThem() {
    store.write(tx -> tx.accessSettings().save(AccessScopes.settingsOf(tx, tenant)
        .next(3, Set.of(new FieldKey(RecordKind.LEAD, "industry")))));
    LeadAssignmentRule software = assignment().createRule(AssignmentRuleDraft.builder("Software", 0, toUser(ada))
        .industries("Software").build());
    Lead lead = session.leads().create(LeadDraft.builder("Sec", "Ret").owner(Owner.user(intake.id())).industry("Software")
        .build());
    giveRoles(rep, onLeads(AccessDepth.ORGANIZATION, Privilege.READ, Privilege.ASSIGN));

    LeadAssignment done = repAssignment().assign(lead.id(), lead.version()).orElseThrow();

    assertThat(done.ruleId()).isEqualTo(software.id());
    assertThat(done.reason()).isEqualTo("rule 'Software' (position 0): industry (secured) -> Ada Lovelace");
    assertThat(done.lead().industry()).isEmpty();
    assertThat(session.leads().get(lead.id()).industry()).contains("Software");
  }

  private void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String privilege) {
    assertThatThrownBy(call).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
      assertThat(e.privilege()).isEqualTo(privilege);
      assertThat(e.user()).isEqualTo(rep.id());
    });
  }
}
