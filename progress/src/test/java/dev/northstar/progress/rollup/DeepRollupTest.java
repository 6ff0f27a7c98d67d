package dev.northstar.progress.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.GoalProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups over hierarchies of 100,000 goals in any shape, without recursion: each goal is rolled
 * up once, and the reasons of a deep chain without data stay short.
 */
class DeepRollupTest {

  private static final int GOALS = 100_000;
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate REF = LocalDate.of(2026, 8, 1);

  private static GoalId id(int n) {
    return GoalId.of("g" + n);
  }

  /** A social goal to double from 100. */
  private static Goal measurable(int n, int parent) {
    return Goal.builder(id(n), "double " + n)
        .parent(id(parent))
        .target(Target.doubling())
        .baseline(Baseline.of(100, START))
        .period(DateRange.withinMonthsFrom(START, 3))
        .build();
  }

  private static Goal objective(int n, int parent) {
    return Goal.builder(id(n), "objective " + n).parent(id(parent)).build();
  }

  private static Goal root() {
    return Goal.builder(id(0), "root").level(GoalLevel.BUSINESS).build();
  }

  @Test
  void aChainOf100000GoalsRollsUpFromItsOneMeasuredLeaf() {
    List<Goal> goals = new ArrayList<>();
    goals.add(root());
    for (int i = 1; i < GOALS - 1; i++) {
      goals.add(objective(i, i - 1));
    }
    Goal leaf = measurable(GOALS - 1, GOALS - 2);
    goals.add(leaf);
    GoalHierarchy h = GoalHierarchy.of(goals);
    // 100 to 150 of a doubling: half way
    Map<GoalId, GoalProgress> measured =
        Map.of(leaf.id(), GoalProgress.ofCurrentValue(leaf, new BigDecimal("150"), REF));

    Rollup top = Rollup.of(h, id(0), measured, RollupMethod.WEIGHTED_MEAN);
    assertThat(top.progress()).map(BigDecimal::doubleValue).contains(0.5);
    assertThat(top.counted()).singleElement().satisfies(c -> assertThat(c.rolledUp()).isTrue());

    Map<GoalId, Rollup> every = Rollup.ofEvery(h, measured, RollupMethod.WEIGHTED_MEAN);
    assertThat(every).hasSize(GOALS - 1);
    assertThat(every.keySet().iterator().next()).isEqualTo(id(0));
    assertThat(every.get(id(0))).isEqualTo(top);
    assertThat(every.get(id(GOALS - 2)).progress()).map(BigDecimal::doubleValue).contains(0.5);
    assertThat(every).doesNotContainKey(leaf.id());
  }

  @Test
  void aChainWithoutDataSaysSoInShortReasons() {
    List<Goal> goals = new ArrayList<>();
    goals.add(root());
    for (int i = 1; i < GOALS; i++) {
      goals.add(objective(i, i - 1));
    }
    GoalHierarchy h = GoalHierarchy.of(goals);
    Rollup top = Rollup.of(h, id(0), Map.of(), RollupMethod.AND_MINIMUM);
    assertThat(top.progress()).isEmpty();
    assertThat(top.lacking())
        .containsExactly(
            new Lack(
                id(1),
                "no progress given; no child with data: [g2 (no progress given; no child with"
                    + " data)]"));
    Map<GoalId, Rollup> every = Rollup.ofEvery(h, Map.of(), RollupMethod.AND_MINIMUM);
    assertThat(every.get(id(GOALS - 2)).lacking())
        .containsExactly(new Lack(id(GOALS - 1), "no progress given"));
    assertThat(every.get(id(GOALS - 3)).lacking())
        .containsExactly(
            new Lack(
                id(GOALS - 2),
                "no progress given; no child with data: [g99999 (no progress given)]"));
  }

  @Test
  void aRandomTreeAndAStarRollUpAsTheirSubtreesDo() {
    SplittableRandom random = new SplittableRandom(22);
    List<Goal> goals = new ArrayList<>();
    goals.add(root());
    Map<GoalId, GoalProgress> measured = new HashMap<>();
    int[] parents = new int[GOALS];
    boolean[] leaf = new boolean[GOALS];
    java.util.Arrays.fill(leaf, true);
    for (int i = 1; i < GOALS; i++) {
      parents[i] = Math.max(0, i - 1 - random.nextInt(4));
      leaf[parents[i]] = false;
    }
    for (int i = 1; i < GOALS; i++) {
      goals.add(leaf[i] ? measurable(i, parents[i]) : objective(i, parents[i]));
    }
    // leaves at 100 + 10 * (i % 11): progress (i % 11) / 10, clamped at 1
    for (int i = 1; i < GOALS; i++) {
      if (leaf[i]) {
        Goal g = goals.get(i);
        measured.put(
            g.id(), GoalProgress.ofCurrentValue(g, BigDecimal.valueOf(100 + 10L * (i % 11)), REF));
      }
    }
    GoalHierarchy h = GoalHierarchy.of(goals);
    Map<GoalId, Rollup> every = Rollup.ofEvery(h, measured, RollupMethod.OR_MAXIMUM);
    // an independent bottom-up maximum: children have larger numbers than their parents
    double[] max = new double[GOALS];
    java.util.Arrays.fill(max, -1);
    for (int i = GOALS - 1; i >= 1; i--) {
      double own = leaf[i] ? Math.min(1.0, (i % 11) / 10.0) : max[i];
      max[parents[i]] = Math.max(max[parents[i]], own);
    }
    for (int i : new int[] {0, 1, 2, 3, 1000, 50_000}) {
      if (!leaf[i]) {
        assertThat(every.get(id(i)).progress()).map(BigDecimal::doubleValue).contains(max[i]);
        assertThat(Rollup.of(h, id(i), measured, RollupMethod.OR_MAXIMUM))
            .isEqualTo(every.get(id(i)));
      }
    }

    List<Goal> star = new ArrayList<>();
    star.add(root());
    Map<GoalId, GoalProgress> starMeasured = new HashMap<>();
    for (int i = 1; i < GOALS; i++) {
      Goal g = measurable(i, 0);
      star.add(g);
      starMeasured.put(g.id(), GoalProgress.ofCurrentValue(g, BigDecimal.valueOf(150), REF));
    }
    Rollup wide =
        Rollup.of(GoalHierarchy.of(star), id(0), starMeasured, RollupMethod.WEIGHTED_MEAN);
    assertThat(wide.counted()).hasSize(GOALS - 1);
    assertThat(wide.progress()).map(BigDecimal::doubleValue).contains(0.5);
  }

  @Test
  void ofEveryChecksItsArguments() {
    GoalHierarchy h = GoalHierarchy.of(List.of(root()));
    assertThat(Rollup.ofEvery(h, Map.of(), RollupMethod.WEIGHTED_MEAN)).isEmpty();
    assertThatThrownBy(() -> Rollup.ofEvery(null, Map.of(), RollupMethod.WEIGHTED_MEAN))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("hierarchy");
    assertThatThrownBy(() -> Rollup.ofEvery(h, null, RollupMethod.WEIGHTED_MEAN))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("progressByGoal");
    assertThatThrownBy(() -> Rollup.ofEvery(h, Map.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("method");
  }
}
