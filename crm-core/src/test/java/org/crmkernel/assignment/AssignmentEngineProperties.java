package org.crmkernel.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.crmkernel.assignment.internal.AssignmentChoice;
import org.crmkernel.assignment.internal.AssignmentEngine;
import org.crmkernel.assignment.internal.AssignmentState;
import org.crmkernel.model.assignment.AssignmentCriteria;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Lead;
import org.crmkernel.model.customer.LeadStatus;
import org.crmkernel.model.field.CustomFields;
import org.crmkernel.model.id.AssignmentRuleId;
import org.crmkernel.model.id.BusinessUnitId;
import org.crmkernel.model.id.LeadId;
import org.crmkernel.model.id.TeamId;
import org.crmkernel.model.id.TenantId;
import org.crmkernel.model.id.UserId;
import org.crmkernel.model.id.Uuid7;
import org.crmkernel.model.record.Owner;
import org.crmkernel.model.record.Ownership;
import org.crmkernel.model.record.RecordState;
import org.crmkernel.model.record.Revision;
import org.crmkernel.model.value.PersonName;
import org.crmkernel.model.value.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * The decision engine as a pure function: round robin is fair, load balancing picks a least
 * loaded member, the first rule that can take a lead takes it, and the same input and state give
 * the same decisions, also when a recorded sequence of assignments is replayed.
 */
class AssignmentEngineProperties {

  static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  static final TenantId TENANT = TenantId.of(new UUID(7, 7));
  static final BusinessUnitId UNIT = BusinessUnitId.of(new UUID(1, 1));
  static final UserId INTAKE = UserId.of(new UUID(0, 1));
  static final TeamId TEAM = TeamId.of(new UUID(3, 3));

  // ---- round robin

  @Property
  void roundRobinCountsDifferByAtMostOneAmongActiveMembers(
      @ForAll @Size(min = 1, max = 12) List<Boolean> memberActive,
      @ForAll @IntRange(min = 0, max = 300) int leads,
      @ForAll @LongRange(min = 0, max = 1_000_000) long startCount) {
    List<UserId> members = IntStream.range(0, memberActive.size()).mapToObj(AssignmentEngineProperties::userId).toList();
    Set<UserId> inactive = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      if (!memberActive.get(i)) {
        inactive.add(members.get(i));
      }
    }
    FakeState state = new FakeState(Map.of(TEAM, members), inactive, Map.of());
    LeadAssignmentRule rule = rule(0, AssignmentCriteria.any(), AssignmentTarget.team(TEAM, Distribution.ROUND_ROBIN),
        true, startCount);
    Map<UserId, Integer> counts = new HashMap<>();
    members.stream().filter(m -> !inactive.contains(m)).forEach(m -> counts.put(m, 0));

    for (int i = 0; i < leads; i++) {
      Optional<AssignmentChoice> choice = AssignmentEngine.decide(lead(LeadSpec.ANY), List.of(rule), state);
      if (counts.isEmpty()) {
        assertThat(choice).isEmpty();
        continue;
      }
      UserId owner = choice.orElseThrow().owner();
      assertThat(counts).containsKey(owner);
      counts.merge(owner, 1, Integer::sum);
      rule = rule.counted(rule.revision().next(NOW));
    }

