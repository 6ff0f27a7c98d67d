package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exact findings of the Specific, Measurable and Relevant rules in the cases the other rule
 * tests do not pin down: each message names the field and value, each suggestion what to do.
 */
class RuleMessagesTest {

  private static final RuleContext CONTEXT = RuleContext.of(date("2026-01-01"));

  private static Goal statement(String text) {
    return Goal.builder(GoalId.of("g"), text).build();
  }

  private static Goal followers(Target target) {
    return Seeds.doubleLinkedInFollowers().toBuilder().target(target).build();
  }

  // ---- Specific ----

  @Test
  void aNamedMetricIsReported() {
    Finding f =
        Judge.single(BuiltInRules.SPECIFIC_METRIC, Seeds.doubleLinkedInFollowers(), CONTEXT);
    assertThat(f.message()).isEqualTo("names the metric followers");
    Finding none = Judge.single(BuiltInRules.SPECIFIC_METRIC, statement("Grow"), CONTEXT);
    assertThat(none.suggestion())
        .contains("name the metric to move, such as followers, reach or leads");
  }

  @Test
  void namedPlatformsAreListed() {
    Goal two =
        Seeds.doubleLinkedInFollowers().toBuilder()
            .scope(Scope.of(Platform.LINKEDIN, Platform.INSTAGRAM))
            .build();
    Finding f = Judge.single(BuiltInRules.SPECIFIC_PLATFORMS, two, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).startsWith("applies to [").contains("LinkedIn").contains("Instagram");
    Finding none = Judge.single(BuiltInRules.SPECIFIC_PLATFORMS, statement("Grow"), CONTEXT);
    assertThat(none.message()).isEqualTo("names no platform, so it is unclear where to measure");
    assertThat(none.suggestion())
        .contains("name the platforms, such as LinkedIn, or say \"all platforms\" explicitly");
  }

  @Test
  void theVaguestWordFoundIsNamed() {
    assertThat(vagueness("Do better on social")).isEqualTo("says \"do better\" without a number");
    assertThat(vagueness("Be better")).isEqualTo("says \"better\" without a number");
    assertThat(vagueness("Post some things")).isEqualTo("says \"some\" without a number");
    assertThat(vagueness("Brand awareness")).isEqualTo("says \"awareness\" without a number");
    assertThat(vagueness("Improve things")).isEqualTo("says \"improve\" without a number");
    assertThat(vagueness("Boost things")).isEqualTo("says \"boost\" without a number");
    assertThat(vagueness("Grow and more")).isEqualTo("says \"more\" without a number");
    // whole words only: "grower" is not "grow"
    assertThat(vagueness("Find a grower")).isEqualTo("has no number in it");
    Finding f = Judge.single(BuiltInRules.SPECIFIC_NOT_VAGUE, statement("Grow"), CONTEXT);
    assertThat(f.message())
        .isEqualTo("the statement \"Grow\" is vague: it says \"grow\" without a number");
    assertThat(f.suggestion())
        .contains(
            "say how much of which metric by when, such as \"increase total Instagram followers"
                + " by 20% in the next quarter\"");
  }

  @Test
  void numberWordsAndDigitsAreNotVague() {
    for (String s :
        List.of("Grow 5", "Grow by half", "Triple reach", "Grow ten percent", "Win a million")) {
      assertThat(Judge.rule(BuiltInRules.SPECIFIC_NOT_VAGUE, statement(s), CONTEXT))
          .as(s)
          .isEmpty();
    }
    // a number word must be a whole word: "often" is not "ten"
    assertThat(vagueness("Post often")).isEqualTo("has no number in it");
  }

  private static String vagueness(String text) {
    String message =
        Judge.single(BuiltInRules.SPECIFIC_NOT_VAGUE, statement(text), CONTEXT).message();
    return message.substring(message.indexOf(" is vague: it ") + " is vague: it ".length());
  }

  @Test
  void aMissingCategoryIsExplained() {
    Finding f = Judge.single(BuiltInRules.SPECIFIC_CATEGORY, statement("Get 5 leads"), CONTEXT);
    assertThat(f.message()).isEqualTo("has no category, so it is unclear what kind of goal it is");
    assertThat(f.suggestion())
        .contains("set a category, such as brand awareness, lead generation or conversions");
  }

