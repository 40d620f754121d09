package org.crmkernel.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.model.customer.Account;
import org.crmkernel.model.customer.Contact;
import org.crmkernel.model.id.AccountId;
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

/**
 * Creating and updating customers through a system session (input validation, phone and e-mail
 * parsing, custom field checks, owner lookup, field-level audit entry and outbox event included)
 * next to a bare caller of the same in-memory store doing the least it must for the same effect,
 * in the same run. The {@code ...Direct} methods are the baselines; {@code ThroughKernel /
 * Direct} is what the kernel adds.
 *
 * <p>Why batches: the in-memory store keeps every record, audit entry and outbox message, so
 * in a time-bounded iteration a faster path fills the heap faster and pays more for the garbage
 * collector copying what it retained. Instead every iteration starts from a fresh store (with
 * 100 accounts to update and to link contacts to) and runs a fixed batch of {@value #BATCH}
 * calls, so kernel and baseline see the same store sizes and a small live set. The score is
 * the batch's time divided by its size ({@code @OperationsPerInvocation}); override the batch
 * size only together with {@code -opi}. The GC profiler counts the iteration's setup too:
 * {@link #emptyCall} shows that share, to subtract from the other methods' allocation per call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 15, batchSize = CustomerCrudWriteBenchmark.BATCH)
@Measurement(iterations = 20, batchSize = CustomerCrudWriteBenchmark.BATCH)
@OperationsPerInvocation(CustomerCrudWriteBenchmark.BATCH)
@Threads(1)
public class CustomerCrudWriteBenchmark {

  /** Calls per iteration. */
  static final int BATCH = 20_000;

  /** The industries an update alternates between: a record at version v has {@code [(v - 1) % 2]}. */
  private static final String[] UPDATE_INDUSTRIES = {"Software", "Hardware"};

  /** A fresh tenant per iteration, with accounts to update and to link contacts to. */
  @State(Scope.Thread)
  public static class WriteTenant {
    static final int ACCOUNTS = 100;

    final CustomerInputs inputs = new CustomerInputs();
    BenchTenant tenant;
    DirectWrites direct;
    Account[] accounts;
    long[] versions;
    long next;

    /** Starts from a fresh store, so that what one iteration created does not weigh on the next. */
    @Setup(Level.Iteration)
    public void freshStore() {
      tenant = BenchTenant.create(inputs, ACCOUNTS);
      direct = new DirectWrites(inputs, tenant);
      accounts = tenant.accounts.toArray(Account[]::new);
      versions = new long[accounts.length];
      for (int i = 0; i < accounts.length; i++) {
        versions[i] = accounts[i].version();
      }
      next = 0;
    }

    /** Closes the kernel. */
    @TearDown(Level.Iteration)
    public void close() {
      tenant.close();
    }

    int nextInput() {
      return CustomerInputs.index(next++);
    }

    int nextAccount() {
      return (int) (next++ % accounts.length);
    }
  }

  /**
   * Does nothing but advance a counter: its time is the harness's per-call overhead, and its
   * allocation per call is the share of the per-iteration setup (a new kernel and 100 accounts)
   * that the GC profiler adds to every method of this class.
   */
  @Benchmark
  public long emptyCall(WriteTenant w) {
    return w.next++;
  }

  /** Builds a draft from typed values and creates the account through the kernel. */
  @Benchmark
  public Account createAccountThroughKernel(WriteTenant w) {
    int i = w.nextInput();
    return w.tenant.session.accounts().create(w.tenant.accountDraft(w.inputs, i));
  }

  /** Builds the same account from parsed values and inserts it in one unit of work. */
  @Benchmark
  public Account createAccountDirect(WriteTenant w) {
    Account account = w.direct.account(w.nextInput());
    return w.tenant.store.write(tx -> tx.accounts().insert(account));
  }

  /** As {@link #createAccountDirect}, plus one audit entry and one outbox message in the same unit of work. */
  @Benchmark
  public Account createAccountDirectWithAuditAndOutbox(WriteTenant w) {
    Account account = w.direct.account(w.nextInput());
    DirectWrites.AuditAndEvent written = w.direct.created(account);
    return w.tenant.store.write(tx -> {
      Account stored = tx.accounts().insert(account);
      tx.auditLog().append(List.of(written.entry()));
      tx.outbox().append(List.of(written.message()));
      return stored;
    });
  }

  /** Creates a contact (name, job title, e-mail, phone, linked to an existing account) through the kernel. */
  @Benchmark
  public Contact createContactThroughKernel(WriteTenant w) {
    int i = w.nextInput();
    return w.tenant.session.contacts().create(w.tenant.contactDraft(w.inputs, i, w.accounts[i % w.accounts.length].id()));
  }

  /** Builds the same contact from parsed values and inserts it (no check that the account exists). */
  @Benchmark
  public Contact createContactDirect(WriteTenant w) {
    int i = w.nextInput();
    Contact contact = w.direct.contact(i, w.accounts[i % w.accounts.length].id());
    return w.tenant.store.write(tx -> tx.contacts().insert(contact));
  }

  /** Changes one account's industry through the kernel: read, re-check, diff, update, audit, outbox. */
  @Benchmark
  public Account updateAccountThroughKernel(WriteTenant w) {
    int a = w.nextAccount();
    long version = w.versions[a];
    String industry = UPDATE_INDUSTRIES[(int) (version % 2)];
    Account updated = w.tenant.session.accounts().update(w.accounts[a].id(), version, b -> b.industry(industry));
    w.versions[a] = updated.version();
    return updated;
  }

  /** Reads the account and stores it with the other industry as its next version, in one unit of work. */
  @Benchmark
  public Account updateAccountDirect(WriteTenant w) {
    int a = w.nextAccount();
    AccountId id = w.accounts[a].id();
    return w.tenant.store.write(tx -> {
      Account current = tx.accounts().get(w.tenant.tenant, id);
      String industry = UPDATE_INDUSTRIES[(int) (current.version() % 2)];
      return tx.accounts().update(w.direct.withIndustry(current, industry), current.version());
    });
  }
}
