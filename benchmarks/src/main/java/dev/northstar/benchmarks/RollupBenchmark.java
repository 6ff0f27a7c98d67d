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
 * Benchmark 5a: the weighted-mean roll-up of a goal hierarchy of {@link #nodes} goals, in the
 * {@link #shape} given: {@code tree}, a business root, levels of marketing objectives with ten
 * children each (at 100,000 nodes: 10 + 100 + 1,000 + 10,000 objectives), and social goals with
 * measured progress under the last level; {@code chain}, each goal the parent of the next, down to
 * one measured social goal; {@code star}, one root with every other goal a measured child; {@code
 * random}, each goal under one of the four goals before it. One in twenty social goals has no
 * progress (listed as lacking). Milliseconds per operation; the progress of each goal is computed
 * once per trial.
 *
 * <p>{@link #check()} builds the hierarchy (the structural checks), {@link #rollUp()} rolls up the
 * root, {@link #rollUpEvery()} every objective (as {@code progress} and {@code report} do), and
 * {@link #draw()} draws the tree: each is linear in the goals whatever the shape, with no
 * recursion.
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

  @Param({"tree", "chain", "star", "random"})
  String shape = "tree";

  private List<Goal> goalList = List.of();

  private GoalHierarchy hierarchy = GoalHierarchy.of(List.of());
  private Map<GoalId, GoalProgress> progress = Map.of();
  private GoalId root = GoalId.of("root");

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(Posts.SEED);
    root = GoalId.of("root");
    List<Goal> goals = new ArrayList<>(nodes);
    goals.add(Goal.builder(root, "root objective").level(GoalLevel.BUSINESS).build());
    Map<GoalId, GoalProgress> measured = new HashMap<>();
    switch (shape) {
      case "chain" -> {
        GoalId parent = root;
        for (int n = 1; n < nodes - 1; n++) {
          GoalId id = GoalId.of("o" + n);
          goals.add(Goals.objective(id, parent));
          parent = id;
        }
        addSocial(goals, measured, GoalId.of("s0"), parent, random);
      }
      case "star" -> {
        for (int n = 0; goals.size() < nodes; n++) {
          addSocial(goals, measured, GoalId.of("s" + n), root, random);
        }
      }
      case "random" -> {
        List<GoalId> ids = new ArrayList<>(List.of(root));
        for (int n = 1; n < nodes; n++) {
          GoalId parent = ids.get(Math.max(0, n - 1 - random.nextInt(4)));
          GoalId id = GoalId.of("o" + n);
          goals.add(Goals.objective(id, parent));
          ids.add(id);
        }
        // the goals nobody serves get measured progress
        Map<GoalId, Boolean> hasChild = new HashMap<>();
        goals.forEach(g -> g.parent().ifPresent(p -> hasChild.put(p, true)));
        List<Goal> leaves = new ArrayList<>();
        for (Goal g : goals) {
          if (!hasChild.containsKey(g.id()) && g.parent().isPresent()) {
            leaves.add(g);
          }
        }
        goals.removeIf(g -> !hasChild.containsKey(g.id()) && g.parent().isPresent());
        for (Goal leaf : leaves) {
          addSocial(goals, measured, leaf.id(), leaf.parent().orElseThrow(), random);
        }
      }
      default -> tree(goals, measured, random);
    }
    goalList = List.copyOf(goals);
    hierarchy = GoalHierarchy.of(goals);
    progress = measured;
  }

  private static void addSocial(
      List<Goal> goals,
      Map<GoalId, GoalProgress> measured,
      GoalId id,
      GoalId parent,
      SplittableRandom random) {
    Goal g = Goals.social(id, parent, random);
    goals.add(g);
    if (random.nextInt(20) != 0) {
      BigDecimal current = BigDecimal.valueOf(1_000 + random.nextInt(4_000));
      measured.put(g.id(), GoalProgress.ofCurrentValue(g, current, Goals.REFERENCE));
    }
  }

  private void tree(List<Goal> goals, Map<GoalId, GoalProgress> measured, SplittableRandom random) {
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
    for (int n = 0; goals.size() < nodes; n++) {
      addSocial(goals, measured, GoalId.of("s" + n), level.get(n % level.size()), random);
    }
  }

  @Benchmark
  public Rollup rollUp() {
    return Rollup.of(hierarchy, root, progress, RollupMethod.WEIGHTED_MEAN);
  }

  @Benchmark
  public Map<GoalId, Rollup> rollUpEvery() {
    return Rollup.ofEvery(hierarchy, progress, RollupMethod.WEIGHTED_MEAN);
  }

  @Benchmark
  public GoalHierarchy check() {
    return GoalHierarchy.of(goalList);
  }

  @Benchmark
  public String draw() {
    return hierarchy.toString();
  }
}
