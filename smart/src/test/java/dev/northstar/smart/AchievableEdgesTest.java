package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The achievable.growth rule where it cannot judge, at its thresholds (needing exactly the median
 * or exactly the best month), and in the texts of its findings.
 */
class AchievableEdgesTest {

  private static final String ID = BuiltInRules.ACHIEVABLE_GROWTH;

  /**
   * 1,600 leads in 21 days: 21 / 30.436875 months, so exactly 2,319 a month (1,600 x 30.436875 / 21
   * = 2,319, with no rounding in binary floating point either).
   */
  private static Goal leads1600In21Days() {
    return Goal.builder(GoalId.of("leads"), "Get 1,600 leads on LinkedIn in 21 days")
        .metric(CoreMetrics.LEADS)
        .scope(Scope.of(Platform.LINKEDIN))
        .target(Target.total(1_600))
        .start(date("2026-05-01"))
        .deadline(date("2026-05-21"))
        .build();
  }

  private static RuleContext monthlyLeads(String feb, String mar, String apr) {
    return RuleContext.builder(date("2026-05-01"))
        .history(
            Seeds.series(
                CoreMetrics.LEADS,
                Scope.of(Platform.LINKEDIN),
                "2026-02-10=" + feb,
                "2026-03-10=" + mar,
                "2026-04-10=" + apr))
        .build();
  }

