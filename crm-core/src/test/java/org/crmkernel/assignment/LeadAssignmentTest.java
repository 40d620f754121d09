package org.crmkernel.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.audit.AuditOperation;
import org.crmkernel.model.audit.FieldChange;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadConversion;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.error.CrmValidationException;
import org.crmkernel.model.error.RecordNotFoundException;
import org.crmkernel.model.error.StaleVersionException;
import org.crmkernel.model.error.Violation;
import org.crmkernel.model.event.DomainEvent;
import org.crmkernel.model.event.EventType;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.ContactId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.value.PostalAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Assigning leads by the rules: criteria, order, targets, distributions, and what an assignment records. */
class LeadAssignmentTest extends AssignmentTestSupport {

  User ada;
  User bob;
  User cy;
  User dan;

  @BeforeEach
  void salesPeople() {
    ada = user("Ada Lovelace", dach);
    bob = user("Bob Bauer", dach);
    cy = user("Cy Young", dach);
    dan = user("Dan Dorn", dach);
  }

  static PostalAddress address(String region, String postalCode, String country) {
    return PostalAddress.of(null, "Somewhere", region, postalCode, country);
  }

  static Stream<Arguments> criteria() {
    return Stream.of(
        criterion("country", r -> r.countries("de", "AT"),
            l -> l.address(address(null, "10115", "DE")), l -> l.address(address(null, "1000", "BE")),
            l -> l.address(address("Bavaria", "80331", null))),
        criterion("region", r -> r.regions(" Bavaria "),
            l -> l.address(address("BAVARIA", null, "DE")), l -> l.address(address("Hesse", null, "DE")),
            l -> l.address(address(null, "80331", "DE"))),
        criterion("postal code prefix", r -> r.postalCodePrefixes("80 3", "81"),
            l -> l.address(address(null, "80331", "DE")), l -> l.address(address(null, "10115", "DE")),
            l -> l.address(address("Bavaria", null, "DE"))),
        criterion("industry", r -> r.industries("Software"),
            l -> l.industry("software"), l -> l.industry("Retail"), l -> l),
        criterion("source", r -> r.sources("Web", "Trade show"),
            l -> l.source("trade SHOW"), l -> l.source("Cold call"), l -> l),
        criterion("company size", r -> r.employees(100, 999),
            l -> l.employeeCount(999), l -> l.employeeCount(1000), l -> l),
        criterion("company size from", r -> r.minEmployees(100),
            l -> l.employeeCount(100), l -> l.employeeCount(99), l -> l));
  }

