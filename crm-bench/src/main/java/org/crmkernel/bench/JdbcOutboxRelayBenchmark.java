package org.crmkernel.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkernel.Crm;
import org.crmkernel.customer.ContactDraft;
import org.crmkernel.jdbc.JdbcCrmStore;
import org.crmkernel.model.event.OutboxMessage;
import org.crmkernel.model.id.EventId;
import org.crmkernel.notify.DeliveryReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The outbox relay draining a backlog of {@value #BACKLOG} pending messages with a no-op sink:
 * {@code crm.relay().deliverDue()} until nothing is due, by one relay or by two side by side
 * (two kernels on the same store, each on its own thread; claims use {@code FOR UPDATE SKIP
 * LOCKED}). The backlog is made of real {@code ContactCreated} events: 1,024 created through the
 * kernel, repeated with fresh event ids, appended through the store in the iteration's setup.
 * The score is the time per delivered message; its inverse is messages per second.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@OperationsPerInvocation(JdbcOutboxRelayBenchmark.BACKLOG)
public class JdbcOutboxRelayBenchmark {

  /** Pending messages at the start of every run. */
  static final int BACKLOG = 100_000;
  static final String DATABASE = "crm_jdbcbench_relay";

  /** The database, the relays and the backlog. */
  @State(Scope.Benchmark)
  public static class Relays {
    @Param({"POSTGRESQL", "H2"})
    public BenchDatabase db;

    @Param({"1", "2"})
    public int relays;

    HikariDataSource dataSource;
    JdbcCrmStore store;
    final List<Crm> kernels = new ArrayList<>();
    ExecutorService threads;
    List<OutboxMessage> backlog;

    /** Opens the pool, makes the template events through a kernel without sinks, and the relays' kernels. */
    @Setup(Level.Trial)
    public void open() {
      dataSource = db.open(DATABASE, 4);
      store = JdbcCrmStore.builder(dataSource).build();
      BenchDatabase.truncate(dataSource, List.of("crm_outbox_message"));
      Crm producer = Crm.builder().store(store).clock(Clock.systemUTC()).validator(BenchTenant.VALIDATOR).build();
      CustomerInputs inputs = new CustomerInputs();
      JdbcBulkInsertBenchmark.Tenant tenant = new JdbcBulkInsertBenchmark.Tenant(producer);
      List<ContactDraft> drafts = new ArrayList<>();
      for (int i = 0; i < 1_024; i++) {
        drafts.add(tenant.draft(inputs, i));
      }
      tenant.session.contacts().createAll(drafts);
      Instant far = Instant.now().plus(Duration.ofDays(1));
      List<OutboxMessage> template = store.write(tx -> tx.outbox().claimDue(far, far, 10_000)).stream()
          .filter(m -> m.type().equals("ContactCreated")).toList();
      if (template.size() != 1_024) {
        throw new IllegalStateException("expected 1,024 template events, found " + template.size());
      }
      producer.close();
      Clock clock = Clock.systemUTC();
      Instant base = Instant.now().minus(Duration.ofHours(1));
      backlog = new ArrayList<>(BACKLOG);
      for (int n = 0; n < BACKLOG; n++) {
        OutboxMessage t = template.get(n % template.size());
        EventId id = EventId.generate(clock);
        Instant at = base.plusNanos(1_000L * n);
        backlog.add(new OutboxMessage(id, t.tenantId(), t.type(),
            t.payload().replace(t.eventId().value().toString(), id.value().toString()), at, 0, at, Optional.empty(),
            Optional.empty()));
      }
      for (int r = 0; r < relays; r++) {
        kernels.add(Crm.builder().store(store).clock(clock).validator(BenchTenant.VALIDATOR)
            .notifications(event -> {}).deliverAfterCommit(false).build());
      }
      threads = Executors.newFixedThreadPool(relays);
    }

    /** Empties the outbox and appends the backlog, 10,000 messages per unit of work. */
    @Setup(Level.Iteration)
    public void fill() {
      BenchDatabase.truncate(dataSource, List.of("crm_outbox_message"));
      for (int from = 0; from < BACKLOG; from += 10_000) {
        List<OutboxMessage> chunk = backlog.subList(from, Math.min(BACKLOG, from + 10_000));
        store.write(tx -> {
          tx.outbox().append(chunk);
          return null;
        });
      }
      BenchDatabase.execute(dataSource, db == BenchDatabase.POSTGRESQL ? "ANALYZE crm_outbox_message"
          : "ANALYZE TABLE crm_outbox_message");
      if (kernels.get(0).relay().pending() != BACKLOG) {
        throw new IllegalStateException("the backlog was not written");
      }
    }

    /** Checks that the run delivered every message. */
    @TearDown(Level.Iteration)
    public void check() {
      long pending = kernels.get(0).relay().pending();
      if (pending != 0) {
        throw new IllegalStateException(pending + " messages were left pending");
      }
    }

    /** Stops the threads, closes the kernels and the pool. */
    @TearDown(Level.Trial)
    public void close() {
      threads.shutdownNow();
      kernels.forEach(Crm::close);
      dataSource.close();
    }
  }

  /** Drains the backlog: {@code deliverDue()} on every relay at once, until nothing is due. */
  @Benchmark
  public int deliverBacklog(Relays r) throws Exception {
    List<Future<DeliveryReport>> runs = new ArrayList<>();
    for (Crm kernel : r.kernels) {
      runs.add(r.threads.submit(() -> kernel.relay().deliverDue()));
    }
    int delivered = 0;
    for (Future<DeliveryReport> run : runs) {
      DeliveryReport report = run.get();
      if (report.failed() > 0) {
        throw new IllegalStateException(report.failed() + " deliveries failed");
      }
      delivered += report.delivered();
    }
    if (delivered != BACKLOG) {
      throw new IllegalStateException("delivered " + delivered + " of " + BACKLOG);
    }
    return delivered;
  }
}