  // ---- Measurable ----

  @Test
  void missingAndMilestoneTargetsAreExplained() {
    Finding none = Judge.single(BuiltInRules.MEASURABLE_TARGET, followers(null), CONTEXT);
    assertThat(none.message()).isEqualTo("has no target, so there is no number to measure against");
    assertThat(none.suggestion())
        .contains("set a number, such as \"increase by 20%\", \"double\" or \"500 leads\"");
    Finding milestone =
        Judge.single(BuiltInRules.MEASURABLE_TARGET, followers(Target.milestone()), CONTEXT);
    assertThat(milestone.message())
        .isEqualTo("the target is a milestone (done or not), which has no number");
    assertThat(milestone.suggestion())
        .contains("count what is done, such as \"total 3\" influencers signed");
  }

  @Test
  void aWholeCountIsFine() {
    Finding f =
        Judge.single(
            BuiltInRules.MEASURABLE_TARGET,
            followers(Target.increaseTo(BigDecimal.valueOf(2401))),
            CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).isEqualTo("the target is \"increase to 2401\"");
  }

  @Test
  void everyBoundOfABandAndATotalIsCheckedAgainstTheUnit() {
    List<Finding> band =
        Judge.rule(
            BuiltInRules.MEASURABLE_TARGET,
            followers(Target.stayWithin(new BigDecimal("10.5"), new BigDecimal("20.5"))),
            CONTEXT);
    assertThat(band)
        .extracting(Finding::message)
        .containsExactly(
            "Followers is counted in whole numbers, but the target names 10.5",
            "Followers is counted in whole numbers, but the target names 20.5");
    assertThat(band.get(0).suggestion()).contains("round the target to a whole number, such as 11");
    assertThat(
            Judge.single(
                    BuiltInRules.MEASURABLE_TARGET,
                    followers(Target.stayBelow(new BigDecimal("9.5"))),
                    CONTEXT)
                .message())
        .isEqualTo("Followers is counted in whole numbers, but the target names 9.5");
    assertThat(
            Judge.single(
                    BuiltInRules.MEASURABLE_TARGET,
                    followers(Target.stayAbove(new BigDecimal("9.5"))),
                    CONTEXT)
                .message())
        .isEqualTo("Followers is counted in whole numbers, but the target names 9.5");
    assertThat(
            Judge.single(
                    BuiltInRules.MEASURABLE_TARGET,
                    followers(Target.total(new BigDecimal("7.25"))),
                    CONTEXT)
                .message())
        .isEqualTo("Followers is counted in whole numbers, but the target names 7.25");
    // a percent names no value in the metric's unit
    assertThat(
            Judge.single(
                    BuiltInRules.MEASURABLE_TARGET,
                    followers(Target.increaseByPercent(new BigDecimal("12.5"))),
                    CONTEXT)
                .severity())
        .isEqualTo(Severity.INFO);
  }

