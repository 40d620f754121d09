package org.crmkernel.assignment;

import org.crmkernel.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.crmkernel.Crm;
import org.crmkernel.CrmSession;
import org.crmkernel.customer.LeadDraft;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.directory.BusinessUnit;
import org.crmkernel.model.directory.Team;
import org.crmkernel.model.directory.TeamType;
import org.crmkernel.model.directory.User;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.tenant.TenantProfile;
import org.crmkernel.spi.TenantProfiles;
import org.crmkernel.testkit.fixtures.MutableClock;

/**
 * Round robin and load balancing through the kernel and the in-memory store: the turn and the
 * load live in the store between calls, and what preview foretells is what assign does.
 */
class LeadAssignmentServiceProperties {

  @Property(tries = 25)
  void roundRobinThroughTheKernelIsFairAndForetold(
      @ForAll @Size(min = 1, max = 6) List<Boolean> memberActive,
      @ForAll @IntRange(min = 0, max = 20) int leads) {
    Organisation org = new Organisation(memberActive);
    org.rules(Distribution.ROUND_ROBIN);

    Map<UserId, Integer> counts = org.assignAll(leads);

    List<UserId> active = org.activeMembers();
    if (active.isEmpty()) {
      assertThat(counts).isEmpty();
      return;
    }
    assertThat(active).containsAll(counts.keySet());
    List<Integer> perMember = active.stream().map(m -> counts.getOrDefault(m, 0)).toList();
    assertThat(Collections.max(perMember) - Collections.min(perMember)).isLessThanOrEqualTo(1);
  }

  @Property(tries = 25)
  void loadBalancingThroughTheKernelKeepsOpenLeadsLevel(
      @ForAll @Size(min = 1, max = 6) List<Boolean> memberActive,
      @ForAll @IntRange(min = 0, max = 20) int leads) {
    Organisation org = new Organisation(memberActive);
    org.rules(Distribution.LOAD_BALANCED);

    Map<UserId, Integer> counts = org.assignAll(leads);

    List<UserId> active = org.activeMembers();
    assertThat(active).containsAll(counts.keySet());
    if (!active.isEmpty()) {
      // Everyone starts with no leads, and each lead goes to someone with the fewest.
      List<Integer> perMember = active.stream().map(m -> counts.getOrDefault(m, 0)).toList();
      assertThat(Collections.max(perMember) - Collections.min(perMember)).isLessThanOrEqualTo(1);
    }
  }

  /** A fresh kernel and tenant with one team, some of its members inactive. */
  static final class Organisation {
    final MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T10:00:00Z"));
    final Crm crm = Crm.builder().store(TestStores.create()).clock(clock)
        .tenantProfiles(TenantProfiles.fixed(TenantProfile.of("DE", "EUR"))).build();
    final CrmSession session = crm.tenant(TenantId.generate(clock)).system();
    final BusinessUnit root = session.directory().createRootUnit("Acme");
    final User intake = session.directory().createUser("Ivy Intake", "ivy@acme.example", root.id(), Optional.empty());
    final List<User> members = new ArrayList<>();
    final Team team;

    Organisation(List<Boolean> memberActive) {
      for (int i = 0; i < memberActive.size(); i++) {
        members.add(session.directory().createUser("Member " + i, "m" + i + "@acme.example", root.id(), Optional.empty()));
      }
      team = session.directory().createTeam("Team", TeamType.OWNER, root.id(), members.stream().map(User::id).toList());
      for (int i = 0; i < memberActive.size(); i++) {
        if (!memberActive.get(i)) {
          session.directory().deactivateUser(members.get(i).id(), members.get(i).version());
        }
      }
    }

    void rules(Distribution distribution) {
      session.leadAssignment().createRule(AssignmentRuleDraft.builder("Team", 1, AssignmentTarget.team(team.id(),
          distribution)).build());
    }

    List<UserId> activeMembers() {
      return members.stream().map(m -> session.directory().findUser(m.id()).orElseThrow())
          .filter(User::active).map(User::id).toList();
    }

    /** Assigns {@code leads} new leads, checking each against its preview; the owners' counts. */
    Map<UserId, Integer> assignAll(int leads) {
      Map<UserId, Integer> counts = new HashMap<>();
      for (int i = 0; i < leads; i++) {
        Lead lead = session.leads().create(LeadDraft.builder("Lea", "Lead " + i).owner(Owner.user(intake.id())).build());
        Optional<UserId> foretold = session.leadAssignment().preview(lead.id()).map(AssignmentDecision::owner);
        Optional<UserId> owner = session.leadAssignment().assign(lead.id(), lead.version()).map(LeadAssignment::owner);
        assertThat(owner).isEqualTo(foretold);
        owner.ifPresent(o -> counts.merge(o, 1, Integer::sum));
      }
      return counts;
    }
  }
}
