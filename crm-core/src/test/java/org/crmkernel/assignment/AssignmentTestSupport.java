package org.crmkernel.assignment;

import org.crmkernel.TestStores;
import org.crmkernel.spi.CrmStore;
import org.crmkernel.StoredRoles;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.access.RoleGrants;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.audit.AuditEntry;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.RoleId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.spi.TenantProfiles;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.testkit.fixtures.MutableClock;
import org.crmkernel.testkit.fixtures.RecordingNotificationSink;
import org.junit.jupiter.api.BeforeEach;

/**
 * A kernel on the in-memory store with a recording sink and a small sales organisation: a root
 * unit, a unit "Sales DACH" and users; leads come in owned by an intake user in the root unit.
 */
abstract class AssignmentTestSupport {

  final MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T10:00:00Z"));
  final CrmStore store = TestStores.create();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  final Crm crm = Crm.builder().store(store).clock(clock).notifications(sink)
      .tenantProfiles(TenantProfiles.fixed(TenantProfile.of("DE", "EUR"))).build();
  final TenantId tenant = TenantId.generate(clock);
  final CrmSession session = crm.tenant(tenant).system();
  BusinessUnit root;
  BusinessUnit dach;
  User intake;

  @BeforeEach
  void createOrganisation() {
    root = session.directory().createRootUnit("Acme GmbH");
    dach = session.directory().createUnit("Sales DACH", root.id());
    intake = user("Ivy Intake", root);
    sink.clear();
  }

  LeadAssignmentService assignment() {
    return session.leadAssignment();
  }

  User user(String name, BusinessUnit unit) {
    return session.directory().createUser(name, name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@acme.example",
        unit.id(), Optional.empty());
  }

  Team team(String name, User... members) {
    return session.directory().createTeam(name, TeamType.OWNER, dach.id(), List.of(members).stream().map(User::id).toList());
  }

  void deactivate(User user) {
    User current = session.directory().findUser(user.id()).orElseThrow();
    session.directory().deactivateUser(current.id(), current.version());
  }

  /** A new lead owned by the intake user. */
  Lead lead(UnaryOperator<LeadDraft.Builder> details) {
    return session.leads().create(details.apply(LeadDraft.builder("Lea", "Lead").owner(Owner.user(intake.id()))).build());
  }

  LeadAssignmentRule rule(String name, int position, AssignmentTarget target,
      UnaryOperator<AssignmentRuleDraft.Builder> criteria) {
    return assignment().createRule(criteria.apply(AssignmentRuleDraft.builder(name, position, target)).build());
  }

  static AssignmentTarget toUser(User user) {
    return AssignmentTarget.user(user.id());
  }

  static AssignmentTarget roundRobin(Team team) {
    return AssignmentTarget.team(team.id(), Distribution.ROUND_ROBIN);
  }

  static AssignmentTarget loadBalanced(Team team) {
    return AssignmentTarget.team(team.id(), Distribution.LOAD_BALANCED);
  }

  /** The lead's owner after assigning it by the rules, as stored. */
  Optional<User> assignedOwner(Lead lead) {
    return assignment().assign(lead.id(), lead.version())
        .map(done -> session.directory().findUser(done.owner()).orElseThrow());
  }

  List<AuditEntry> historyOf(RecordRef ref) {
    return session.audit().historyOf(ref, 100, Optional.empty()).items();
  }

  // ---- access: roles written straight to the store, with the access version bumped as the kernel does

  RoleId role(String name, RoleGrants grants) {
    return new StoredRoles(store, tenant, clock).role(name, grants);
  }

  /** Gives {@code user} the roles (replacing theirs) and bumps the access version. */
  void giveRoles(User user, RoleId... roles) {
    new StoredRoles(store, tenant, clock).giveRoles(user, roles);
  }

  CrmSession as(User user) {
    return crm.tenant(tenant).as(user.id());
  }

  /** What a write leaves behind, to check that a failed call wrote nothing. */
  record Footprint(List<LeadAssignmentRule> rules, List<Lead> leads, long audit, long pendingEvents) {}

  Footprint footprint() {
    return new Footprint(
        store.read(tx -> {
          try (var rules = tx.leadAssignmentRules().scan(tenant, Filter.all())) {
            return rules.toList();
          }
        }),
        store.read(tx -> {
          try (var leads = tx.leads().scan(tenant, Filter.all())) {
            return leads.toList();
          }
        }),
        session.audit().count(Filter.all()),
        crm.relay().pending());
  }
}
