package org.crmkernel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating, updating and reading customers through a system session (input validation, phone
 * and e-mail parsing, custom field checks, owner lookup, field-level audit and outbox event
 * included) next to a bare caller of the same in-memory store doing the least it must for the
 * same effect, in the same run. The {@code ...Direct} methods are the baselines; the ratio
 * {@code ThroughKernel / Direct} is what the kernel adds.
 *
 * <p>Writes get a fresh store every iteration (with 1,000 accounts to update and link to), so
 * the store grows only within one iteration; reads use 10,000 accounts in a shuffled order.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class CustomerCrudBenchmark {

  /** The industries an update alternates between: a record at version v has {@code [(v - 1) % 2]}. */
  private static final String[] UPDATE_INDUSTRIES = {"Software", "Hardware"};

  /** A fresh tenant per iteration for the writes, with accounts to update and to link contacts to. */
  @State(Scope.Thread)
  public static class WriteTenant {
    static final int ACCOUNTS = 1_000;

    final CustomerInputs inputs = new CustomerInputs();
    BenchTenant tenant;
    DirectWrites direct;
    Account[] accounts;
    long[] versions;
    long next;

    /** Starts from an empty store, so that records created in one iteration do not slow the next. */
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
    CustomerInputs in = w.inputs;
    ContactDraft draft = ContactDraft.builder(in.firstName(i), in.lastName(i))
        .jobTitle(in.jobTitle(i))
        .email(in.typedEmail(i))
        .phone(in.typedPhone(i))
        .account(w.accounts[i % w.accounts.length].id())
        .owner(w.tenant.owner)
        .build();
    return w.tenant.session.contacts().create(draft);
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