  static Arguments criterion(String name, UnaryOperator<AssignmentRuleDraft.Builder> criterion,
      UnaryOperator<LeadDraft.Builder> matching, UnaryOperator<LeadDraft.Builder> other,
      UnaryOperator<LeadDraft.Builder> withoutValue) {
    return Arguments.of(name, criterion, matching, other, withoutValue);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void eachCriterionTakesMatchingLeadsOnly(String name, UnaryOperator<AssignmentRuleDraft.Builder> criterion,
      UnaryOperator<LeadDraft.Builder> matching, UnaryOperator<LeadDraft.Builder> other,
      UnaryOperator<LeadDraft.Builder> withoutValue) {
    rule("By " + name, 1, toUser(ada), criterion);
    rule("Everything else", 2, toUser(bob), b -> b);

    assertThat(assignedOwner(lead(matching)).map(User::id)).contains(ada.id());
    assertThat(assignedOwner(lead(other)).map(User::id)).contains(bob.id());
    assertThat(assignedOwner(lead(withoutValue)).map(User::id)).as("a lead without the value").contains(bob.id());
  }

  @Test
  void allCriteriaOfARuleMustHold() {
    rule("DACH enterprise", 1, toUser(ada), r -> r.countries("DE").industries("Software").minEmployees(500));
    rule("Everything else", 2, toUser(bob), b -> b);

    assertThat(assignedOwner(lead(l -> l.address(address(null, null, "DE")).industry("Software").employeeCount(800)))
        .map(User::id)).contains(ada.id());
    assertThat(assignedOwner(lead(l -> l.address(address(null, null, "DE")).industry("Software").employeeCount(20)))
        .map(User::id)).contains(bob.id());
    assertThat(assignedOwner(lead(l -> l.address(address(null, null, "FR")).industry("Software").employeeCount(800)))
        .map(User::id)).contains(bob.id());
  }

  @Test
  void rulesAreTriedByPositionNotByCreationAndInactiveRulesAreSkipped() {
    LeadAssignmentRule later = rule("Germany (Ada)", 20, toUser(ada), r -> r.countries("DE"));
    LeadAssignmentRule first = rule("Germany (Bob)", 10, toUser(bob), r -> r.countries("DE"));
    LeadAssignmentRule off = rule("Everything (Cy, off)", 5, toUser(cy), r -> r.active(false));

    assertThat(assignment().rules()).extracting(LeadAssignmentRule::id).containsExactly(off.id(), first.id(), later.id());
    Lead lead = lead(l -> l.address(address(null, null, "DE")));
    LeadAssignment done = assignment().assign(lead.id(), lead.version()).orElseThrow();
    assertThat(done.owner()).isEqualTo(bob.id());
    assertThat(done.ruleId()).isEqualTo(first.id());
    assertThat(done.ruleName()).isEqualTo("Germany (Bob)");
    assertThat(done.reason()).isEqualTo("rule 'Germany (Bob)' (position 10): country DE -> Bob Bauer");
  }

  @Test
  void aUserTargetGetsTheLeadAndItsUnitBecomesTheOwningUnit() {
    LeadAssignmentRule rule = rule("Everything", 1, toUser(ada), b -> b);
    Lead lead = lead(l -> l);

    LeadAssignment done = assignment().assign(lead.id(), lead.version()).orElseThrow();

    assertThat(done.lead().ownership().owner()).isEqualTo(Owner.user(ada.id()));
    assertThat(done.lead().ownership().owningUnitId()).isEqualTo(dach.id());
    assertThat(done.lead().version()).isEqualTo(lead.version() + 1);
    assertThat(session.leads().get(lead.id())).isEqualTo(done.lead());
    assertThat(done.reason()).isEqualTo("rule 'Everything' (position 1): any lead -> Ada Lovelace");
    LeadAssignmentRule counted = assignment().getRule(rule.id());
    assertThat(counted.assignedCount()).isEqualTo(1);
    assertThat(counted.version()).isEqualTo(rule.version() + 1);
  }

  @Test
  void noMatchingRuleLeavesTheLeadUnchangedAndWritesNothing() {
    rule("Austria", 1, toUser(ada), r -> r.countries("AT"));
    Lead lead = lead(l -> l.address(address(null, null, "DE")));
    Footprint before = footprint();

    Optional<LeadAssignment> done = assignment().assign(lead.id(), lead.version());

    assertThat(done).isEmpty();
    assertThat(footprint()).isEqualTo(before);
    Optional<AssignmentDecision> preview = assignment().preview(lead.id());
    assertThat(preview).isEmpty();
  }

  @Test
  void anInactiveUserPassesTheLeadOnAndTheReasonSaysSo() {
    rule("Bob's leads", 1, toUser(bob), b -> b);
    rule("Ada's leads", 2, toUser(ada), b -> b);
    deactivate(bob);
    Lead lead = lead(l -> l);

    LeadAssignment done = assignment().assign(lead.id(), lead.version()).orElseThrow();

    assertThat(done.owner()).isEqualTo(ada.id());
    assertThat(done.reason()).isEqualTo("rule 'Ada's leads' (position 2): any lead -> Ada Lovelace"
        + "; passed over rule 'Bob's leads' (position 1): user Bob Bauer is inactive");
  }

  @Test
  void roundRobinGivesActiveMembersTheirTurnsInIdOrderAndSkipsInactiveOnes() {
    Team team = team("Sales DACH", dan, cy, ada, bob);
    deactivate(dan);
    LeadAssignmentRule rule = rule("DACH", 1, roundRobin(team), b -> b);
    List<User> activeInIdOrder = new ArrayList<>(List.of(ada, bob, cy));
    activeInIdOrder.sort((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.id().value(), b.id().value()));

    List<User> owners = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      owners.add(assignedOwner(lead(l -> l)).orElseThrow());
    }

    List<User> expected = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      expected.add(activeInIdOrder.get(i % 3));
    }
    assertThat(owners).extracting(User::id).containsExactlyElementsOf(expected.stream().map(User::id).toList());
    Map<String, Integer> counts = new TreeMap<>();
    owners.forEach(o -> counts.merge(o.fullName(), 1, Integer::sum));
    assertThat(Collections.max(counts.values()) - Collections.min(counts.values())).isLessThanOrEqualTo(1);
    assertThat(counts).doesNotContainKey("Dan Dorn");
    assertThat(assignment().getRule(rule.id()).assignedCount()).isEqualTo(10);
  }

  @Test
  void theReasonNamesTheRuleTheValuesAndTheTurn() {
    Team team = team("Sales DACH", ada, bob);
    rule("DACH enterprise", 3, roundRobin(team), r -> r.countries("DE").minEmployees(250));
    User first = Uuid7.UNSIGNED_ORDER.compare(ada.id().value(), bob.id().value()) < 0 ? ada : bob;
    Lead lead = lead(l -> l.address(address(null, null, "DE")).employeeCount(500));

    AssignmentDecision decision = assignment().preview(lead.id()).orElseThrow();

    assertThat(decision.reason()).isEqualTo("rule 'DACH enterprise' (position 3): country DE, 500 employees;"
        + " round robin turn 1 of team 'Sales DACH' (member 1 of 2) -> " + first.fullName());
  }

  @Test
  void aTeamWithoutActiveMembersPassesTheLeadOn() {
    Team team = team("Night shift", dan);
    deactivate(dan);
    Team empty = team("Nobody");
    rule("Night", 1, roundRobin(team), b -> b);
    rule("Empty", 2, loadBalanced(empty), b -> b);
    rule("Day", 3, toUser(cy), b -> b);

    LeadAssignment done = assignment().assign(lead(l -> l).id(), 1).orElseThrow();

    assertThat(done.owner()).isEqualTo(cy.id());
    assertThat(done.reason()).endsWith("; passed over rule 'Night' (position 1): team 'Night shift' has no active member"
        + "; rule 'Empty' (position 2): team 'Nobody' has no active member");
  }

  @Test
  void loadBalancingGivesTheLeadToTheMemberWithFewestOpenLeadsTiesToTheSmallestId() {
    Team team = team("Sales DACH", ada, bob, cy);
    ownedBy(ada, LeadStatus.NEW);
    ownedBy(ada, LeadStatus.WORKING);
    ownedBy(bob, LeadStatus.NURTURING);
    ownedBy(cy, LeadStatus.NEW);
    // Closed or archived leads are no load.
    ownedBy(bob, LeadStatus.QUALIFIED);
    ownedBy(bob, LeadStatus.DISQUALIFIED);
    Lead archived = ownedBy(bob, LeadStatus.NEW);
    session.leads().archive(archived.id(), archived.version());
    rule("Balanced", 1, loadBalanced(team), b -> b);
    User smaller = Uuid7.UNSIGNED_ORDER.compare(bob.id().value(), cy.id().value()) < 0 ? bob : cy;
    User larger = smaller == bob ? cy : bob;

    LeadAssignment first = assignment().assign(lead(l -> l).id(), 1).orElseThrow();
    LeadAssignment second = assignment().assign(lead(l -> l).id(), 1).orElseThrow();

    assertThat(first.owner()).isEqualTo(smaller.id());
    assertThat(first.reason()).endsWith("fewest open leads (1) in team 'Sales DACH' -> " + smaller.fullName());
    assertThat(second.owner()).isEqualTo(larger.id());
  }

  @Test
  void theLeadBeingAssignedIsNoLoadOfItsCurrentOwner() {
    Team team = team("Pair", ada, bob);
    User smaller = Uuid7.UNSIGNED_ORDER.compare(ada.id().value(), bob.id().value()) < 0 ? ada : bob;
    rule("Balanced", 1, loadBalanced(team), b -> b);
    Lead lead = ownedBy(smaller, LeadStatus.NEW);

    LeadAssignment done = assignment().assign(lead.id(), lead.version()).orElseThrow();

    assertThat(done.owner()).isEqualTo(smaller.id());
  }

  @Test
  void theRulesMayPickTheCurrentOwnerAndTheTurnIsStillTaken() {
    LeadAssignmentRule rule = rule("Ada's", 1, toUser(ada), b -> b);
    Lead lead = ownedBy(ada, LeadStatus.NEW);
    sink.clear();

    LeadAssignment done = assignment().assign(lead.id(), lead.version()).orElseThrow();

    assertThat(done.lead().version()).isEqualTo(lead.version() + 1);
    assertThat(assignment().getRule(rule.id()).assignedCount()).isEqualTo(1);
    assertThat(sink.eventsOfType(EventType.LEAD_ASSIGNED)).singleElement().satisfies(event -> assertThat(event.changes())
        .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
        .containsExactly(
            tuple("owner", Optional.of(ada.id().ref().toString()), Optional.of(ada.id().ref().toString())),
            tuple("assignmentRule", Optional.empty(), Optional.of("Ada's (" + rule.id() + ")"))));
  }

  @Test
  void anAssignmentIsAuditedAndNotifiesTheNewOwnerInOneEvent() {
    LeadAssignmentRule rule = rule("Everything", 1, toUser(ada), b -> b);
    Lead lead = lead(l -> l);
    sink.clear();

    Lead stored = assignment().assign(lead.id(), lead.version()).orElseThrow().lead();

    List<AuditEntry> entries = historyOf(lead.id().ref());
    AuditEntry assigned = entries.stream().filter(e -> e.operation() == AuditOperation.ASSIGN).findFirst().orElseThrow();
    List<org.assertj.core.groups.Tuple> expected = List.of(
        tuple("owner", Optional.of(intake.id().ref().toString()), Optional.of(ada.id().ref().toString())),
        tuple("owningUnit", Optional.of(root.id().ref().toString()), Optional.of(dach.id().ref().toString())),
        tuple("assignmentRule", Optional.empty(), Optional.of("Everything (" + rule.id() + ")")));
    assertThat(assigned.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
        .containsExactlyElementsOf(expected);
    assertThat(entries).extracting(AuditEntry::operation).containsExactlyInAnyOrder(AuditOperation.CREATE, AuditOperation.ASSIGN);
    // The rule's count is part of the assignment, not an edit of the rule.
    assertThat(historyOf(rule.id().ref())).extracting(AuditEntry::operation).containsExactly(AuditOperation.CREATE);

    assertThat(sink.events()).singleElement().satisfies(event -> {
      assertThat(event.type()).isEqualTo(EventType.LEAD_ASSIGNED);
      assertThat(event.subject()).isEqualTo(lead.id().ref());
      assertThat(event.subjectVersion()).isEqualTo(stored.version());
      assertThat(event.correlationId()).isEqualTo(assigned.correlationId());
      assertThat(event.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
          .containsExactlyElementsOf(expected);
    });
  }

  @Test
  void previewWritesNothingAndForetellsTheAssignment() {
    Team team = team("Sales DACH", ada, bob, cy);
    rule("DACH", 1, roundRobin(team), b -> b);
    assignedOwner(lead(l -> l)); // the turn moves on
    Lead lead = lead(l -> l);
    Footprint before = footprint();

    AssignmentDecision preview = assignment().preview(lead.id()).orElseThrow();
    AssignmentDecision again = assignment().preview(lead.id()).orElseThrow();

    assertThat(footprint()).isEqualTo(before);
    assertThat(again).isEqualTo(preview);
    LeadAssignment done = assignment().assign(lead.id(), lead.version()).orElseThrow();
    assertThat(done.owner()).isEqualTo(preview.owner());
    assertThat(done.ruleId()).isEqualTo(preview.rule().id());
    assertThat(done.reason()).isEqualTo(preview.reason());
  }

  @Test
  void aConvertedLeadCannotBeAssignedOrPreviewed() {
    rule("Everything", 1, toUser(ada), b -> b);
    Lead lead = lead(l -> l);
    Lead converted = store.write(tx -> tx.leads().update(lead.withOutcome(LeadStatus.CONVERTED, Optional.empty(),
        Optional.of(new LeadConversion(AccountId.generate(clock), ContactId.generate(clock), Optional.empty(),
            clock.instant()))).withRevision(lead.revision().next(clock.instant())), lead.version()));
    Footprint before = footprint();

    assertThatThrownBy(() -> assignment().assign(converted.id(), converted.version()))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactly(tuple("lead", "converted")));
    assertThatThrownBy(() -> assignment().preview(converted.id())).isInstanceOf(CrmValidationException.class);
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void aStaleLeadVersionIsRefusedAndNothingIsWritten() {
    rule("Everything", 1, toUser(ada), b -> b);
    Lead lead = lead(l -> l);
    Lead edited = session.leads().update(lead.id(), lead.version(), b -> b.company("Edited GmbH"));
    Footprint before = footprint();

    assertThatThrownBy(() -> assignment().assign(lead.id(), lead.version()))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(lead.version());
          assertThat(e.actualVersion()).isEqualTo(edited.version());
        });
    assertThat(footprint()).isEqualTo(before);
  }

  @Test
  void anotherTenantsLeadIsNotFound() {
    rule("Everything", 1, toUser(ada), b -> b);
    CrmSession other = crm.tenant(TenantId.generate(clock)).system();
    var otherRoot = other.directory().createRootUnit("Other");
    User otherUser = other.directory().createUser("Olga Other", "olga@other.example", otherRoot.id(), Optional.empty());
    Lead foreign = other.leads().create(LeadDraft.builder("For", "Eign").owner(Owner.user(otherUser.id())).build());

    assertThatThrownBy(() -> assignment().assign(foreign.id(), foreign.version())).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> assignment().preview(foreign.id())).isInstanceOf(RecordNotFoundException.class);
    assertThat(other.leads().get(foreign.id())).isEqualTo(foreign);
  }

  @Test
  void aMissingLeadIdIsBadInput() {
    assertThatThrownBy(() -> assignment().assign(null, 1))
        .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::code).containsExactly(tuple("lead", "required")));
  }

  @Test
  void eventsOfOtherAssignmentsAreTheirOwn() {
    Team team = team("Sales DACH", ada, bob);
    rule("DACH", 1, roundRobin(team), b -> b);
    Lead one = lead(l -> l);
    Lead two = lead(l -> l);
    sink.clear();

    LeadAssignment first = assignment().assign(one.id(), one.version()).orElseThrow();
    LeadAssignment second = assignment().assign(two.id(), two.version()).orElseThrow();

    assertThat(sink.eventsOfType(EventType.LEAD_ASSIGNED)).extracting(DomainEvent::subject)
        .containsExactly(one.id().ref(), two.id().ref());
    assertThat(first.owner()).isNotEqualTo(second.owner());
  }

  private Lead ownedBy(User user, LeadStatus status) {
    return session.leads().create(LeadDraft.builder("Old", "Lead").owner(Owner.user(user.id())).status(status).build());
  }
}
