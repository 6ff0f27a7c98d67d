package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.smart.statement.GoalStatementParser;
import dev.northstar.smart.statement.ParsedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement parsed into a goal, completed with a baseline and a parent, and judged SMART. */
class ParseThenValidateTest {

  @Test
  void aParsedSeedGoalWithBaselineParentAndHistoryIsSmart() {
    ParsedStatement parsed =
        GoalStatementParser.standard()
            .parse("Double LinkedIn followers within six months", date("2026-01-01"));
    Goal goal =
        parsed.drafts().get(0).toGoal(GoalId.of("linkedin")).toBuilder()
            .baseline(Baseline.of(1_200, date("2026-01-01")))
            .parent(GoalId.of("b2b-awareness"))
            .build();
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    goals.add(goal);
    RuleContext context =
        RuleContext.builder(date("2026-01-01"))
            .hierarchy(GoalHierarchy.of(goals))
            .history(Seeds.linkedInFollowersFast())
            .build();
    SmartReport report = SmartValidator.create().validate(goal, context);
    assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.SMART);
    // 181 days = 5.947 months: 2^(1/5.947) - 1 = 12.4% <= median 13%
    assertThat(report.findingsOf(BuiltInRules.ACHIEVABLE_GROWTH).get(0).message())
        .startsWith("needs 12.4% a month (1,200 -> 2,400 in 5.9 months)")
        .endsWith("the median month of the last 6 was 13.0% and the best 15.0%: realistic");
  }

  @Test
  void theBackToSchoolStatementGivesTwoGoalsThatAreJudgedSeparately() {
    ParsedStatement parsed =
        GoalStatementParser.standard()
            .parse(
                "Generate 500 new leads from Facebook and 150 from Twitter in the \"Back to"
                    + " school\" campaign, 5 August to 1 September",
                date("2026-07-01"));
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < parsed.drafts().size(); i++) {
      goals.add(parsed.drafts().get(i).toGoal(GoalId.of("back-to-school-" + i)));
    }
    List<SmartReport> reports =
        SmartValidator.builtInOnly().validateAll(goals, RuleContext.of(date("2026-07-01")));
    assertThat(reports).hasSize(2);
    // 5 August to 1 September is 28 days: short of the 30-day minimum
    for (SmartReport r : reports) {
      assertThat(r.status(Criterion.TIME_BOUND)).isEqualTo(CriterionStatus.PARTLY_MET);
      assertThat(r.status(Criterion.MEASURABLE)).isEqualTo(CriterionStatus.MET);
    }
  }
}
