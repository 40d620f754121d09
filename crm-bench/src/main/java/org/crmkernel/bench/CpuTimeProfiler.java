package org.crmkernel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports CPU time per operation, which a busy shared machine distorts far less than wall-clock
 * time: {@code cpu.worker.norm} is the CPU time of the benchmark threads (the code path itself),
 * {@code cpu.process.norm} that of the whole JVM (garbage collection and JIT included). Like
 * the GC profiler it counts the whole iteration, a per-iteration {@code @Setup} included. Use
 * with {@code -prof org.crmkernel.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long processStart;
  private long workersStart;

  /** A profiler; JMH makes one per forked JVM. */
  public CpuTimeProfiler() {
    threads.setThreadCpuTimeEnabled(true);
  }

  @Override
  public String getDescription() {
    return "CPU time per operation: benchmark threads, and the whole JVM";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    processStart = os.getProcessCpuTime();
    workersStart = workerCpuTime();
  }

  @Override
  public List<? extends Result<?>> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
      IterationResult result) {
    long process = os.getProcessCpuTime() - processStart;
    long workers = workerCpuTime() - workersStart;
    double ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(
        new ScalarResult("cpu.worker.norm", workers / ops / 1_000.0, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.process.norm", process / ops / 1_000.0, "us/op", AggregationPolicy.AVG));
  }

  /** The CPU time of JMH's worker threads, which live for the whole trial. */
  private long workerCpuTime() {
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        total += Math.max(0, cpu);
      }
    }
    return total;
  }
}