  @Test
  void aRatioOfExactlyOneOrAboveMinusOneIsAFraction() {
    MetricId err = MetricId.of("err");
    MetricRegistry registry =
        MetricRegistry.builder()
            .add(
                MetricDefinition.builder(err)
                    .name("ERR")
                    .description("Engagements / reach.")
                    .unit(MetricUnit.RATIO)
                    .build(),
                "test")
            .build();
    RuleContext context = CONTEXT.toBuilder().registry(registry).build();
    Goal one =
        Goal.builder(GoalId.of("err"), "Reach an ERR of 1")
            .metric(err)
            .target(Target.increaseTo(BigDecimal.ONE))
            .build();
    assertThat(Judge.single(BuiltInRules.MEASURABLE_TARGET, one, context).severity())
        .isEqualTo(Severity.INFO);
    Goal minusTwo = one.toBuilder().target(Target.decreaseTo(BigDecimal.valueOf(-2))).build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_TARGET, minusTwo, context);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "ERR is a ratio (0.05 means 5%), but the target names -2, which looks like a percent");
    assertThat(f.suggestion()).contains("write the target as a fraction, such as -0.02");
  }

  @Test
  void aBaselineIsNeededOnlyForARelativeTarget() {
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_BASELINE, followers(null), CONTEXT)).isEmpty();
    Goal absoluteWithoutBaseline =
        followers(Target.increaseTo(BigDecimal.valueOf(2_000))).toBuilder().baseline(null).build();
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_BASELINE, absoluteWithoutBaseline, CONTEXT))
        .isEmpty();
    assertThat(
            Judge.rule(BuiltInRules.MEASURABLE_BASELINE, Seeds.doubleLinkedInFollowers(), CONTEXT))
        .isEmpty();
    Goal relativeWithout = Seeds.doubleLinkedInFollowers().toBuilder().baseline(null).build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_BASELINE, relativeWithout, CONTEXT);
    assertThat(f.message())
        .isEqualTo(
            "the target \"multiply by 2\" is relative, but there is no baseline to measure it from");
    assertThat(f.suggestion())
        .contains("record the metric's current value and its date as the baseline");
  }

  @Test
  void theChangeRuleNamesTheDirectionToFix() {
    // baseline 1,200 on 2026-01-01
    Finding up =
        Judge.single(
            BuiltInRules.MEASURABLE_CHANGE,
            followers(Target.increaseTo(BigDecimal.valueOf(1_000))),
            CONTEXT);
    assertThat(up.suggestion()).contains("set a value above 1,200, or make it a decrease");
    Finding down =
        Judge.single(
            BuiltInRules.MEASURABLE_CHANGE,
            followers(Target.decreaseTo(BigDecimal.valueOf(1_500))),
            CONTEXT);
    assertThat(down.severity()).isEqualTo(Severity.ERROR);
    assertThat(down.message())
        .isEqualTo("\"decrease to 1500\" goes the wrong way from the baseline 1,200 (2026-01-01)");
    assertThat(down.suggestion()).contains("set a value below 1,200, or make it an increase");
    assertThat(
            Judge.rule(
                BuiltInRules.MEASURABLE_CHANGE,
                followers(Target.decreaseTo(BigDecimal.valueOf(1_000))),
                CONTEXT))
        .isEmpty();
    Finding same =
        Judge.single(
            BuiltInRules.MEASURABLE_CHANGE,
            followers(Target.decreaseTo(BigDecimal.valueOf(1_200))),
            CONTEXT);
    assertThat(same.suggestion()).contains("set a target other than 1,200");
  }

  @Test
  void aBaselineAlreadyInsideTheBandMeansStayingThere() {
    Finding inside =
        Judge.single(
            BuiltInRules.MEASURABLE_CHANGE,
            followers(Target.stayWithin(BigDecimal.valueOf(1_000), BigDecimal.valueOf(1_200))),
            CONTEXT);
    assertThat(inside.severity()).isEqualTo(Severity.INFO);
    assertThat(inside.message())
        .isEqualTo(
            "the baseline 1,200 is already inside \"stay within 1000 and 1200\"; the goal is to"
                + " stay there");
    assertThat(
            Judge.rule(
                BuiltInRules.MEASURABLE_CHANGE,
                followers(Target.stayAbove(BigDecimal.valueOf(1_201))),
                CONTEXT))
        .isEmpty();
    Goal noTarget = followers(null);
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_CHANGE, noTarget, CONTEXT)).isEmpty();
    Goal noBaseline =
        followers(Target.increaseTo(BigDecimal.valueOf(1_200))).toBuilder().baseline(null).build();
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_CHANGE, noBaseline, CONTEXT)).isEmpty();
  }

  @Test
  void allPlatformsAreTooWideForAMetricReportedOnSome() {
    MetricId saves = MetricId.of("pin_saves");
    MetricRegistry registry =
        MetricRegistry.builder()
            .add(
                MetricDefinition.builder(saves)
                    .name("Pin saves")
                    .description("Saves of pins.")
                    .unit(MetricUnit.COUNT)
                    .availableOn(Set.of(Platform.PINTEREST))
                    .build(),
                "test")
            .build();
    RuleContext context = CONTEXT.toBuilder().registry(registry).build();
    Goal all =
        Goal.builder(GoalId.of("saves"), "Get 300 pin saves")
            .metric(saves)
            .scope(Scope.allPlatforms())
            .build();
    Finding f = Judge.single(BuiltInRules.MEASURABLE_AVAILABILITY, all, context);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo("Pin saves is reported only on [Pinterest], not on all platforms");
    assertThat(f.suggestion()).contains("limit the scope to [Pinterest]");
    // a metric reported everywhere suits any scope; a goal without a metric is not judged here
    assertThat(
            Judge.rule(
                BuiltInRules.MEASURABLE_AVAILABILITY,
                Seeds.doubleLinkedInFollowers().toBuilder().scope(Scope.allPlatforms()).build(),
                CONTEXT))
        .isEmpty();
    assertThat(Judge.rule(BuiltInRules.MEASURABLE_AVAILABILITY, statement("Grow"), CONTEXT))
        .isEmpty();
    Finding unknown =
        Judge.single(
            BuiltInRules.MEASURABLE_AVAILABILITY,
            statement("Grow").toBuilder().metric(MetricId.of("code_redemptions")).build(),
            CONTEXT);
    assertThat(unknown.message())
        .isEqualTo(
            "the metric code_redemptions is not in the metric registry, so its unit and platforms"
                + " cannot be checked");
    assertThat(unknown.suggestion())
        .contains("register a definition of code_redemptions, or use a known metric");
  }

  // ---- Relevant ----

  @Test
  void aBusinessGoalIsTheTopOfTheCascade() {
    Goal business = Seeds.objectives().get(0);
    Finding f = Judge.single(BuiltInRules.RELEVANT_ALIGNED, business, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).isEqualTo("is a business goal: the top of the cascade");
  }

  @Test
  void socialParentsOnlyAreNotEnough() {
    Goal top = Goal.builder(GoalId.of("top"), "Get 10,000 followers").build();
    Goal child = Seeds.doubleLinkedInFollowers().toBuilder().parent(GoalId.of("top")).build();
    RuleContext context =
        CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(List.of(top, child))).build();
    Finding f = Judge.single(BuiltInRules.RELEVANT_ALIGNED, child, context);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "no business or marketing objective is above it; its parents are social goals only");
    assertThat(f.suggestion())
        .contains("link the top social goal to the business or marketing objective it serves");
    Finding orphan =
        Judge.single(BuiltInRules.RELEVANT_ALIGNED, Seeds.doubleLinkedInFollowers(), CONTEXT);
    assertThat(orphan.suggestion())
        .contains("set its parent to the objective it serves, such as a quarterly marketing goal");
    Finding missing = Judge.single(BuiltInRules.RELEVANT_ALIGNED, child, CONTEXT);
    assertThat(missing.suggestion())
        .contains("pass the hierarchy that holds top in the rule context");
  }

  @Test
  void theNearestObjectiveAboveIsNamed() {
    // social -> social -> marketing -> business: the marketing objective is named
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    Goal middle =
        Goal.builder(GoalId.of("middle"), "Get 10,000 followers")
            .parent(GoalId.of("b2b-awareness"))
            .build();
    Goal child = Seeds.doubleLinkedInFollowers().toBuilder().parent(GoalId.of("middle")).build();
    goals.add(middle);
    goals.add(child);
    RuleContext context = CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(goals)).build();
    Finding f = Judge.single(BuiltInRules.RELEVANT_ALIGNED, child, context);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).startsWith("serves the marketing objective b2b-awareness (");
    Goal underBusiness =
        Seeds.doubleLinkedInFollowers().toBuilder().parent(GoalId.of("win-b2b-customers")).build();
    List<Goal> two = new ArrayList<>(Seeds.objectives());
    two.add(underBusiness);
    assertThat(
            Judge.single(
                    BuiltInRules.RELEVANT_ALIGNED,
                    underBusiness,
                    CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(two)).build())
                .message())
        .isEqualTo(
            "serves the business objective win-b2b-customers (\"Win 40 new B2B customers in 2026\")");
    assertThat(GoalLevel.SOCIAL.isObjective()).isFalse();
  }

  @Test
  void theMetricFitMessagesNameMetricAndCategory() {
    Finding fits =
        Judge.single(
            BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY, Seeds.doubleLinkedInFollowers(), CONTEXT);
    assertThat(fits.message()).isEqualTo("followers measures brand awareness");
    Goal leads = Seeds.doubleLinkedInFollowers().toBuilder().metric(CoreMetrics.LEADS).build();
    Finding misfit = Judge.single(BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY, leads, CONTEXT);
    assertThat(misfit.suggestion().orElseThrow())
        .startsWith("measure brand awareness with one of [")
        .contains("followers")
        .endsWith("], or change the category to lead generation");
    Goal custom =
        Seeds.doubleLinkedInFollowers().toBuilder()
            .metric(MetricId.of("code_redemptions"))
            .category(GoalCategory.REVENUE)
            .build();
    assertThat(Judge.single(BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY, custom, CONTEXT).message())
        .isEqualTo(
            "code_redemptions is a custom metric, so its fit to revenue cannot be checked against"
                + " the table");
    assertThat(
            Judge.rule(
                BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY,
                Seeds.doubleLinkedInFollowers().toBuilder().category(null).build(),
                CONTEXT))
        .isEmpty();
    assertThat(Judge.rule(BuiltInRules.RELEVANT_METRIC_FITS_CATEGORY, statement("Grow"), CONTEXT))
        .isEmpty();
  }

  @Test
  void aPeriodOutsideItsParentsWithoutOverlapSuggestsRelinking() {
    // the marketing objective runs 2026-01-01 to 2026-06-30
    Goal later =
        Seeds.doubleLinkedInFollowers().toBuilder()
            .parent(GoalId.of("b2b-awareness"))
            .start(date("2026-07-01"))
            .deadline(date("2026-09-30"))
            .build();
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    goals.add(later);
    RuleContext context = CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(goals)).build();
    Finding f = Judge.single(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, later, context);
    assertThat(f.suggestion())
        .contains("move it inside 2026-01-01/2026-06-30, or link it to an objective of its period");
  }

  @Test
  void anOverlappingPeriodIsSuggestedAsTheOverlap() {
    Goal straddling =
        Seeds.doubleLinkedInFollowers().toBuilder()
            .parent(GoalId.of("b2b-awareness"))
            .start(date("2025-12-01"))
            .deadline(date("2026-03-31"))
            .build();
    Goal straddlingEnd =
        straddling.toBuilder().start(date("2026-03-01")).deadline(date("2026-08-31")).build();
    assertThat(parentPeriodSuggestion(straddling))
        .contains("move it inside 2026-01-01/2026-06-30, such as from 2026-01-01 to 2026-03-31");
    assertThat(parentPeriodSuggestion(straddlingEnd))
        .contains("move it inside 2026-01-01/2026-06-30, such as from 2026-03-01 to 2026-06-30");
  }

  private static String parentPeriodSuggestion(Goal g) {
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    goals.add(g);
    RuleContext context = CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(goals)).build();
    return Judge.single(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, g, context)
        .suggestion()
        .orElseThrow();
  }

  @Test
  void withoutAParentOrAPeriodThereIsNothingToCompare() {
    Goal noParent = Seeds.doubleLinkedInFollowers();
    assertThat(Judge.rule(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, noParent, CONTEXT)).isEmpty();
    Goal noPeriod = noParent.toBuilder().parent(GoalId.of("b2b-awareness")).start(null).build();
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    goals.add(noPeriod);
    RuleContext context = CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(goals)).build();
    assertThat(Judge.rule(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, noPeriod, context)).isEmpty();
    // a parent without a period
    Goal top = Goal.builder(GoalId.of("top"), "Win customers").level(GoalLevel.BUSINESS).build();
    Goal child = noParent.toBuilder().parent(GoalId.of("top")).build();
    RuleContext withTop =
        CONTEXT.toBuilder().hierarchy(GoalHierarchy.of(List.of(top, child))).build();
    assertThat(Judge.rule(BuiltInRules.RELEVANT_WITHIN_PARENT_PERIOD, child, withTop)).isEmpty();
  }
}
