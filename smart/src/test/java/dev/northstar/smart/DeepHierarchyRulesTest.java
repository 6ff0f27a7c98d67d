package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.hierarchy.GoalHierarchy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The alignment rule over a chain of 100,000 goals: it finds the objective above from the
 * hierarchy's table, so judging every goal of a chain takes linear time, without recursion.
 */
class DeepHierarchyRulesTest {

  private static final int GOALS = 100_000;

  private static GoalId id(int n) {
    return GoalId.of("g" + n);
  }

  @Test
  void everyGoalOfAChainOfSocialGoalsServesTheObjectiveAtItsTop() {
    List<Goal> goals = new ArrayList<>();
    goals.add(Goal.builder(id(0), "Raise awareness").level(GoalLevel.MARKETING).build());
    for (int i = 1; i < GOALS; i++) {
      goals.add(Goal.builder(id(i), "goal " + i).parent(id(i - 1)).build());
    }
    RuleContext context =
        RuleContext.builder(LocalDate.of(2026, 1, 1)).hierarchy(GoalHierarchy.of(goals)).build();
    for (Goal g : goals.subList(1, GOALS)) {
      Finding f = Judge.single(BuiltInRules.RELEVANT_ALIGNED, g, context);
      assertThat(f.message())
          .as(g.id().value())
          .isEqualTo("serves the marketing objective g0 (\"Raise awareness\")");
    }
  }

  @Test
  void aChainOfSocialGoalsWithoutAnObjectiveSaysSo() {
    List<Goal> goals = new ArrayList<>();
    goals.add(Goal.builder(id(0), "top social").build());
    for (int i = 1; i < GOALS; i++) {
      goals.add(Goal.builder(id(i), "goal " + i).parent(id(i - 1)).build());
    }
    RuleContext context =
        RuleContext.builder(LocalDate.of(2026, 1, 1)).hierarchy(GoalHierarchy.of(goals)).build();
    Finding f = Judge.single(BuiltInRules.RELEVANT_ALIGNED, goals.get(GOALS - 1), context);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "no business or marketing objective is above it; its parents are social goals only");
  }
}
