package dev.northstar.benchmarks;

import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.table.MetricTable;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: the group-by of {@link GroupByBenchmark} through {@code query.run(table, threads)}:
 * the rows split into contiguous parts, one per thread, whose mergeable partials are then merged.
 * Nanoseconds per row (wall clock).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(GroupByBenchmark.ROWS)
public class ThreadsBenchmark {

  @Param({"1", "2"})
  int threads = 1;

  /** Fewer rows for a smoke run only; the per-row score assumes 10,000,000. */
  @Param({"10000000"})
  int rows = GroupByBenchmark.ROWS;

  private MetricTable table = new Posts(0).table();
  private KpiQuery query = Posts.errByPlatformAndDay();

  @Setup(Level.Trial)
  public void setUp() {
    table = new Posts(rows).table();
    query = Posts.errByPlatformAndDay();
  }

  @Benchmark
  public Object run() {
    return query.run(table, threads);
  }
}
