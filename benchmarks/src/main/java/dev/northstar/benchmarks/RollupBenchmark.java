package dev.northstar.benchmarks;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
 * Benchmark 5a: the weighted-mean roll-up of a goal hierarchy of {@link #nodes} goals: a business
 * root, levels of marketing objectives with ten children each (at 100,000 nodes: 10 + 100 + 1,000 +
 * 10,000 objectives), and social goals with measured progress under the last level. One in twenty
 * social goals has no progress (listed as lacking). Milliseconds per roll-up; the progress of each
 * goal is computed once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RollupBenchmark {

  @Param({"100000"})
  int nodes = 100_000;

  private GoalHierarchy hierarchy = GoalHierarchy.of(List.of());
  private Map<GoalId, GoalProgress> progress = Map.of();
  private GoalId root = GoalId.of("root");

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(Posts.SEED);
    root = GoalId.of("root");
    List<Goal> goals = new ArrayList<>(nodes);
    goals.add(Goal.builder(root, "root objective").level(GoalLevel.BUSINESS).build());
    List<GoalId> level = List.of(root);
    int objectives = 1;
    // Objective levels of fan-out 10 while at least ten social goals per last objective remain.
    while (objectives + level.size() * 10L + level.size() * 100L <= nodes) {
      List<GoalId> next = new ArrayList<>();
      int i = 0;
      for (GoalId parent : level) {
        for (int k = 0; k < 10; k++) {
          GoalId id = GoalId.of(parent.value() + "-" + k);
          goals.add(Goals.objective(id, parent));
          next.add(id);
          i++;
        }
      }
      objectives += i;
      level = next;
    }
    Map<GoalId, GoalProgress> measured = new HashMap<>();
    for (int n = 0; goals.size() < nodes; n++) {
      GoalId parent = level.get(n % level.size());
      Goal g = Goals.social(GoalId.of("s" + n), parent, random);
      goals.add(g);
      if (random.nextInt(20) != 0) {
        BigDecimal current = BigDecimal.valueOf(1_000 + random.nextInt(4_000));
        measured.put(g.id(), GoalProgress.ofCurrentValue(g, current, Goals.REFERENCE));
      }
    }
    hierarchy = GoalHierarchy.of(goals);
    progress = measured;
  }

  @Benchmark
  public Rollup rollUp() {
    return Rollup.of(hierarchy, root, progress, RollupMethod.WEIGHTED_MEAN);
  }
}
