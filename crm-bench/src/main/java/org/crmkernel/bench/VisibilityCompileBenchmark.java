package org.crmkernel.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crmkernel.CrmSession;
import org.crmkernel.internal.ScopeCache;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.model.id.UserId;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.query.Visibility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling "which accounts may this user read?" into a {@link Visibility} in the organisation of
 * issue 3, for 1,024 users drawn at random: warm (the scope already compiled and cached) and cold
 * (the scope loaded from the store and compiled, then the visibility).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class VisibilityCompileBenchmark {

  static final int SAMPLE = 1_024;

  /** The organisation and 1,024 users, their scopes compiled and in the kernel's cache. */
  @State(Scope.Benchmark)
  public static class Users {
    AccessOrganisation org;
    UserId[] users;
    AccessScope[] scopes;
    CrmSession[] sessions;
    ScopeCache cache;
    int next;

    /** Builds the organisation, draws the users and warms the caches. */
    @Setup(Level.Trial)
    public void build() {
      org = AccessOrganisation.create(1_000_000);
      Random random = new Random(AccessOrganisation.SEED + 2);
      users = new UserId[SAMPLE];
      scopes = new AccessScope[SAMPLE];
      sessions = new CrmSession[SAMPLE];
      cache = new ScopeCache(10_000);
      for (int i = 0; i < SAMPLE; i++) {
        UserId user = org.userIds[random.nextInt(AccessOrganisation.USERS)];
        users[i] = user;
        scopes[i] = org.store.read(tx -> cache.scopeOf(tx, org.tenant, user));
        sessions[i] = org.crm.tenant(org.tenant).as(user);
        sessions[i].access().visibility(user, Privilege.READ, RecordKind.ACCOUNT);
      }
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

  /** Warm: the compiled scope in hand, {@code scope.visibility(ACCOUNT, READ)}. */
  @Benchmark
  public Visibility warmFromScope(Users u) {
    return u.scopes[u.next()].visibility(RecordKind.ACCOUNT, Privilege.READ);
  }

  /**
   * Warm, as the kernel does it: in a read-only unit of work, the scope from a Caffeine {@link
   * ScopeCache} (validated against the stored settings version), then the visibility.
   */
  @Benchmark
  public Visibility warmThroughScopeCache(Users u) {
    UserId user = u.users[u.next()];
    return u.org.store.read(tx -> u.cache.scopeOf(tx, u.org.tenant, user).visibility(RecordKind.ACCOUNT, Privilege.READ));
  }

  /** Warm, the whole session call: {@code crm.tenant(t).as(user).access().visibility(user, READ, ACCOUNT)}. */
  @Benchmark
  public Visibility warmThroughSession(Users u) {
    int i = u.next();
    return u.sessions[i].access().visibility(u.users[i], Privilege.READ, RecordKind.ACCOUNT);
  }

  /**
   * Cold: in a read-only unit of work, {@code AccessScopes.load} (settings, user, unit, teams by
   * member, roles, field security profiles) and compile, then the visibility.
   */
  @Benchmark
  public Visibility cold(Users u) {
    UserId user = u.users[u.next()];
    return u.org.store.read(tx -> AccessScopes.load(tx, u.org.tenant, user).visibility(RecordKind.ACCOUNT, Privilege.READ));
  }
}
