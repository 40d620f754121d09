package org.crmkernel.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkernel.CrmSession;
import org.crmkernel.model.assignment.AssignmentCriteria;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Managing assignment rules: validation, order, versions, tenants, audit and events. */
class LeadAssignmentRulesTest extends AssignmentTestSupport {

  User ada;
  Team team;

  @BeforeEach
  void salesPeople() {
    ada = user("Ada Lovelace", dach);
    team = team("Sales DACH", ada);
    sink.clear();
  }

  @Test
  void aRuleIsStoredAuditedAndAnnounced() {
    LeadAssignmentRule rule = assignment().createRule(AssignmentRuleDraft.builder("DACH enterprise", 3, toUser(ada))
        .countries("de", "AT").postalCodePrefixes("80 3").minEmployees(500).build());

    assertThat(rule.name()).isEqualTo("DACH enterprise");
    assertThat(rule.position()).isEqualTo(3);
    assertThat(rule.active()).isTrue();
    assertThat(rule.criteria().countries()).containsExactly("AT", "DE");
    assertThat(rule.criteria().postalCodePrefixes()).containsExactly("803");
    assertThat(rule.assignedCount()).isZero();
    assertThat(rule.version()).isEqualTo(1);
    assertThat(assignment().getRule(rule.id())).isEqualTo(rule);
    Optional<LeadAssignmentRule> found = assignment().findRule(rule.id());
    assertThat(found).contains(rule);

    AuditEntry created = historyOf(rule.id().ref()).get(0);
    assertThat(created.operation()).isEqualTo(AuditOperation.CREATE);
    assertThat(created.changes()).extracting(FieldChange::field, FieldChange::after).containsExactly(
        tuple("name", Optional.of("DACH enterprise")),
        tuple("position", Optional.of("3")),
        tuple("active", Optional.of("true")),
        tuple("criteria.countries", Optional.of("AT | DE")),
        tuple("criteria.postalCodePrefixes", Optional.of("803")),
        tuple("criteria.minEmployees", Optional.of("500")),
        tuple("target", Optional.of(ada.id().ref().toString())));
    assertThat(sink.events()).singleElement().satisfies(event -> {
      assertThat(event.type()).isEqualTo(EventType.ASSIGNMENT_RULE_CREATED);
      assertThat(event.subject()).isEqualTo(rule.id().ref());
      assertThat(event.changes()).isEqualTo(created.changes());
    });
  }

  @Test
  void rulesAreListedInPositionOrderActiveOrNot() {
    LeadAssignmentRule c = assignment().createRule(AssignmentRuleDraft.builder("C", 30, toUser(ada)).build());
    LeadAssignmentRule a = assignment().createRule(AssignmentRuleDraft.builder("A", 0, toUser(ada)).active(false).build());
    LeadAssignmentRule b = assignment().createRule(AssignmentRuleDraft.builder("B", 7, AssignmentTarget.team(team.id(),
        Distribution.LOAD_BALANCED)).build());

    assertThat(assignment().rules()).containsExactly(a, b, c);
  }

  @Test
  void validationListsEveryProblemAndWritesNothing() {
    assignment().createRule(AssignmentRuleDraft.builder("Taken", 4, toUser(ada)).build());
    Footprint before = footprint();

    assertThatThrownBy(() -> assignment().createRule(AssignmentRuleDraft.builder("  ", 4,
        AssignmentTarget.user(UserId.generate(clock))).build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("name", "required"), tuple("position", "position_taken"), tuple("target.user", "unknown_user")));
    assertThatThrownBy(() -> assignment().createRule(AssignmentRuleDraft.builder("x".repeat(121), -1,
        AssignmentTarget.team(TeamId.generate(clock), Distribution.ROUND_ROBIN)).build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("name", "too_long"), tuple("position", "too_small"), tuple("target.team", "unknown_team")));
    assertThat(footprint()).isEqualTo(before);
    assertThat(sink.events()).hasSize(1); // the first rule's
  }

