package org.crmkernel.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crmkernel.CrmSession;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.AccountFields;
import org.crmkernel.model.id.AccountId;
import org.crmkernel.model.id.RecordKind;
import org.crmkernel.spi.access.AccessScope;
import org.crmkernel.spi.access.AccessScopes;
import org.crmkernel.spi.query.Filter;
import org.crmkernel.spi.query.Page;
import org.crmkernel.spi.query.Query;
import org.crmkernel.spi.query.Sort;
import org.crmkernel.spi.query.Visibility;
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
 * The first 50 accounts by name, out of 1,000,000 in the in-memory store, for users who may read
 * all of them, about 10 %, 1 % and 0.1 % ({@code audience}), and with no access filter at all
 * ({@code UNFILTERED}, the baseline), in the same run: once straight from the store with the
 * user's visibility, once through a user session ({@code accounts().list(query)}; for the
 * baseline a system session).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class VisiblePageBenchmark {

  /** Who reads, and how much of the table they may see. */
  public enum Audience {
    /** No access filter: {@code store.query} without a visibility; a system session. */
    UNFILTERED,
    /** A customer service representative: read at organisation depth, every account. */
    ALL,
    /** The head of a division: read at parent-child depth over its subtree. */
    TENTH,
    /** A salesperson of the big unit: read at business unit depth. */
    HUNDREDTH,
    /** A key account manager: read at user depth over their own, their team's and shared accounts. */
    THOUSANDTH
  }

  /** The organisation and the reader. */
  @State(Scope.Benchmark)
  public static class Reader {
    @Param({"UNFILTERED", "ALL", "TENTH", "HUNDREDTH", "THOUSANDTH"})
    public Audience audience;

    AccessOrganisation org;
    Query<Account> query;
    Visibility visibility;
    CrmSession session;

    /** Builds the organisation, compiles the reader's visibility, and checks both paths give the same page. */
    @Setup(Level.Trial)
    public void build() {
      org = AccessOrganisation.create(1_000_000);
      query = Query.of(Filter.<Account>all(), Sort.by(AccountFields.NAME)).limit(50);
      int user = switch (audience) {
        case UNFILTERED, ALL -> org.everythingUser;
        case TENTH -> org.divisionUser;
        case HUNDREDTH -> org.bigUnitUser;
        case THOUSANDTH -> org.keyAccountUser;
      };
      AccessScope scope = org.store.read(tx -> AccessScopes.load(tx, org.tenant, org.userIds[user]));
      visibility = audience == Audience.UNFILTERED ? Visibility.everything(Privilege.READ)
          : scope.visibility(RecordKind.ACCOUNT, Privilege.READ);
      session = audience == Audience.UNFILTERED ? org.crm.tenant(org.tenant).system()
          : org.crm.tenant(org.tenant).as(org.userIds[user]);
      long visible = org.store.read(tx -> tx.accounts().count(org.tenant, Filter.all(), visibility));
      List<AccountId> direct = pageDirect().items().stream().map(Account::id).toList();
      List<AccountId> kernel = session.accounts().list(query).items().stream().map(Account::id).toList();
      if (!direct.equals(kernel) || direct.size() != Math.min(50, visible)) {
        throw new IllegalStateException("the store and the session give different pages: " + direct + " / " + kernel);
      }
      System.out.printf("%n%s: user %d may read %d of %d accounts (%.3f %%); visibility of %d values: %s%n", audience,
          user, visible, org.accounts, 100.0 * visible / org.accounts, visibility.size(), describe(visibility));
    }

    private static String describe(Visibility v) {
      return v.everything() ? "everything" : "owners " + v.owners().size() + ", units " + v.units().size()
          + ", unit trees " + v.unitTrees().size() + ", share grantees " + v.shareGrantees().size() + ", reports "
          + v.reportsOf().map(r -> "depth " + r.depth()).orElse("none");
    }

    Page<Account> pageDirect() {
      return audience == Audience.UNFILTERED
          ? org.store.read(tx -> tx.accounts().query(org.tenant, query))
          : org.store.read(tx -> tx.accounts().query(org.tenant, query, visibility));
    }

    /** Closes the kernel. */
    @TearDown(Level.Trial)
    public void close() {
      org.close();
    }
  }

  /**
   * Straight from the store in a read-only unit of work: {@code tx.accounts().query(tenant, query,
   * visibility)} with the reader's compiled visibility, or {@code query(tenant, query)} for the
   * baseline.
   */
  @Benchmark
  public Page<Account> pageFromStore(Reader r) {
    return r.pageDirect();
  }

  /** Through the kernel: {@code crm.tenant(t).as(user).accounts().list(query)} (the baseline: {@code system()}). */
  @Benchmark
  public Page<Account> pageThroughSession(Reader r) {
    return r.session.accounts().list(r.query);
  }
}
