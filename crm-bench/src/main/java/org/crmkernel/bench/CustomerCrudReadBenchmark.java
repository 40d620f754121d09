package org.crmkernel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.id.AccountId;
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
 * Reading an account by id through a system session next to reading it from the same in-memory
 * store in a read-only unit of work, in the same run. Reads write nothing, so one store of
 * 10,000 accounts (created through the kernel) serves the whole trial; ids are read in a fixed
 * shuffled order so that neither path gets a cache-friendlier sequence.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class CustomerCrudReadBenchmark {

  /** One tenant for the whole trial with 10,000 accounts, read in a shuffled order. */
  @State(Scope.Thread)
  public static class ReadTenant {
    static final int ACCOUNTS = 10_000;

    BenchTenant tenant;
    AccountId[] ids;
    int next;

    /** Creates the accounts through the kernel and shuffles their ids with a fixed seed. */
    @Setup(Level.Trial)
    public void createAccounts() {
      tenant = BenchTenant.create(new CustomerInputs(), ACCOUNTS);
      List<AccountId> shuffled = new ArrayList<>(tenant.accounts.stream().map(Account::id).toList());
      Collections.shuffle(shuffled, new Random(42));
      ids = shuffled.toArray(AccountId[]::new);
    }

    /** Closes the kernel. */
    @TearDown(Level.Trial)
    public void close() {
      tenant.close();
    }

    AccountId nextId() {
      AccountId id = ids[next];
      next = next + 1 == ids.length ? 0 : next + 1;
      return id;
    }
  }

  /** Reads one account by id through the kernel. */
  @Benchmark
  public Account readAccountThroughKernel(ReadTenant r) {
    return r.tenant.session.accounts().get(r.nextId());
  }

  /** Reads one account by id from the store in a read-only unit of work. */
  @Benchmark
  public Account readAccountDirect(ReadTenant r) {
    AccountId id = r.nextId();
    return r.tenant.store.read(tx -> tx.accounts().get(r.tenant.tenant, id));
  }
}
