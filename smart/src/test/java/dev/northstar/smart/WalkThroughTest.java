package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of seed 000 (DOMAIN.md section 2): "grow the audience" -> "grow LinkedIn
 * followers" -> "double LinkedIn followers" -> (check history) -> (B2B, so relevant) -> "double
 * LinkedIn followers within six months". Every step must judge better than the one before.
 */
class WalkThroughTest {

  private static final GoalId ID = GoalId.of("audience");
  private static final SmartValidator VALIDATOR = SmartValidator.builtInOnly();

  /** How good a status is: higher is better; not checked does not occur here. */
  private static int rank(CriterionStatus s) {
    return switch (s) {
      case NOT_CHECKED, NOT_MET -> 0;
      case PARTLY_MET -> 1;
      case MET -> 2;
    };
  }

  @Test
  void everyStepJudgesBetter() {
    RuleContext bare = RuleContext.of(date("2026-01-01"));
    RuleContext withHistory = bare.toBuilder().history(Seeds.linkedInFollowersFast()).build();

    Goal step1 =
        Goal.builder(ID, "Grow the audience").category(GoalCategory.BRAND_AWARENESS).build();
    Goal step2 =
        step1.toBuilder()
            .statement("Grow LinkedIn followers")
            .metric(CoreMetrics.FOLLOWERS)
            .scope(Scope.of(Platform.LINKEDIN))
            .build();
    Goal step3 =
        step2.toBuilder()
            .statement("Double LinkedIn followers")
            .baseline(Baseline.of(1_200, date("2026-01-01")))
            .target(Target.doubling())
            .build();
    Goal step5 = step3.toBuilder().parent(GoalId.of("b2b-awareness")).build();
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    goals.add(step5);
    RuleContext withHierarchy = withHistory.toBuilder().hierarchy(GoalHierarchy.of(goals)).build();
    Goal step6 =
        step5.toBuilder()
            .statement("Double LinkedIn followers within six months")
            .period(DateRange.withinMonthsFrom(date("2026-01-01"), 6))
            .build();
    List<Goal> finalGoals = new ArrayList<>(Seeds.objectives());
    finalGoals.add(step6);
    RuleContext finalContext =
        withHistory.toBuilder().hierarchy(GoalHierarchy.of(finalGoals)).build();

    List<SmartReport> steps =
        List.of(
            VALIDATOR.validate(step1, bare),
            VALIDATOR.validate(step2, bare),
            VALIDATOR.validate(step3, bare),
            VALIDATOR.validate(step3, withHistory),
            VALIDATOR.validate(step5, withHierarchy),
            VALIDATOR.validate(step6, finalContext));

    for (int i = 1; i < steps.size(); i++) {
      SmartReport before = steps.get(i - 1);
      SmartReport after = steps.get(i);
      int gained = 0;
      for (Criterion c : Criterion.values()) {
        int delta = rank(after.status(c)) - rank(before.status(c));
        assertThat(delta).as("step %d, %s:%n%s%n%s", i + 1, c, before, after).isNotNegative();
        gained += delta;
      }
      assertThat(gained)
          .as("step %d improves something:%n%s%n%s", i + 1, before, after)
          .isPositive();
    }
    // the steps improve, in order, S, M, A, R and T
    assertThat(steps.get(0).status(Criterion.SPECIFIC)).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(steps.get(1).status(Criterion.MEASURABLE)).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(steps.get(2).status(Criterion.ACHIEVABLE)).isEqualTo(CriterionStatus.PARTLY_MET);
    assertThat(steps.get(3).status(Criterion.ACHIEVABLE)).isEqualTo(CriterionStatus.MET);
    assertThat(steps.get(4).status(Criterion.RELEVANT)).isEqualTo(CriterionStatus.MET);
    assertThat(steps.get(4).status(Criterion.TIME_BOUND)).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(steps.get(5).verdict()).as(steps.get(5).toString()).isEqualTo(Verdict.SMART);
  }
}
