package dev.northstar.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time of the benchmark's JVM per operation ({@code
 * cpu.time.norm}, in ns/op), next to the wall-clock score: {@code -prof
 * dev.northstar.benchmarks.CpuTimeProfiler}.
 *
 * <p>On a shared machine, other processes take the cores for part of each iteration, and the
 * wall-clock score grows with them; the CPU time this JVM spent (its benchmark thread, and also its
 * GC and JIT threads) grows much less, so its ratios between contenders hold better. It is not a
 * substitute for a quiet machine: other processes still share the caches and memory bandwidth.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  /** Creates the profiler; JMH calls this. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the benchmark JVM per operation (all its threads)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
  }

  // JMH's InternalProfiler declares its results with the raw Result type.
  @SuppressWarnings("rawtypes")
  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - start;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : cpu / (double) ops;
    return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG));
  }
}
