package org.crmkernel.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.crmkernel.CrmSession;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RecordRef;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.access.AccessDecision;
import org.crmkernel.spi.access.AccessReason;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.access.AccessTarget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * "May this user do this to this account?" over a fixed sample of realistic triples in the
 * organisation of issue 3, answered by the kernel's evaluator (with the compiled scope in hand,
 * as the kernel's guard has it after its cache lookup), by a whole user-session call, and by
 * jCasbin 1.99.0 with the equivalent RBAC-with-domains policy, in the same run. The setup fails
 * if the three disagree on any sampled triple.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class AccessCheckBenchmark {

  /** How many triples are sampled; calls cycle through them. */
  static final int SAMPLE = 4_096;

  /** The organisation and the sampled triples, with each sampled user's scope compiled. */
  @State(Scope.Benchmark)
  public static class Triples {
    AccessOrganisation org;
    int[] users;
    Privilege[] privileges;
    int[] accounts;
    AccessScope[] scopes;
    AccessTarget[] targets;
    RecordRef[] refs;
    UserId[] userIds;
    CrmSession[] sessions;
    int next;

    /** Builds the organisation, samples the triples, compiles the scopes and warms the kernel's cache. */
    @Setup(Level.Trial)
    public void build() {
      long start = System.nanoTime();
      org = AccessOrganisation.create(1_000_000);
      System.out.printf("%norganisation built in %.1f s%n", (System.nanoTime() - start) / 1e9);
      sample(new Random(AccessOrganisation.SEED + 1));
      scopes = new AccessScope[SAMPLE];
      targets = new AccessTarget[SAMPLE];
      refs = new RecordRef[SAMPLE];
      userIds = new UserId[SAMPLE];
      sessions = new CrmSession[SAMPLE];
      Map<Integer, AccessScope> compiled = new TreeMap<>();
      Map<Integer, CrmSession> bySession = new TreeMap<>();
      for (int i = 0; i < SAMPLE; i++) {
        int n = users[i];
        scopes[i] = compiled.computeIfAbsent(n,
            k -> org.store.read(tx -> AccessScopes.load(tx, org.tenant, org.userIds[k])));
        sessions[i] = bySession.computeIfAbsent(n, k -> org.crm.tenant(org.tenant).as(org.userIds[k]));
        targets[i] = org.accountTarget(accounts[i]);
        refs[i] = targets[i].record();
        userIds[i] = org.userIds[n];
      }
      // Every triple once through the session: the kernel's scope cache is warm from here on.
      Map<String, Integer> reasons = new TreeMap<>();
      int allowed = 0;
      for (int i = 0; i < SAMPLE; i++) {
        int k = i;
        AccessDecision direct = org.store.read(tx -> scopes[k].check(privileges[k], targets[k], tx.accessGraph(), false));
        AccessDecision session = sessions[i].access().check(userIds[i], privileges[i], refs[i]);
        if (direct.allowed() != session.allowed()) {
          throw new IllegalStateException("evaluator and session disagree: " + direct.describe() + " / " + session.describe());
        }
        if (direct.allowed()) {
          allowed++;
          reasons.merge(reasonOf(direct.reasons().get(0)), 1, Integer::sum);
        }
      }
      System.out.printf("sampled %d triples of %d distinct users: %d allowed (%.1f %%)%n", SAMPLE, compiled.size(),
          allowed, 100.0 * allowed / SAMPLE);
      reasons.forEach((reason, count) -> System.out.printf("  allowed first by %-30s %5d (%.1f %% of all)%n", reason, count,
          100.0 * count / SAMPLE));
      Map<Privilege, int[]> byPrivilege = new EnumMap<>(Privilege.class);
      for (int i = 0; i < SAMPLE; i++) {
        byPrivilege.computeIfAbsent(privileges[i], p -> new int[1])[0]++;
      }
      byPrivilege.forEach((p, c) -> System.out.printf("  privilege %-10s %5d%n", p.label(), c[0]));
    }

    private static String reasonOf(AccessReason reason) {
      if (reason instanceof AccessReason.ByRole role) {
        return "role, " + role.basis().name().toLowerCase(java.util.Locale.ROOT);
      }
      return reason instanceof AccessReason.ByShare ? "share" : "manager hierarchy";
    }

    /**
     * A realistic mix: users uniformly over the organisation (so mostly salespeople, then
     * customer service, unit managers, marketing); privileges mostly read, then write; records
     * mostly near the user (their own, their owner team's, their unit's, shared with them, their
     * reports'), the rest anywhere.
     */
    private void sample(Random random) {
      users = new int[SAMPLE];
      privileges = new Privilege[SAMPLE];
      accounts = new int[SAMPLE];
      for (int i = 0; i < SAMPLE; i++) {
        int n = random.nextInt(AccessOrganisation.USERS);
        users[i] = n;
        int p = random.nextInt(100);
        privileges[i] = p < 55 ? Privilege.READ
            : p < 75 ? Privilege.WRITE
            : p < 83 ? Privilege.APPEND_TO
            : p < 88 ? Privilege.APPEND
            : p < 92 ? Privilege.SHARE
            : p < 96 ? Privilege.ASSIGN
            : Privilege.DELETE;
        accounts[i] = account(random, n);
      }
    }

    private int account(Random random, int n) {
      int where = random.nextInt(100);
      if (where < 25 && org.accountsOfUser[n].length > 0) {
        return pick(random, org.accountsOfUser[n]);
      }
      if (where < 35) {
        List<Integer> owned = new ArrayList<>();
        for (int t : org.teamsOfUser[n]) {
          if (t < AccessOrganisation.OWNER_TEAMS && org.accountsOfTeam[t].length > 0) {
            owned.add(t);
          }
        }
        if (!owned.isEmpty()) {
          return pick(random, org.accountsOfTeam[owned.get(random.nextInt(owned.size()))]);
        }
      }
      if (where < 55 && org.accountsOfUnit[org.userUnit[n]].length > 0) {
        return pick(random, org.accountsOfUnit[org.userUnit[n]]);
      }
      if (where < 65) {
        int[] direct = org.sharesOfUser[n];
        int teams = org.teamsOfUser[n].length;
        int choice = random.nextInt(1 + teams);
        int[] shares = choice == 0 ? direct : org.sharesOfTeam[org.teamsOfUser[n][choice - 1]];
        if (shares.length > 0) {
          return org.shareAccount[pick(random, shares)];
        }
      }
      if (where < 72 && org.directReports[n].length > 0) {
        int report = pick(random, org.directReports[n]);
        if (org.accountsOfUser[report].length > 0) {
          return pick(random, org.accountsOfUser[report]);
        }
      }
      return random.nextInt(org.accounts);
    }

    private static int pick(Random random, int[] values) {
      return values[random.nextInt(values.length)];
    }

    int next() {
      int i = next;
      next = (i + 1) & (SAMPLE - 1);
      return i;
    }

    /** Closes the kernel. */
    @TearDown(Level.Trial)
    public void close() {
      org.close();
    }
  }

  /** The same decisions as a jCasbin policy, checked against the kernel's on every sampled triple. */
  @State(Scope.Benchmark)
  public static class Casbin {
    CasbinPolicy policy;
    String[][] requests;
    int next;

    /** Builds the policy and fails unless jCasbin agrees with the evaluator on every sampled triple. */
    @Setup(Level.Trial)
    public void build(Triples t) {
      long start = System.nanoTime();
      policy = CasbinPolicy.of(t.org);
      System.out.printf("jCasbin policy built in %.1f s: %d policy lines, %d grouping lines%n",
          (System.nanoTime() - start) / 1e9, policy.policyLines, policy.groupingLines);
      requests = new String[SAMPLE][];
      List<String> mismatches = new ArrayList<>();
      for (int i = 0; i < SAMPLE; i++) {
        requests[i] = CasbinPolicy.request(t.org, t.users[i], t.privileges[i], t.accounts[i]);
        int k = i;
        AccessDecision kernel = t.org.store.read(tx -> t.scopes[k].check(t.privileges[k], t.targets[k], tx.accessGraph(), false));
        if (policy.enforce(requests[i]) != kernel.allowed()) {
          mismatches.add(String.join(",", requests[i]) + " -> kernel: " + kernel.describe());
        }
      }
      int extra = verifyManagers(t, mismatches);
      if (!mismatches.isEmpty()) {
        throw new IllegalStateException(mismatches.size() + " of " + (SAMPLE + extra) + " decisions differ, first: "
            + mismatches.subList(0, Math.min(5, mismatches.size())));
      }
      System.out.printf("jCasbin agrees with the kernel on all %d sampled triples and %d more of managers%n", SAMPLE,
          extra);
    }

    /**
     * The realistic mix rarely reaches the manager hierarchy or a unit subtree (few users manage
     * anyone), so the policies are also compared, not measured, on triples of unit managers and
     * accounts of their units' subtrees and of their reports' reports, every privilege.
     */
    private int verifyManagers(Triples t, List<String> mismatches) {
      AccessOrganisation org = t.org;
      Random random = new Random(AccessOrganisation.SEED + 3);
      int count = 0;
      for (int k = 0; k < 2_000; k++) {
        int manager = org.unitManager[random.nextInt(org.unitCount)];
        AccessScope scope = org.store.read(tx -> AccessScopes.load(tx, org.tenant, org.userIds[manager]));
        int[] candidates = new int[4];
        int[] below = org.descendants(org.userUnit[manager]);
        int unit = below.length == 0 ? org.userUnit[manager] : below[random.nextInt(below.length)];
        candidates[0] = org.accountsOfUnit[unit].length == 0 ? random.nextInt(org.accounts)
            : org.accountsOfUnit[unit][random.nextInt(org.accountsOfUnit[unit].length)];
        int report = manager;
        for (int level = 0; level < 1 + random.nextInt(4) && org.directReports[report].length > 0; level++) {
          report = org.directReports[report][random.nextInt(org.directReports[report].length)];
        }
        int[] owned = org.accountsOfUser[report];
        candidates[1] = owned.length == 0 ? random.nextInt(org.accounts) : owned[random.nextInt(owned.length)];
        candidates[2] = random.nextInt(org.accounts);
        int[] shared = org.sharesOfUser[manager];
        candidates[3] = shared.length == 0 ? random.nextInt(org.accounts) : org.shareAccount[shared[random.nextInt(shared.length)]];
        for (int account : candidates) {
          AccessTarget target = org.accountTarget(account);
          for (Privilege privilege : Privilege.values()) {
            if (privilege == Privilege.CREATE) {
              continue;
            }
            boolean kernel = org.store.read(tx -> scope.check(privilege, target, tx.accessGraph(), false).allowed());
            String[] request = CasbinPolicy.request(org, manager, privilege, account);
            if (policy.enforce(request) != kernel) {
              mismatches.add(String.join(",", request) + " -> kernel allowed: " + kernel);
            }
            count++;
          }
        }
      }
      return count;
    }

    int next() {
      int i = next;
      next = (i + 1) & (SAMPLE - 1);
      return i;
    }
  }

  /** The evaluator, with the user's compiled scope in hand, in a read-only unit of work of its own. */
  @Benchmark
  public AccessDecision checkWithScope(Triples t) {
    int i = t.next();
    return t.org.store.read(tx -> t.scopes[i].check(t.privileges[i], t.targets[i], tx.accessGraph(), false));
  }

  /** Baseline of {@link #checkWithScope}: an empty read-only unit of work that takes its access graph. */
  @Benchmark
  public Object emptyReadUnitOfWork(Triples t) {
    return t.org.store.read(tx -> tx.accessGraph());
  }

  /**
   * The evaluator alone: every sampled triple checked inside one open read-only unit of work; the
   * score is the mean per check.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OperationsPerInvocation(SAMPLE)
  public void checkWithScopeInOpenUnitOfWork(Triples t, Blackhole bh) {
    t.org.store.read(tx -> {
      var graph = tx.accessGraph();
      for (int i = 0; i < SAMPLE; i++) {
        bh.consume(t.scopes[i].check(t.privileges[i], t.targets[i], graph, false));
      }
      return null;
    });
  }

  /**
   * The whole kernel path: {@code crm.tenant(t).as(user).access().check(user, privilege, record)}:
   * a unit of work, the session's own scope from the cache (validated against the settings
   * version), the record read to find its owner and unit, and the check with every reason.
   */
  @Benchmark
  public AccessDecision checkThroughSession(Triples t) {
    int i = t.next();
    return t.sessions[i].access().check(t.userIds[i], t.privileges[i], t.refs[i]);
  }

  /** The same decision by jCasbin's {@code Enforcer.enforce}. */
  @Benchmark
  public boolean checkJCasbin(Casbin c) {
    return c.policy.enforce(c.requests[c.next()]);
  }
}
