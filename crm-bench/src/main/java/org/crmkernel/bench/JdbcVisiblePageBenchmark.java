package org.crmkernel.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crmkernel.CrmSession;
import org.crmkernel.bench.VisiblePageBenchmark.Audience;
import org.crmkernel.jdbc.JdbcCrmStore;
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
 * {@link VisiblePageBenchmark} on a JDBC database: the first 50 accounts by name out of
 * 1,000,000, for users who see all of them, about 10 %, 1 % and 0.1 %, and without an access
 * filter (the baseline), in the same run; from the store with the user's visibility, and
 * through a session. The organisation ({@link AccessOrganisation}) is written into the database
 * by the first trial and reused by the later ones (and later runs); PostgreSQL's statistics are
 * refreshed with {@code ANALYZE} after loading.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class JdbcVisiblePageBenchmark {

  static final String DATABASE = "crm_jdbcbench_page";

  /** The organisation in the database and the reader. */
  @State(Scope.Benchmark)
  public static class Reader {
    @Param({"POSTGRESQL", "H2"})
    public BenchDatabase db;

    @Param({"UNFILTERED", "ALL", "TENTH", "HUNDREDTH", "THOUSANDTH"})
    public Audience audience;

    HikariDataSource dataSource;
    AccessOrganisation org;
    Query<Account> query;
    Visibility visibility;
    CrmSession session;

    /** Loads (or finds) the organisation, compiles the reader's visibility, checks both paths give the same page. */
    @Setup(Level.Trial)
    public void build() {
      dataSource = db.open(DATABASE, 2);
      JdbcCrmStore store = JdbcCrmStore.builder(dataSource).build();
      long start = System.nanoTime();
      org = AccessOrganisation.in(store, 1_000_000);
      if (org.written) {
        System.out.printf("%nwrote the organisation in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
        BenchDatabase.execute(dataSource, "ANALYZE");
      }
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
      System.out.printf("%n%s: user %d may read %d of %d accounts (%.3f %%); visibility of %d values%n", audience,
          user, visible, org.accounts, 100.0 * visible / org.accounts, visibility.size());
    }

    Page<Account> pageDirect() {
      return audience == Audience.UNFILTERED
          ? org.store.read(tx -> tx.accounts().query(org.tenant, query))
          : org.store.read(tx -> tx.accounts().query(org.tenant, query, visibility));
    }

    /** Closes the kernel and the pool. */
    @TearDown(Level.Trial)
    public void close() {
      org.close();
      dataSource.close();
    }
  }

  /** Straight from the store: {@code tx.accounts().query(tenant, query, visibility)}, or {@code query(tenant, query)}. */
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