    if (!counts.isEmpty()) {
      assertThat(Collections.max(counts.values()) - Collections.min(counts.values())).isLessThanOrEqualTo(1);
      assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(leads);
    }
  }

  @Example
  void roundRobinFollowsUnsignedIdOrderWhateverTheTurnCount() {
    UserId low = UserId.of(new UUID(0x1000_0000_0000_0000L, 0));
    UserId high = UserId.of(new UUID(0x9000_0000_0000_0000L, 0)); // negative as a signed long
    FakeState state = new FakeState(Map.of(TEAM, List.of(high, low)), Set.of(), Map.of());
    LeadAssignmentRule rule = rule(0, AssignmentCriteria.any(), AssignmentTarget.team(TEAM, Distribution.ROUND_ROBIN),
        true, Long.MAX_VALUE - 1);

    UserId first = AssignmentEngine.decide(lead(LeadSpec.ANY), List.of(rule), state).orElseThrow().owner();
    UserId second = AssignmentEngine.decide(lead(LeadSpec.ANY), List.of(rule.counted(rule.revision().next(NOW))), state)
        .orElseThrow().owner();

    assertThat(List.of(first, second)).containsExactly(low, high);
  }

  // ---- load balancing

  @Property
  void loadBalancingPicksAnActiveMemberWithTheFewestOpenLeadsAndTheSmallestIdAmongThem(
      @ForAll("members") List<Member> team) {
    List<UserId> ids = team.stream().map(Member::id).toList();
    Set<UserId> inactive = new HashSet<>();
    Map<UserId, Long> open = new HashMap<>();
    team.forEach(m -> {
      if (!m.active()) {
        inactive.add(m.id());
      }
      open.put(m.id(), m.openLeads());
    });
    LeadAssignmentRule rule = rule(0, AssignmentCriteria.any(), AssignmentTarget.team(TEAM, Distribution.LOAD_BALANCED),
        true, 0);

    Optional<AssignmentChoice> choice = AssignmentEngine.decide(lead(LeadSpec.ANY), List.of(rule),
        new FakeState(Map.of(TEAM, ids), inactive, open));

    List<Member> active = team.stream().filter(Member::active).toList();
    if (active.isEmpty()) {
      assertThat(choice).isEmpty();
      return;
    }
    long least = active.stream().mapToLong(Member::openLeads).min().orElseThrow();
    UserId expected = active.stream().filter(m -> m.openLeads() == least).map(Member::id)
        .min((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value())).orElseThrow();
    assertThat(choice.orElseThrow().owner()).isEqualTo(expected);
    assertThat(choice.get().reason()).contains("fewest open leads (" + least + ")");
  }

  @Provide
  Arbitrary<List<Member>> members() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs().between(0, 4),
            mostlyTrue())
        .as((bits, open, active) -> new Member(UserId.of(new UUID(bits, bits ^ 0x5DEECE66DL)), open, active))
        .list().ofMinSize(1).ofMaxSize(12).uniqueElements(Member::id);
  }

  record Member(UserId id, long openLeads, boolean active) {}

  // ---- rule order, determinism and replay

  @Property(tries = 300) // scenarios are large; 300 tries keep the suite quick
  void theFirstActiveRuleThatMatchesAndHasAnActiveUserTakesTheLead(@ForAll("scenarios") Scenario scenario) {
    FakeState state = scenario.state();
    for (Lead lead : scenario.leads()) {
      Optional<AssignmentChoice> choice = AssignmentEngine.decide(lead, scenario.rules(), state);

      Optional<LeadAssignmentRule> expected = scenario.rules().stream()
          .filter(r -> r.active() && r.criteria().matches(lead) && canTake(r.target(), state)).findFirst();
      assertThat(choice.map(AssignmentChoice::rule)).isEqualTo(expected);
      choice.ifPresent(c -> {
        assertThat(state.isActive(c.owner())).isTrue();
        if (c.rule().target() instanceof AssignmentTarget.ToUser toUser) {
          assertThat(c.owner()).isEqualTo(toUser.user());
        } else {
          assertThat(state.activeMembers(((AssignmentTarget.ToTeam) c.rule().target()).team())).contains(c.owner());
        }
        assertThat(c.reason()).startsWith("rule '" + c.rule().name() + "' (position " + c.rule().position() + ")");
      });
    }
  }

  @Property(tries = 300) // scenarios are large; 300 tries keep the suite quick
  void theSameLeadRulesAndStateGiveTheSameDecision(@ForAll("scenarios") Scenario scenario) {
    for (Lead lead : scenario.leads()) {
      Optional<AssignmentChoice> once = AssignmentEngine.decide(lead, scenario.rules(), scenario.state());
      Optional<AssignmentChoice> twice = AssignmentEngine.decide(lead, List.copyOf(scenario.rules()), scenario.state());

      assertThat(twice).isEqualTo(once);
    }
  }

  @Property(tries = 300) // scenarios are large; 300 tries keep the suite quick
  void replayingASequenceOfAssignmentsFromTheSameStartGivesTheSameOwners(@ForAll("scenarios") Scenario scenario) {
    List<Optional<UserId>> recorded = run(scenario);
    List<Optional<UserId>> replayed = run(scenario);

    assertThat(replayed).isEqualTo(recorded);
  }

  /**
   * Assigns the scenario's leads one after another as the service does: the chosen rule counts
   * the lead, and an open lead adds to its new owner's load.
   */
  static List<Optional<UserId>> run(Scenario scenario) {
    List<LeadAssignmentRule> rules = new ArrayList<>(scenario.rules());
    FakeState state = scenario.state().copy();
    List<Optional<UserId>> owners = new ArrayList<>();
    for (Lead lead : scenario.leads()) {
      Optional<AssignmentChoice> choice = AssignmentEngine.decide(lead, List.copyOf(rules), state);
      choice.ifPresent(c -> {
        int at = rules.indexOf(c.rule());
        rules.set(at, c.rule().counted(c.rule().revision().next(NOW)));
        if (lead.status().isOpen()) {
          state.open().merge(c.owner(), 1L, Long::sum);
        }
      });
      owners.add(choice.map(AssignmentChoice::owner));
    }
    return owners;
  }

  static boolean canTake(AssignmentTarget target, AssignmentState state) {
    return target instanceof AssignmentTarget.ToUser toUser ? state.isActive(toUser.user())
        : !state.activeMembers(((AssignmentTarget.ToTeam) target).team()).isEmpty();
  }

  record Scenario(List<LeadAssignmentRule> rules, FakeState state, List<Lead> leads) {}

  record RuleSpec(AssignmentCriteria criteria, int target, Distribution distribution, boolean active, long count) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<List<Long>> userBits = Arbitraries.longs().list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    return userBits.flatMap(bits -> {
      List<UserId> users = bits.stream().map(b -> UserId.of(new UUID(b, ~b))).toList();
      int n = users.size();
      Arbitrary<List<Boolean>> active = mostlyTrue().list().ofSize(n);
      Arbitrary<List<Long>> open = Arbitraries.longs().between(0, 5).list().ofSize(n);
      Arbitrary<List<Set<Integer>>> teams = Arbitraries.integers().between(0, n - 1).set().ofMaxSize(n)
          .list().ofMinSize(1).ofMaxSize(3);
      Arbitrary<List<RuleSpec>> rules = Combinators.combine(criteria(), Arbitraries.integers().between(0, n + 2),
          Arbitraries.of(Distribution.class), mostlyTrue(), Arbitraries.longs().between(0, 50))
          .as(RuleSpec::new).list().ofMaxSize(8);
      Arbitrary<List<Lead>> leads = leads().list().ofMinSize(1).ofMaxSize(25);
      return Combinators.combine(active, open, teams, rules, leads)
          .as((a, o, t, r, l) -> scenario(users, a, o, t, r, l));
    });
  }

  static Scenario scenario(List<UserId> users, List<Boolean> active, List<Long> open, List<Set<Integer>> teamIndexes,
      List<RuleSpec> specs, List<Lead> leads) {
    Map<TeamId, List<UserId>> teams = new HashMap<>();
    for (int t = 0; t < teamIndexes.size(); t++) {
      teams.put(teamId(t), teamIndexes.get(t).stream().map(users::get).toList());
    }
    Set<UserId> inactive = new HashSet<>();
    Map<UserId, Long> load = new HashMap<>();
    for (int i = 0; i < users.size(); i++) {
      if (!active.get(i)) {
        inactive.add(users.get(i));
      }
      load.put(users.get(i), open.get(i));
    }
    List<LeadAssignmentRule> rules = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      RuleSpec spec = specs.get(i);
      // Targets past the users name teams; one past the teams names a team that does not exist.
      AssignmentTarget target = spec.target() < users.size() ? AssignmentTarget.user(users.get(spec.target()))
          : AssignmentTarget.team(teamId(spec.target() - users.size()), spec.distribution());
      rules.add(rule(i * 10, spec.criteria(), target, spec.active(), spec.count()));
    }
    return new Scenario(List.copyOf(rules), new FakeState(teams, inactive, load), leads);
  }

  static Arbitrary<Boolean> mostlyTrue() {
    return Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
  }

  static Arbitrary<AssignmentCriteria> criteria() {
    Arbitrary<Set<String>> countries = Arbitraries.of("DE", "AT", "US").set().ofMaxSize(2);
    Arbitrary<Set<String>> regions = Arbitraries.of("Bavaria", "Texas").set().ofMaxSize(1);
    Arbitrary<Set<String>> prefixes = Arbitraries.of("8", "80", "1").set().ofMaxSize(2);
    Arbitrary<Set<String>> industries = Arbitraries.of("Software", "Retail").set().ofMaxSize(1);
    Arbitrary<Set<String>> sources = Arbitraries.of("Web", "Fair").set().ofMaxSize(1);
    Arbitrary<Optional<Integer>> min = Arbitraries.of(10, 100).optional(0.3);
    Arbitrary<Optional<Integer>> max = Arbitraries.of(500, 5000).optional(0.3);
    return Combinators.combine(countries, regions, prefixes, industries, sources, min, max).as(AssignmentCriteria::new);
  }

  record LeadSpec(@Nullable String country, @Nullable String region, @Nullable String postalCode,
      @Nullable String industry, @Nullable String source, @Nullable Integer employees, LeadStatus status) {
    static final LeadSpec ANY = new LeadSpec(null, null, null, null, null, null, LeadStatus.NEW);
  }

  static Arbitrary<Lead> leads() {
    return Combinators.combine(
            Arbitraries.of("DE", "AT", "US", "FR").injectNull(0.2),
            Arbitraries.of("Bavaria", "bavaria ", "Texas").injectNull(0.3),
            Arbitraries.of("80331", "8 1675", "10115", "99999").injectNull(0.2),
            Arbitraries.of("Software", "retail", "Mining").injectNull(0.2),
            Arbitraries.of("web", "Fair", "Phone").injectNull(0.2),
            Arbitraries.integers().between(1, 10_000).injectNull(0.2),
            Arbitraries.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.QUALIFIED))
        .as(LeadSpec::new).map(AssignmentEngineProperties::lead);
  }

  static Lead lead(LeadSpec spec) {
    boolean hasAddress = spec.country() != null || spec.region() != null || spec.postalCode() != null;
    return new Lead(LeadId.of(new UUID(42, 42)), TENANT, PersonName.of("Lea", "Lead"), Optional.empty(),
        Optional.empty(), List.of(), List.of(),
        hasAddress ? Optional.of(PostalAddress.of(null, null, spec.region(), spec.postalCode(), spec.country()))
            : Optional.empty(),
        Optional.ofNullable(spec.industry()), Optional.ofNullable(spec.employees()), Optional.empty(),
        Optional.ofNullable(spec.source()), spec.status(), new Ownership(Owner.user(INTAKE), UNIT), RecordState.ACTIVE,
        CustomFields.none(), Revision.first(NOW));
  }

  static LeadAssignmentRule rule(int position, AssignmentCriteria criteria, AssignmentTarget target, boolean active,
      long count) {
    return new LeadAssignmentRule(AssignmentRuleId.of(new UUID(9, position)), TENANT, "Rule " + position, position,
        active, criteria, target, count, Revision.first(NOW));
  }

  static UserId userId(int index) {
    // Spread over the whole range, so that signed and unsigned order differ.
    return UserId.of(new UUID(index * 0x9E37_79B9_7F4A_7C15L, index));
  }

  static TeamId teamId(int index) {
    return TeamId.of(new UUID(0x7EA0, index));
  }

  /**
   * A directory and lead load in memory: teams with all their members, the inactive users, and
   * open leads per user.
   */
  record FakeState(Map<TeamId, List<UserId>> teams, Set<UserId> inactive, Map<UserId, Long> open)
      implements AssignmentState {

    FakeState copy() {
      return new FakeState(teams, inactive, new HashMap<>(open));
    }

    @Override
    public List<UserId> activeMembers(TeamId team) {
      List<UserId> members = new ArrayList<>(teams.getOrDefault(team, List.of()));
      members.removeIf(inactive::contains);
      members.sort((a, b) -> Uuid7.UNSIGNED_ORDER.compare(a.value(), b.value()));
      return members;
    }

    @Override
    public boolean isActive(UserId user) {
      return !inactive.contains(user);
    }

    @Override
    public Map<UserId, Long> openLeads(List<UserId> users) {
      Map<UserId, Long> counts = new HashMap<>();
      users.forEach(u -> counts.put(u, open.getOrDefault(u, 0L)));
      return counts;
    }

    @Override
    public String userName(UserId user) {
      return "user " + user;
    }

    @Override
    public String teamName(TeamId team) {
      return "team " + team;
    }
  }
}
