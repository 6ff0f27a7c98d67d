package dev.northstar.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hierarchies of 100,000 goals in any shape (a chain, a wide star, a random tree) are built, drawn
 * and asked about without recursion and in linear time: no {@link StackOverflowError}, and the text
 * grows with the number of goals.
 */
class DeepHierarchyTest {

  static final int GOALS = 100_000;

  private static GoalId id(int n) {
    return GoalId.of("g" + n);
  }

  /**
   * A business root, a marketing goal under it, then a chain of social goals, each under the last.
   */
  static List<Goal> chain(int n) {
    List<Goal> goals = new ArrayList<>(n);
    goals.add(Goal.builder(id(0), "root").level(GoalLevel.BUSINESS).build());
    goals.add(Goal.builder(id(1), "objective").level(GoalLevel.MARKETING).parent(id(0)).build());
    for (int i = 2; i < n; i++) {
      goals.add(Goal.builder(id(i), "goal " + i).parent(id(i - 1)).build());
    }
    return goals;
  }

  @Test
  void aChainOf100000GoalsBuildsDrawsAndFindsItsObjectiveInLinearTime() {
    List<Goal> goals = chain(GOALS);
    Collections.reverse(goals); // children before parents, the hardest order for the cycle check
    GoalHierarchy h = GoalHierarchy.of(goals);

    assertThat(h.roots()).extracting(Goal::id).containsExactly(id(0));
    assertThat(h.nearestHigherAncestor(id(GOALS - 1))).map(Goal::id).contains(id(1));
    assertThat(h.nearestHigherAncestor(id(2))).map(Goal::id).contains(id(1));
    assertThat(h.nearestHigherAncestor(id(1))).map(Goal::id).contains(id(0));
    assertThat(h.nearestHigherAncestor(id(0))).isEmpty();
    assertThat(h.ancestors(id(GOALS - 1))).hasSize(GOALS - 1);

    String text = h.toString();
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(GOALS);
    assertThat(lines.get(0)).isEqualTo("BUSINESS g0: root");
    assertThat(lines.get(40)).isEqualTo("  ".repeat(40) + "SOCIAL g40: goal 40");
    assertThat(lines.get(41)).isEqualTo("  ".repeat(40) + "(depth 41) SOCIAL g41: goal 41");
    assertThat(lines.get(GOALS - 1))
        .isEqualTo("  ".repeat(40) + "(depth 99999) SOCIAL g99999: goal 99999");
    // linear: at most the 80-space indent and the depth label over the statement, per goal
    assertThat(text.length()).isLessThan(GOALS * 130);
  }

  @Test
  void aWideStarAndARandomTreeOf100000GoalsBuildAndDraw() {
    List<Goal> star = new ArrayList<>();
    star.add(Goal.builder(id(0), "root").level(GoalLevel.MARKETING).build());
    for (int i = 1; i < GOALS; i++) {
      star.add(Goal.builder(id(i), "goal " + i).parent(id(0)).build());
    }
    GoalHierarchy wide = GoalHierarchy.of(star);
    assertThat(wide.children(id(0))).hasSize(GOALS - 1);
    assertThat(wide.nearestHigherAncestor(id(GOALS - 1))).map(Goal::id).contains(id(0));
    assertThat(wide.toString().lines()).hasSize(GOALS);

    SplittableRandom random = new SplittableRandom(22);
    List<Goal> tree = new ArrayList<>();
    tree.add(Goal.builder(id(0), "root").level(GoalLevel.BUSINESS).build());
    int[] depth = new int[GOALS];
    for (int i = 1; i < GOALS; i++) {
      // parents among the last few goals, so that the tree is deep as well as wide
      int parent = Math.max(0, i - 1 - random.nextInt(3));
      depth[i] = depth[parent] + 1;
      tree.add(Goal.builder(id(i), "goal " + i).parent(id(parent)).build());
    }
    GoalHierarchy random100k = GoalHierarchy.of(tree);
    int deepest = 0;
    for (int d : depth) {
      deepest = Math.max(deepest, d);
    }
    assertThat(deepest).isGreaterThan(10_000);
    assertThat(random100k.toString().lines()).hasSize(GOALS);
    assertThat(random100k.nearestHigherAncestor(id(GOALS - 1))).map(Goal::id).contains(id(0));
  }

  @Test
  void theNearestHigherAncestorSkipsGoalsOfTheSameLevel() {
    GoalHierarchy h =
        GoalHierarchy.of(
            List.of(
                Goal.builder(id(0), "business").level(GoalLevel.BUSINESS).build(),
                Goal.builder(id(1), "m1").level(GoalLevel.MARKETING).parent(id(0)).build(),
                Goal.builder(id(2), "m2").level(GoalLevel.MARKETING).parent(id(1)).build(),
                Goal.builder(id(3), "s1").parent(id(2)).build(),
                Goal.builder(id(4), "s2").parent(id(3)).build(),
                Goal.builder(id(5), "lone social").build(),
                Goal.builder(id(6), "under lone").parent(id(5)).build()));
    assertThat(h.nearestHigherAncestor(id(4))).map(Goal::id).contains(id(2));
    assertThat(h.nearestHigherAncestor(id(3))).map(Goal::id).contains(id(2));
    assertThat(h.nearestHigherAncestor(id(2))).map(Goal::id).contains(id(0));
    assertThat(h.nearestHigherAncestor(id(1))).map(Goal::id).contains(id(0));
    assertThat(h.nearestHigherAncestor(id(6))).isEmpty();
    assertThat(h.nearestHigherAncestor(id(5))).isEmpty();
    assertThat(h.nearestHigherAncestor(GoalId.of("unknown"))).isEmpty();
    assertThatThrownBy(() -> h.nearestHigherAncestor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }
}
