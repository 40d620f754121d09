package org.crmkernel.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crmkernel.model.pipeline.Deal;
import org.crmkernel.model.pipeline.Stage;
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
 * Stage moves per second: a salesperson moving their own open deals through the open stages of
 * Salesforce's standard sales pipeline in a user session (access check, stage rules, versioned
 * update, field-level audit entry, {@code DealStageChanged} event in the outbox and an entry in
 * the deal's history, in one unit of work), next to the same moves as bare store updates, in the
 * same run. {@code ThroughKernel / Direct} is what the kernel adds.
 *
 * <p>Each deal of a pool of {@value #DEALS} moves one stage forward per call (Prospecting,
 * Qualification, Needs Analysis, Value Proposition, Proposal/Price Quote, Negotiation/Review),
 * and from Negotiation/Review back to Prospecting; so every stage's requirements are checked and
 * the forecast changes on some moves. The calls cycle through the pool.
 *
 * <p>Why a fresh tenant per iteration: every kernel move retains an audit entry, an outbox
 * message and a history entry on the heap of the in-memory store (about 2.2 KB per move, measured
 * over 100,000 moves). Starting every iteration from a fresh store keeps the live set to one
 * iteration's moves (about 250 MB at 50,000 moves per second and two seconds per iteration, in a
 * 2 GB heap); the direct update only
 * replaces the deal and retains nothing. The setup is not timed, but the GC and CPU profilers
 * count it, so it prints its own CPU time and allocation, to be subtracted from theirs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class StageMoveBenchmark {

  /** Deals in the pool; a power of two. */
  static final int DEALS = 1_024;

  /** A fresh sales tenant per iteration, and where each of its deals stands. */
  @State(Scope.Thread)
  public static class Moves {
    SalesTenant tenant;
    DirectMoves direct;
    List<Stage> stages;
    /** Each deal as last stored. */
    Deal[] deals;
    /** The index in {@link #stages} of each deal's stage. */
    int[] stageOf;
    int next;

    /** Starts from a fresh store, so that what one iteration retained does not weigh on the next. */
    @Setup(Level.Iteration)
    public void freshTenant() {
      com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long cpu = thread.getCurrentThreadCpuTime();
      long allocated = thread.getCurrentThreadAllocatedBytes();
      tenant = SalesTenant.create(DEALS);
      direct = new DirectMoves(tenant);
      stages = tenant.openStages;
      deals = tenant.deals.toArray(Deal[]::new);
      stageOf = new int[DEALS];
      for (int i = 0; i < DEALS; i++) {
        stageOf[i] = stages.indexOf(tenant.pipeline.stage(deals[i].stage()).orElseThrow());
      }
      next = 0;
      System.out.printf("(setup: %.1f ms CPU, %.1f MB allocated) ", (thread.getCurrentThreadCpuTime() - cpu) / 1e6,
          (thread.getCurrentThreadAllocatedBytes() - allocated) / 1e6);
    }

    /** Closes the kernel. */
    @TearDown(Level.Iteration)
    public void close() {
      tenant.close();
    }

    /** The next deal of the cycle. */
    int nextDeal() {
      int i = next;
      next = (i + 1) & (DEALS - 1);
      return i;
    }

    /** The stage deal {@code i} moves to next. */
    Stage targetOf(int i) {
      return stages.get((stageOf[i] + 1) % stages.size());
    }

    /** Remembers deal {@code i} as {@code moved}, at the stage it was moved to. */
    Deal moved(int i, Deal moved) {
      deals[i] = moved;
      stageOf[i] = (stageOf[i] + 1) % stages.size();
      return moved;
    }
  }

  /** {@code moveToStage} through the salesperson's session. */
  @Benchmark
  public Deal moveThroughKernel(Moves m) {
    int i = m.nextDeal();
    Deal current = m.deals[i];
    return m.moved(i, m.tenant.sales.deals().moveToStage(current.id(), current.version(), m.targetOf(i).id()));
  }

  /** The deal's next version at the next stage, stored with a versioned update in one unit of work. */
  @Benchmark
  public Deal moveDirect(Moves m) {
    int i = m.nextDeal();
    Deal current = m.deals[i];
    Deal next = m.direct.moved(current, m.targetOf(i));
    return m.moved(i, m.tenant.store.write(tx -> tx.deals().update(next, current.version())));
  }

  /** As {@link #moveDirect}, plus an audit entry, a history entry and an outbox message in the same unit of work. */
  @Benchmark
  public Deal moveDirectWithAuditOutboxAndHistory(Moves m) {
    int i = m.nextDeal();
    Deal current = m.deals[i];
    Deal next = m.direct.moved(current, m.targetOf(i));
    DirectMoves.Recorded recorded = m.direct.recorded(current, next);
    return m.moved(i, m.tenant.store.write(tx -> {
      Deal stored = tx.deals().update(next, current.version());
      tx.auditLog().append(List.of(recorded.entry()));
      tx.dealHistory().append(List.of(recorded.history()));
      tx.outbox().append(List.of(recorded.message()));
      return stored;
    }));
  }
}
