package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SpecificAndMeasurableRulesTest {

  private static final RuleContext CONTEXT = RuleContext.of(date("2026-01-01"));

  private static Goal vague(String statement) {
    return Goal.builder(GoalId.of("vague"), statement).build();
  }

  // ---- Specific ----

  @Test
  void aGoalWithoutAMetricIsNotSpecific() {
    Finding f = Judge.single(BuiltInRules.SPECIFIC_METRIC, vague("Grow the audience"), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("names no metric");
    assertThat(
            Judge.single(BuiltInRules.SPECIFIC_METRIC, Seeds.doubleLinkedInFollowers(), CONTEXT)
                .severity())
        .isEqualTo(Severity.INFO);
  }

  @Test
  void platformsMustBeNamedOrAllSaidExplicitly() {
    Goal none = Seeds.doubleLinkedInFollowers().toBuilder().scope(Scope.unspecified()).build();
    Goal all = none.toBuilder().scope(Scope.allPlatforms()).build();
    assertThat(Judge.single(BuiltInRules.SPECIFIC_PLATFORMS, none, CONTEXT).severity())
        .isEqualTo(Severity.WARNING);
    Finding f = Judge.single(BuiltInRules.SPECIFIC_PLATFORMS, all, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).isEqualTo("applies to all platforms, explicitly");
  }

  @Test
  void vagueStatementsAreFlaggedWithTheWordThatMakesThemVague() {
    Finding f = Judge.single(BuiltInRules.SPECIFIC_NOT_VAGUE, vague("Grow our presence"), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "the statement \"Grow our presence\" is vague: it says \"presence\" without a number");
    assertThat(
            Judge.single(BuiltInRules.SPECIFIC_NOT_VAGUE, vague("More engagement"), CONTEXT)
                .message())
        .contains("says \"more\" without a number");
    assertThat(
            Judge.rule(BuiltInRules.SPECIFIC_NOT_VAGUE, Seeds.doubleLinkedInFollowers(), CONTEXT))
        .isEmpty();
    assertThat(Judge.rule(BuiltInRules.SPECIFIC_NOT_VAGUE, vague("Get 500 leads"), CONTEXT))
        .isEmpty();
  }

  @Test
  void aCategoryMustBeSet() {
    assertThat(
            Judge.single(BuiltInRules.SPECIFIC_CATEGORY, vague("Get 500 leads"), CONTEXT)
                .severity())
        .isEqualTo(Severity.WARNING);
    assertThat(Judge.rule(BuiltInRules.SPECIFIC_CATEGORY, Seeds.doubleLinkedInFollowers(), CONTEXT))
        .isEmpty();
  }

  // ---- Measurable ----

  @Test
  void aTargetIsNeeded() {
    Goal noTarget = Seeds.doubleLinkedInFollowers().toBuilder().target(null).build();
    assertThat(Judge.single(BuiltInRules.MEASURABLE_TARGET, noTarget, CONTEXT).severity())
        .isEqualTo(Severity.ERROR);
    Goal milestone = noTarget.toBuilder().target(Target.milestone()).build();
    assertThat(Judge.single(BuiltInRules.MEASURABLE_TARGET, milestone, CONTEXT).severity())
        .isEqualTo(Severity.WARNING);
    assertThat(
            Judge.single(BuiltInRules.MEASURABLE_TARGET, Seeds.doubleLinkedInFollowers(), CONTEXT)
                .message())
        .isEqualTo("the target is \"multiply by 2\"");
  }

  @Test
  void aCountTargetMustBeWhole() {
    Goal half =
        Seeds.doubleLinkedInFollowers().toBuilder()
            .target(Target.increaseTo(new BigDecimal("2400.5")))
            .build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_TARGET, half, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo("Followers is counted in whole numbers, but the target names 2400.5");
    assertThat(f.suggestion().orElseThrow())
        .contains("round the target to a whole number, such as 2,401");
  }

  @Test
  void aRatioTargetThatLooksLikeAPercentIsFlagged() {
    MetricId err = MetricId.of("err");
    MetricRegistry registry =
        MetricRegistry.builder()
            .add(
                MetricDefinition.builder(err)
                    .name("Engagement rate by reach")
                    .description("Engagements / reach.")
                    .unit(MetricUnit.RATIO)
                    .build(),
                "test")
            .build();
    Goal goal =
        Goal.builder(GoalId.of("err"), "Reach an ERR of 5 on Instagram")
            .metric(err)
            .target(Target.increaseTo(BigDecimal.valueOf(5)))
            .build();
    Finding f =
        Judge.single(
            BuiltInRules.MEASURABLE_TARGET, goal, CONTEXT.toBuilder().registry(registry).build());
    assertThat(f.message()).contains("is a ratio (0.05 means 5%), but the target names 5");
    assertThat(f.suggestion().orElseThrow())
        .contains("write the target as a fraction, such as 0.05");
  }

  @Test
  void aRelativeTargetNeedsABaseline() {
    Goal noBaseline = Seeds.doubleLinkedInFollowers().toBuilder().baseline(null).build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_BASELINE, noBaseline, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("\"multiply by 2\" is relative");
    assertThat(
            Judge.rule(
                BuiltInRules.MEASURABLE_BASELINE, Seeds.backToSchoolLeadsFacebook(), CONTEXT))
        .isEmpty();
    Goal fromData =
        noBaseline.toBuilder()
            .baselinePeriod(dev.northstar.core.goal.BaselinePeriod.previousPeriod())
            .build();
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_BASELINE, fromData, CONTEXT)).isEmpty();
  }

  @Test
  void theTargetMustDifferFromTheBaselineInItsDirection() {
    Goal same =
        Seeds.doubleLinkedInFollowers().toBuilder()
            .target(Target.increaseTo(BigDecimal.valueOf(1_200)))
            .build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_CHANGE, same, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo("the target 1,200 equals the baseline 1,200 (2026-01-01): nothing changes");
    Goal wrongWay = same.toBuilder().target(Target.increaseTo(BigDecimal.valueOf(1_000))).build();
    assertThat(Judge.single(BuiltInRules.MEASURABLE_CHANGE, wrongWay, CONTEXT).message())
        .isEqualTo("\"increase to 1000\" goes the wrong way from the baseline 1,200 (2026-01-01)");
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_CHANGE, Seeds.doubleLinkedInFollowers(), CONTEXT))
        .isEmpty();
  }

  @Test
  void theMetricMustBeReportedOnEveryPlatformOfTheScope() {
    MetricId saves = MetricId.of("pin_saves");
    MetricRegistry registry =
        MetricRegistry.builder()
            .add(
                MetricDefinition.builder(saves)
                    .name("Pin saves")
                    .description("Saves of pins.")
                    .unit(MetricUnit.COUNT)
                    .availableOn(java.util.Set.of(Platform.PINTEREST))
                    .build(),
                "test")
            .build();
    Goal goal =
        Goal.builder(GoalId.of("saves"), "Get 300 pin saves")
            .metric(saves)
            .scope(Scope.of(Platform.PINTEREST, Platform.TIKTOK))
            .target(Target.total(300))
            .build();
    RuleContext context = CONTEXT.toBuilder().registry(registry).build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_AVAILABILITY, goal, context);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("Pin saves is not reported on TikTok (only on [Pinterest])");
    assertThat(f.suggestion())
        .contains("drop TikTok from the scope, or pick a metric reported there");
    Goal pinterestOnly = goal.toBuilder().scope(Scope.of(Platform.PINTEREST)).build();
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_AVAILABILITY, pinterestOnly, context)).isEmpty();
  }

  @Test
  void anUnknownMetricIsReported() {
    Goal custom =
        Goal.builder(GoalId.of("codes"), "Redeem 200 discount codes")
            .metric(MetricId.of("code_redemptions"))
            .build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_AVAILABILITY, custom, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("code_redemptions is not in the metric registry");
    assertThat(CoreMetrics.FOLLOWERS).isNotNull();
  }
}
