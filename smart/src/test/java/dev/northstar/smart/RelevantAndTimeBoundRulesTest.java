package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelevantAndTimeBoundRulesTest {

  private static final RuleContext CONTEXT = RuleContext.of(date("2026-01-01"));

  private static Goal underMarketing() {
    return Seeds.doubleLinkedInFollowers().toBuilder().parent(GoalId.of("b2b-awareness")).build();
  }

  private static RuleContext withHierarchy(Goal goal) {
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    goals.add(goal);
    return CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(goals)).build();
  }

  // ---- Relevant ----

  @Test
  void aGoalWithoutAParentIsNotShownToBeRelevant() {
    Finding f =
        Judge.single(BuiltInRules.RELEVANT_ALIGNED, Seeds.doubleLinkedInFollowers(), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("not linked to a business or marketing objective");
  }

  @Test
  void aGoalUnderAnObjectiveIsAligned() {
    Goal goal = underMarketing();
    Finding f = Judge.single(BuiltInRules.RELEVANT_ALIGNED, goal, withHierarchy(goal));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message())
        .isEqualTo(
            "serves the marketing objective b2b-awareness (\"Raise brand awareness among B2B"
                + " buyers in H1\")");
  }

  @Test
  void aParentMissingFromTheHierarchyIsReported() {
    Finding f = Judge.single(BuiltInRules.RELEVANT_ALIGNED, underMarketing(), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).isEqualTo("its parent b2b-awareness is not in the hierarchy given");
  }

  @Test
  void theMetricMustSuitTheCategory() {
    Goal leadsForAwareness =
        Seeds.doubleLinkedInFollowers().toBuilder().metric(CoreMetrics.LEADS).build();
    Finding f =
        Judge.single(BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY, leadsForAwareness, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo("leads measures [lead generation, recruiting], not brand awareness");
    assertThat(f.suggestion().orElseThrow()).endsWith("or change the category to lead generation");
    assertThat(
            Judge.single(
                    BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY,
                    Seeds.doubleLinkedInFollowers(),
                    CONTEXT)
                .severity())
        .isEqualTo(Severity.INFO);
    Goal custom =
        Seeds.doubleLinkedInFollowers().toBuilder()
            .metric(MetricId.of("code_redemptions"))
            .category(GoalCategory.REVENUE)
            .build();
    assertThat(Judge.single(BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY, custom, CONTEXT).message())
        .contains("custom metric");
  }

  @Test
  void thePeriodMustLieInsideTheParents() {
    // the marketing objective runs 2026-01-01 to 2026-06-30; the goal to 2026-09-30
    Goal tooLong = underMarketing().toBuilder().deadline(date("2026-09-30")).build();
    Finding f =
        Judge.single(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, tooLong, withHierarchy(tooLong));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "its period 2026-01-01/2026-09-30 is not inside the period 2026-01-01/2026-06-30 of its"
                + " parent b2b-awareness");
    assertThat(f.suggestion())
        .contains("move it inside 2026-01-01/2026-06-30, such as from 2026-01-01 to 2026-06-30");
    Goal inside = underMarketing();
    assertThat(
            Judge.rule(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, inside, withHierarchy(inside)))
        .isEmpty();
  }

  // ---- Time-bound ----

  @Test
  void aDeadlineIsNeeded() {
    Finding f =
        Judge.single(
            BuiltInRules.TIME_BOUND_DEADLINE, Seeds.skateboardShoeSalesInstagram(), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    // six months from the reference date 2026-01-01 end on 2026-06-30
    assertThat(f.suggestion().orElseThrow())
        .contains("set a deadline, such as within six months: 2026-06-30");
  }

  @Test
  void theDeadlineMustFollowTheStart() {
    Goal oneDay = Seeds.doubleLinkedInFollowers().toBuilder().deadline(date("2026-01-01")).build();
    assertThat(Judge.single(BuiltInRules.TIME_BOUND_DEADLINE, oneDay, CONTEXT).message())
        .isEqualTo("the deadline 2026-01-01 does not follow the start 2026-01-01");
    Goal noStart = Seeds.doubleLinkedInFollowers().toBuilder().start(null).build();
    assertThat(Judge.single(BuiltInRules.TIME_BOUND_DEADLINE, noStart, CONTEXT).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void aWeekIsTooShort() {
    // 2026-01-12 to 2026-01-18 is 7 days; the minimum 30 days from 2026-01-12 end on 2026-02-10
    Finding f =
        Judge.single(BuiltInRules.TIME_BOUND_DURATION, Seeds.millionDollarsNextWeek(), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).startsWith("lasts 7 days; at least 30 are advised");
    assertThat(f.suggestion().orElseThrow()).contains("move the deadline to 2026-02-10 or later");
  }

  @Test
  void theMinimumAndMaximumAreConfigurable() {
    RuleContext lenient =
        CONTEXT.toBuilder().config(SmartConfig.builder().minimumDurationDays(7).build()).build();
    assertThat(
            Judge.single(BuiltInRules.TIME_BOUND_DURATION, Seeds.millionDollarsNextWeek(), lenient)
                .message())
        .isEqualTo("lasts 7 days");
    RuleContext strict =
        CONTEXT.toBuilder().config(SmartConfig.builder().maximumDurationDays(90).build()).build();
    Finding f =
        Judge.single(BuiltInRules.TIME_BOUND_DURATION, Seeds.doubleLinkedInFollowers(), strict);
    assertThat(f.message()).isEqualTo("lasts 181 days; more than 90 is too long to steer by");
  }

  @Test
  void aPastDeadlineIsAnError() {
    RuleContext later = RuleContext.of(date("2026-07-01"));
    Finding f =
        Judge.single(BuiltInRules.TIME_BOUND_NOT_PAST, Seeds.doubleLinkedInFollowers(), later);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("the deadline 2026-06-30 is already past at 2026-07-01");
    RuleContext onTheDay = RuleContext.of(date("2026-06-30"));
    assertThat(
            Judge.rule(BuiltInRules.TIME_BOUND_NOT_PAST, Seeds.doubleLinkedInFollowers(), onTheDay))
        .isEmpty();
  }
}
