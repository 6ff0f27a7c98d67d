package dev.northstar.benchmarks;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.SmartValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5c: SMART validation of {@link #goals} goals with the built-in rules, without metric
 * history (so the achievable rule only warns). Milliseconds for all goals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SmartBenchmark {

  @Param({"10000"})
  int goals = 10_000;

  private SmartValidator validator = SmartValidator.builtInOnly();
  private RuleContext context = RuleContext.of(Goals.REFERENCE);
  private List<Goal> list = List.of();

  @Setup(Level.Trial)
  public void setUp() {
    validator = SmartValidator.builtInOnly();
    context = RuleContext.of(Goals.REFERENCE);
    list = Goals.flat(goals);
  }

  @Benchmark
  public List<SmartReport> validate() {
    List<SmartReport> reports = new ArrayList<>(list.size());
    for (Goal goal : list) {
      reports.add(validator.validate(goal, context));
    }
    return reports;
  }
}
