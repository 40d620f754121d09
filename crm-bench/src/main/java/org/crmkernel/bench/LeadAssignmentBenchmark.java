package org.crmkernel.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.crmkernel.assignment.AssignmentDecision;
import org.crmkernel.assignment.LeadAssignment;
import org.crmkernel.assignment.internal.AssignmentChoice;
import org.crmkernel.assignment.internal.AssignmentEngine;
import org.crmkernel.model.assignment.AssignmentCriteria;
import org.crmkernel.model.assignment.AssignmentCriteria.LeadTraits;
import org.crmkernel.model.assignment.AssignmentTarget;
import org.crmkernel.model.assignment.Distribution;
import org.crmkernel.model.assignment.LeadAssignmentRule;
import org.crmkernel.model.customer.Lead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lead assignment decisions per second with {@value AssignmentTerritory#RULES} active rules (see
 * {@link AssignmentTerritory}), in the same run:
 *
 * <ul>
 *   <li>{@link #decideWithEngine}: the kernel's decision engine alone ({@code AssignmentEngine}, in
 *       crm-core's internal package, public and on the class path here), with the rules in hand
 *       and the directory and open-lead counts from a snapshot: criteria, target, team pick and
 *       the reason text.
 *   <li>{@link #firstMatchNaive}: the baseline, a loop over the rules calling {@code
 *       AssignmentCriteria.matches(lead)} until one matches; no target, no reason.
 *   <li>{@link #firstMatchWithTraits}: the same loop with the lead normalised once ({@code
 *       LeadTraits}), as the engine does: the floor of the engine's criteria work.
 *   <li>{@link #previewThroughKernel}: {@code leadAssignment().preview(lead)} through a system
 *       session: the decision as the kernel makes it, reading the lead, the rules and the
 *       directory from the store, writing nothing.
 *   <li>{@link #assignThroughKernel}: {@code leadAssignment().assign(lead, version)} through a
 *       system session: the decision, then the lead's new owner and the rule's count stored,
 *       one audit entry and one {@code LeadAssigned} event, in one unit of work. Leads no rule
 *       takes are left unchanged (a read-only unit of work).
 * </ul>
 *
 * <p>Calls cycle through the {@value AssignmentTerritory#INCOMING} incoming leads. The territory
 * is built once per fork; assignments only replace leads and rules and append audit entries and
 * outbox messages, about a few KB per call, so the heap stays small.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class LeadAssignmentBenchmark {

  /** The territory, the incoming leads' current versions, and the engine's snapshot of the directory. */
  @State(Scope.Thread)
  public static class Territory {
    /** Open leads the reps already work on: load balancing counts them (in the store, by scanning the leads). */
    @Param({"16384"})
    public int workedLeads;

    AssignmentTerritory territory;
    List<LeadAssignmentRule> rules;
    LeadAssignmentRule[] ruleArray;
    Lead[] leads;
    long[] versions;
    SnapshotAssignmentState snapshot;
    int next;

    /** Builds the territory, checks that engine, naive loop and kernel agree, and prints where leads land. */
    @Setup(Level.Trial)
    public void build() {
      long start = System.nanoTime();
      territory = AssignmentTerritory.create(workedLeads);
      rules = territory.rules;
      ruleArray = rules.toArray(LeadAssignmentRule[]::new);
      leads = territory.incoming.toArray(Lead[]::new);
      versions = new long[leads.length];
      for (int i = 0; i < leads.length; i++) {
        versions[i] = leads[i].version();
      }
      snapshot = territory.snapshot();
      System.out.printf("%nterritory built in %.1f s: %d rules, %d incoming and %d worked leads%n",
          (System.nanoTime() - start) / 1e9, rules.size(), leads.length, workedLeads);
      describe();
    }

    private void describe() {
      int[] byDecile = new int[10];
      int none = 0, toUser = 0, roundRobin = 0, loadBalanced = 0, passedOver = 0, onIntended = 0;
      long tried = 0;
      for (int i = 0; i < leads.length; i++) {
        Optional<AssignmentChoice> choice = AssignmentEngine.decide(leads[i], rules, snapshot);
        Optional<AssignmentDecision> preview = territory.system.leadAssignment().preview(leads[i].id());
        int first = firstMatch(ruleArray, leads[i]);
        if (choice.isPresent() != preview.isPresent() || (choice.isPresent()
            && (!choice.get().rule().id().equals(preview.get().rule().id())
                || !choice.get().owner().equals(preview.get().owner())))) {
          throw new IllegalStateException("engine and kernel disagree on lead " + i + ": " + choice + " / " + preview);
        }
        if (choice.isEmpty()) {
          none++;
          tried += rules.size();
          continue;
        }
        LeadAssignmentRule rule = choice.get().rule();
        int index = rules.indexOf(rule);
        tried += index + 1;
        byDecile[index * 10 / rules.size()]++;
        passedOver += index != first ? 1 : 0;
        onIntended += index == territory.madeFor[i] ? 1 : 0;
        if (rule.target() instanceof AssignmentTarget.ToTeam team) {
          if (team.distribution() == Distribution.ROUND_ROBIN) {
            roundRobin++;
          } else {
            loadBalanced++;
          }
        } else {
          toUser++;
        }
      }
      System.out.printf("leads by the rule that takes them, per tenth of the order (first to last):%n ");
      for (int d = 0; d < 10; d++) {
        System.out.printf(" %5.1f %%", 100.0 * byDecile[d] / leads.length);
      }
      System.out.printf("%n  no rule: %.1f %%; to a user %.1f %%, team round robin %.1f %%, team load balanced %.1f %%%n",
          100.0 * none / leads.length, 100.0 * toUser / leads.length, 100.0 * roundRobin / leads.length,
          100.0 * loadBalanced / leads.length);
      System.out.printf("  taken by the rule they were made for %.1f %%; by a later rule than the first match"
          + " (inactive target) %.1f %%; rules tried per lead %.0f on average%n", 100.0 * onIntended / leads.length,
          100.0 * passedOver / leads.length, (double) tried / leads.length);
    }

    int nextLead() {
      int i = next;
      next = (i + 1) & (AssignmentTerritory.INCOMING - 1);
      return i;
    }

    /** Closes the kernel. */
    @TearDown(Level.Trial)
    public void close() {
      territory.close();
    }
  }

  /** The index of the first rule whose criteria {@code lead} meets, or -1. */
  static int firstMatch(LeadAssignmentRule[] rules, Lead lead) {
    for (int r = 0; r < rules.length; r++) {
      if (rules[r].criteria().matches(lead)) {
        return r;
      }
    }
    return -1;
  }

  /** The decision engine alone, with the rules in hand and the directory from a snapshot. */
  @Benchmark
  public Optional<AssignmentChoice> decideWithEngine(Territory t) {
    return AssignmentEngine.decide(t.leads[t.nextLead()], t.rules, t.snapshot);
  }

  /** Baseline: the first rule whose criteria the lead meets, by {@code AssignmentCriteria.matches(lead)}. */
  @Benchmark
  public int firstMatchNaive(Territory t) {
    return firstMatch(t.ruleArray, t.leads[t.nextLead()]);
  }

  /** The first matching rule with the lead normalised once, as the engine tries rules. */
  @Benchmark
  public int firstMatchWithTraits(Territory t) {
    LeadTraits traits = LeadTraits.of(t.leads[t.nextLead()]);
    LeadAssignmentRule[] rules = t.ruleArray;
    for (int r = 0; r < rules.length; r++) {
      AssignmentCriteria criteria = rules[r].criteria();
      if (criteria.matches(traits)) {
        return r;
      }
    }
    return -1;
  }

  /** The decision through a system session, writing nothing. */
  @Benchmark
  public Optional<AssignmentDecision> previewThroughKernel(Territory t) {
    return t.territory.system.leadAssignment().preview(t.leads[t.nextLead()].id());
  }

  /** The assignment through a system session: decision, lead and rule stored, audit entry and event. */
  @Benchmark
  public Optional<LeadAssignment> assignThroughKernel(Territory t) {
    int i = t.nextLead();
    Optional<LeadAssignment> done = t.territory.system.leadAssignment().assign(t.leads[i].id(), t.versions[i]);
    if (done.isPresent()) {
      t.versions[i] = done.get().lead().version();
    }
    return done;
  }
}