  @Test
  void badCriteriaAreListedTogetherWhenTheDraftIsBuilt() {
    AssignmentRuleDraft.Builder builder = AssignmentRuleDraft.builder("Bad", 1, toUser(ada))
        .countries("Germany", "DE").industries(" ").employees(500, 10);

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
        .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
            tuple("criteria.countries", "invalid_country"),
            tuple("criteria.industries", "required"),
            tuple("criteria.maxEmployees", "below_minimum")));
    assertThatThrownBy(() -> AssignmentRuleDraft.builder(null, 1, toUser(ada)))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactly(tuple("name", "required")));
    assertThatThrownBy(() -> AssignmentRuleDraft.builder("Null country", 1, toUser(ada)).countries("DE", null))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("criteria.countries[1]"));
    assertThatThrownBy(() -> new AssignmentRuleDraft("No target", 1, true, AssignmentCriteria.any(), null))
        .isInstanceOf(CrmValidationException.class).hasMessageContaining("target");
  }

  @Test
  void anotherTenantsUsersTeamsAndRulesAreUnknown() {
    CrmSession other = crm.tenant(TenantId.generate(clock)).system();
    BusinessUnit otherRoot = other.directory().createRootUnit("Other");
    User otherUser = other.directory().createUser("Olga Other", "olga@other.example", otherRoot.id(), Optional.empty());
    Team otherTeam = other.directory().createTeam("Other team", TeamType.OWNER, otherRoot.id(), List.of(otherUser.id()));
    LeadAssignmentRule otherRule = other.leadAssignment().createRule(AssignmentRuleDraft.builder("Theirs", 1,
        AssignmentTarget.user(otherUser.id())).build());

    assertThatThrownBy(() -> assignment().createRule(AssignmentRuleDraft.builder("Olga", 1,
        AssignmentTarget.user(otherUser.id())).build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactly(tuple("target.user", "unknown_user")));
    assertThatThrownBy(() -> assignment().createRule(AssignmentRuleDraft.builder("Theirs", 1,
        AssignmentTarget.team(otherTeam.id(), Distribution.ROUND_ROBIN)).build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactly(tuple("target.team", "unknown_team")));
    assertThat(assignment().findRule(otherRule.id())).isEmpty();
    assertThatThrownBy(() -> assignment().getRule(otherRule.id())).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> assignment().updateRule(otherRule.id(), otherRule.version(),
        AssignmentRuleDraft.builder("Mine now", 1, toUser(ada)).build())).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> assignment().deleteRule(otherRule.id(), otherRule.version()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(assignment().rules()).isEmpty();
    assertThat(other.leadAssignment().rules()).containsExactly(otherRule);
  }

  @Test
  void anUpdateReplacesTheRuleKeepsItsCountAndAuditsWhatChanged() {
    LeadAssignmentRule rule = assignment().createRule(AssignmentRuleDraft.builder("Germany", 1, toUser(ada))
        .countries("DE").build());
    Lead lead = lead(l -> l.address(LeadAssignmentTest.address(null, null, "DE")));
    assignment().assign(lead.id(), lead.version());
    LeadAssignmentRule counted = assignment().getRule(rule.id());
    sink.clear();

    LeadAssignmentRule updated = assignment().updateRule(rule.id(), counted.version(), AssignmentRuleDraft.from(counted)
        .toBuilder().name("DACH").countries("DE", "AT", "CH").target(AssignmentTarget.team(team.id(), Distribution.ROUND_ROBIN))
        .build());

    assertThat(updated.version()).isEqualTo(counted.version() + 1);
    assertThat(updated.assignedCount()).isEqualTo(1);
    assertThat(updated.criteria().countries()).containsExactly("AT", "CH", "DE");
    List<AuditEntry> history = historyOf(rule.id().ref());
    assertThat(history).extracting(AuditEntry::operation).containsExactlyInAnyOrder(AuditOperation.CREATE, AuditOperation.UPDATE);
    AuditEntry update = history.stream().filter(e -> e.operation() == AuditOperation.UPDATE).findFirst().orElseThrow();
    assertThat(update.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after).containsExactly(
        tuple("name", Optional.of("Germany"), Optional.of("DACH")),
        tuple("criteria.countries", Optional.of("DE"), Optional.of("AT | CH | DE")),
        tuple("target", Optional.of(ada.id().ref().toString()), Optional.of(team.id().ref() + " ROUND_ROBIN")));
    assertThat(sink.events()).singleElement().satisfies(event -> {
      assertThat(event.type()).isEqualTo(EventType.ASSIGNMENT_RULE_CHANGED);
      assertThat(event.subjectVersion()).isEqualTo(updated.version());
    });
  }

  @Test
  void anUpdateThatChangesNothingWritesNothing() {
    LeadAssignmentRule rule = assignment().createRule(AssignmentRuleDraft.builder("Germany", 1, toUser(ada)).build());
    Footprint before = footprint();

    LeadAssignmentRule same = assignment().updateRule(rule.id(), rule.version(), AssignmentRuleDraft.from(rule));

    assertThat(same).isEqualTo(rule);
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void anUpdateMayKeepItsPositionButNotTakeAnother() {
    LeadAssignmentRule first = assignment().createRule(AssignmentRuleDraft.builder("First", 1, toUser(ada)).build());
    LeadAssignmentRule second = assignment().createRule(AssignmentRuleDraft.builder("Second", 2, toUser(ada)).build());

    LeadAssignmentRule renamed = assignment().updateRule(second.id(), second.version(),
        AssignmentRuleDraft.from(second).toBuilder().name("Second, renamed").build());
    assertThat(renamed.position()).isEqualTo(2);
    Footprint before = footprint();
    assertThatThrownBy(() -> assignment().updateRule(second.id(), renamed.version(),
        AssignmentRuleDraft.from(renamed).toBuilder().position(first.position()).build()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code, Violation::message)
            .containsExactly(tuple("position", "position_taken", "rule 'First' already holds position 1")));
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void staleVersionsAreRefusedAndAnAssignmentMovesTheVersionOn() {
    LeadAssignmentRule rule = assignment().createRule(AssignmentRuleDraft.builder("Everything", 1, toUser(ada)).build());
    Lead lead = lead(l -> l);
    assignment().assign(lead.id(), lead.version());
    Footprint before = footprint();

    assertThatThrownBy(() -> assignment().updateRule(rule.id(), rule.version(),
        AssignmentRuleDraft.from(rule).toBuilder().name("Renamed").build()))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.record()).isEqualTo(rule.id().ref());
          assertThat(e.actualVersion()).isEqualTo(rule.version() + 1);
        });
    assertThatThrownBy(() -> assignment().deleteRule(rule.id(), rule.version())).isInstanceOf(StaleVersionException.class);
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void aDeletedRuleIsGoneAuditedAndAnnounced() {
    LeadAssignmentRule rule = assignment().createRule(AssignmentRuleDraft.builder("Short-lived", 1, AssignmentTarget.team(
        team.id(), Distribution.LOAD_BALANCED)).sources("Web").build());
    sink.clear();

    assignment().deleteRule(rule.id(), rule.version());

    assertThat(assignment().findRule(rule.id())).isEmpty();
    assertThat(assignment().rules()).isEmpty();
    AuditEntry deleted = historyOf(rule.id().ref()).stream().filter(e -> e.operation() == AuditOperation.DELETE)
        .findFirst().orElseThrow();
    assertThat(deleted.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after).contains(
        tuple("name", Optional.of("Short-lived"), Optional.empty()),
        tuple("criteria.sources", Optional.of("web"), Optional.empty()),
        tuple("target", Optional.of(team.id().ref() + " LOAD_BALANCED"), Optional.empty()));
    assertThat(sink.events()).singleElement().satisfies(event -> {
      assertThat(event.type()).isEqualTo(EventType.ASSIGNMENT_RULE_DELETED);
      assertThat(event.subjectVersion()).isZero();
    });
    // Its position is free again.
    assertThat(assignment().createRule(AssignmentRuleDraft.builder("Successor", 1, toUser(ada)).build()).position())
        .isEqualTo(1);
  }

  @Test
  void unknownRulesAreNotFound() {
    AssignmentRuleId unknown = AssignmentRuleId.generate(clock);

    assertThat(assignment().findRule(unknown)).isEmpty();
    assertThatThrownBy(() -> assignment().getRule(unknown)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> assignment().deleteRule(unknown, 1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> assignment().createRule(null)).isInstanceOf(CrmValidationException.class);
    assertThat(sink.events()).extracting(DomainEvent::type).isEmpty();
    assertThat(Set.copyOf(assignment().rules())).isEmpty();
  }
}