  @Test
  void needingExactlyTheMedianMonthIsRealistic() {
    Finding f = Judge.single(ID, leads1600In21Days(), monthlyLeads("2319", "2319", "2319"));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message())
        .isEqualTo(
            "needs 2,319 a month (1,600 in total in 0.7 months); the median month of the last 3"
                + " was 2,319 and the best 2,319: realistic");
  }

  @Test
  void needingExactlyTheBestMonthIsAStretch() {
    Finding f = Judge.single(ID, leads1600In21Days(), monthlyLeads("1000", "2000", "2319"));
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "needs 2,319 a month (1,600 in total in 0.7 months); the median month of the last 3"
                + " was 2,000 and the best 2,319: a stretch");
    // 2,000 a month for 21 / 30.436875 = 0.68995 months is 1,379.9 leads, and a count the median
    // month reaches is whole and rounded down: 1,379; 1,600 at 2,000 a month takes 0.8 months
    assertThat(2000 * 21 / (365.2425 / 12)).isBetween(1379.8, 1380.0);
    assertThat(f.suggestion())
        .contains("lower the target to 1,379 or move the deadline to 2026-05-25");
  }

  @Test
  void oneMoreThanTheBestMonthIsUnrealistic() {
    Finding f = Judge.single(ID, leads1600In21Days(), monthlyLeads("1000", "2000", "2318"));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).endsWith("and the best 2,318: unrealistic");
  }

  @Test
  void withoutATargetItCannotJudge() {
    Goal goal = leads1600In21Days().toBuilder().target(null).build();
    Finding f = Judge.single(ID, goal, monthlyLeads("1", "2", "3"));
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo("cannot be judged: there is no target to compare with the history");
    assertThat(f.suggestion())
        .contains("set a target, then compare it with the metric's recent months");
  }

  @Test
  void bandsAndMilestonesSayTheyAreNotJudged() {
    Goal milestone = leads1600In21Days().toBuilder().target(Target.milestone()).build();
    assertThat(Judge.single(ID, milestone, monthlyLeads("1", "2", "3")).message())
        .isEqualTo("a \"milestone\" target is not judged by growth");
    Goal band = leads1600In21Days().toBuilder().target(Target.stayBelow(BigDecimal.TEN)).build();
    Finding f = Judge.single(ID, band, monthlyLeads("1", "2", "3"));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).isEqualTo("a \"stay below 10\" target is not judged by growth");
  }

  @Test
  void theMissingHistoryIsNamedWithItsPlatforms() {
    RuleContext none = RuleContext.of(date("2026-05-01"));
    Finding f = Judge.single(ID, leads1600In21Days(), none);
    assertThat(f.message()).isEqualTo("cannot be judged: there is no history of leads on LinkedIn");
    assertThat(f.suggestion())
        .contains("add at least two consecutive months of leads on LinkedIn to the history");
    Goal all = leads1600In21Days().toBuilder().scope(Scope.allPlatforms()).build();
    assertThat(Judge.single(ID, all, none).message())
        .isEqualTo("cannot be judged: there is no history of leads on all platforms");
    Goal nowhere = leads1600In21Days().toBuilder().scope(Scope.unspecified()).build();
    assertThat(Judge.single(ID, nowhere, none).message())
        .isEqualTo("cannot be judged: there is no history of leads");
    Goal two =
        leads1600In21Days().toBuilder().scope(Scope.of(Platform.LINKEDIN, Platform.X)).build();
    assertThat(Judge.single(ID, two, none).message())
        .startsWith("cannot be judged: there is no history of leads on ")
        .contains("LinkedIn")
        .contains(", ");
    Goal noMetric = leads1600In21Days().toBuilder().metric(null).build();
    assertThat(Judge.single(ID, noMetric, none).message())
        .isEqualTo("cannot be judged: there is no history of the metric");
  }

  @Test
  void aSingleMonthGivesNothingToCompare() {
    RuleContext oneMonth =
        RuleContext.builder(date("2026-05-01"))
            .history(Seeds.series(CoreMetrics.LEADS, Scope.of(Platform.LINKEDIN), "2026-05-01=100"))
            .build();
    // leads are summed per complete month, and May is still in progress at 2026-05-01
    Finding f = Judge.single(ID, leads1600In21Days(), oneMonth);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "cannot be judged: the history of leads on LinkedIn has no two consecutive months to"
                + " compare");
  }

  @Test
  void monthsThatAreNotConsecutiveGiveNoChange() {
    // followers of February and April: no two consecutive months
    Goal goal = linkedInFollowers(Target.increaseByPercent(10));
    RuleContext gap = followersOn20260501("2026-02-28=100", "2026-04-30=120");
    assertThat(Judge.single(ID, goal, gap).message())
        .startsWith(
            "cannot be judged: the history of followers on LinkedIn has no two consecutive months"
                + " to compare");
  }

  @Test
  void growthFromZeroIsSaidToBeNoRate() {
    // from 0 every month: no rate can be computed
    Goal goal =
        linkedInFollowers(Target.increaseTo(BigDecimal.valueOf(500))).toBuilder()
            .baseline(null)
            .build();
    RuleContext zeros = followersOn20260501("2026-03-31=0", "2026-04-30=100");
    Finding f = Judge.single(ID, goal, zeros);
    // the latest month (100) is the baseline, so 100 -> 500 is a rate, but March started at 0
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "cannot be judged: the history of followers on LinkedIn has no two consecutive months"
                + " to compare (growth from 0 cannot be computed)");
  }

  @Test
  void withoutABaselineTheLatestMonthIsTheStart() {
    Goal goal = linkedInFollowers(Target.increaseByPercent(10)).toBuilder().baseline(null).build();
    // 184 days from 2026-05-01 to 2026-10-31 are 6.05 months
    assertThat(Judge.single(ID, goal, followersHistory()).message())
        .contains("(1,000 -> 1,100 in 6.0 months; the baseline is the latest month of history)");
  }

  @Test
  void withoutABaselineOrAnyValueItCannotStart() {
    Goal goal = linkedInFollowers(Target.increaseByPercent(10)).toBuilder().baseline(null).build();
    RuleContext old = followersOn20260501("2024-01-31=100", "2024-02-29=120");
    Finding f = Judge.single(ID, goal, old);
    assertThat(f.message())
        .isEqualTo("cannot be judged: there is no baseline and no history value to start from");
  }

  @Test
  void aTargetEqualToTheBaselineNeedsNoChange() {
    Goal same = linkedInFollowers(Target.increaseTo(BigDecimal.valueOf(1_000)));
    Finding f = Judge.single(ID, same, followersHistory());
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).isEqualTo("needs no change: the target equals the baseline");
  }

  @Test
  void aDeadlineBeforeTheStartCannotBeJudgedButOnTheStartItCan() {
    // no start: the baseline's date is the start
    Goal before =
        linkedInFollowers(Target.increaseByPercent(10)).toBuilder()
            .start(null)
            .baseline(Baseline.of(1_000, date("2026-07-01")))
            .deadline(date("2026-06-30"))
            .build();
    Finding f = Judge.single(ID, before, followersHistory());
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo("cannot be judged: the deadline 2026-06-30 is before 2026-07-01");
    assertThat(f.suggestion()).contains("set a deadline after 2026-07-01");
    Goal sameDay = before.toBuilder().deadline(date("2026-07-01")).build();
    assertThat(Judge.single(ID, sameDay, followersHistory()).message())
        .startsWith("needs ")
        .contains(" in 0.0 months");
  }

  @Test
  void withoutStartOrBaselineDateTheReferenceDateIsTheStart() {
    Goal goal =
        linkedInFollowers(Target.increaseByPercent(10)).toBuilder()
            .start(null)
            .baseline(null)
            .deadline(date("2026-04-30"))
            .build();
    // reference 2026-05-01 is after the deadline
    Finding f = Judge.single(ID, goal, followersHistory());
    assertThat(f.message())
        .isEqualTo("cannot be judged: the deadline 2026-04-30 is before 2026-05-01");
  }

  @Test
  void withoutADeadlineAndNoProgressItCannotSuggestOne() {
    Goal goal = linkedInFollowers(Target.increaseByPercent(10)).toBuilder().deadline(null).build();
    RuleContext flat = followersOn20260501("2026-03-31=1000", "2026-04-30=1000");
    Finding f = Judge.single(ID, goal, flat);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo(
            "cannot be judged without a deadline, and at the median month of the last 1 (0.0%) it"
                + " would take more than 1,200 months");
    assertThat(f.suggestion()).contains("change the tactics or the target, then set a deadline");
  }

  @Test
  void withoutADeadlineAndTooSlowProgressItCannotSuggestOne() {
    // 0.01% a month: 1,000 -> 1,100 takes ln 1.1 / ln 1.0001 = 953 months; -> 2,000 takes 6,932
    Goal slow = linkedInFollowers(Target.doubling()).toBuilder().deadline(null).build();
    Finding f = Judge.single(ID, slow, tinyGrowth());
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("it would take more than 1,200 months");
    Goal lessSlow =
        linkedInFollowers(Target.increaseByPercent(10)).toBuilder().deadline(null).build();
    Finding ok = Judge.single(ID, lessSlow, tinyGrowth());
    assertThat(ok.severity()).isEqualTo(Severity.INFO);
    assertThat(ok.message()).contains("takes 953.1 months");
  }

  @Test
  void aDeadlineSuggestionIsLeftOutWhenTheMedianNeedsTooLong() {
    Finding f = Judge.single(ID, linkedInFollowers(Target.doubling()), tinyGrowth());
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.suggestion().orElseThrow())
        .startsWith("lower the target to ")
        .doesNotContain("deadline");
  }

  @Test
  void noProgressInTheMedianMonthSuggestsChangingTactics() {
    Goal goal = linkedInFollowers(Target.increaseByPercent(10));
    RuleContext falling =
        followersOn20260501("2026-02-28=1000", "2026-03-31=900", "2026-04-30=1200");
    // rates -10% and +33%: median 11.7% > needed; so use a steeper target
    Goal steep = linkedInFollowers(Target.multiplyBy(BigDecimal.valueOf(50)));
    Finding f = Judge.single(ID, steep, falling);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    RuleContext down = followersOn20260501("2026-02-28=1000", "2026-03-31=900", "2026-04-30=900");
    Finding none = Judge.single(ID, goal, down);
    assertThat(none.suggestion())
        .contains(
            "the median month of the history shows no progress; change the tactics first, or set"
                + " a target near 1,000");
  }

  @Test
  void aTargetOfZeroIsJudgedOnMonthlyChanges() {
    Finding f =
        Judge.single(ID, linkedInFollowers(Target.decreaseTo(BigDecimal.ZERO)), followersHistory());
    // 1,000 -> 0 cannot be a rate; figures are signed as the metric moved: it rose 100 twice
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .contains(
            "(1,000 -> 0 in 6.0 months; growth from 1,000 cannot be a rate, so monthly changes count)")
        .contains("the median month of the last 2 was 100 and the best 100");
  }

  @Test
  void noProgressAtAllSuggestsChangingTacticsFirst() {
    RuleContext flat = followersOn20260501("2026-02-28=1000", "2026-03-31=1000", "2026-04-30=1000");
    Finding f = Judge.single(ID, linkedInFollowers(Target.increaseByPercent(10)), flat);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("the median month of the last 2 was 0.0% and the best 0.0%");
    assertThat(f.suggestion())
        .contains(
            "the median month of the history shows no progress; change the tactics first, or set"
                + " a target near 1,000");
  }

  /** 1,000 LinkedIn followers on 2026-05-01, from 2026-05-01 to 2026-10-31. */
  private static Goal linkedInFollowers(Target target) {
    return Goal.builder(GoalId.of("followers"), "Grow LinkedIn followers")
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.LINKEDIN))
        .baseline(Baseline.of(1_000, date("2026-05-01")))
        .target(target)
        .start(date("2026-05-01"))
        .deadline(date("2026-10-31"))
        .build();
  }

  private static RuleContext followersHistory() {
    return RuleContext.builder(date("2026-05-01")).history(followersSeries()).build();
  }

  /** A context on 2026-05-01 whose history is LinkedIn followers at the given points. */
  private static RuleContext followersOn20260501(String... points) {
    return RuleContext.builder(date("2026-05-01"))
        .history(Seeds.series(CoreMetrics.FOLLOWERS, Scope.of(Platform.LINKEDIN), points))
        .build();
  }

  private static MetricSeries followersSeries() {
    return Seeds.series(
        CoreMetrics.FOLLOWERS,
        Scope.of(Platform.LINKEDIN),
        "2026-02-28=800",
        "2026-03-31=900",
        "2026-04-30=1000");
  }

  /** Followers growing 0.01% a month. */
  private static RuleContext tinyGrowth() {
    return followersOn20260501("2026-03-31=10000", "2026-04-30=10001");
  }
}
