package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AchievableGrowthRuleTest {

  private static final String ID = BuiltInRules.ACHIEVABLE_GROWTH;

  /** 1,300 LinkedIn followers on 2026-01-01, judged from 2026-01-01 to 2026-06-30 (181 days). */
  private static Goal linkedIn(Target target) {
    return Seeds.doubleLinkedInFollowers().toBuilder()
        .baseline(Baseline.of(1_300, date("2026-01-01")))
        .target(target)
        .build();
  }

  private static RuleContext slowHistory() {
    return RuleContext.builder(date("2026-01-01")).history(Seeds.linkedInFollowersSlow()).build();
  }

  @Test
  void doublingIsUnrealisticWhenTheBestMonthGrewTenPercent() {
    // 181 days = 5.947 months; 2^(1/5.947) - 1 = 12.36% a month.
    // History rates 2, 5, 2, 10, 3, 5 %: median (3 + 5) / 2 = 4%, best 10%.
    Finding f = Judge.single(ID, linkedIn(Target.doubling()), slowHistory());
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "needs 12.4% a month (1,300 -> 2,600 in 5.9 months); the median month of the last 6"
                + " was 4.0% and the best 10.0%: unrealistic");
    // 1,300 * 1.04^5.947 = 1,641.5; ln 2 / ln 1.04 = 17.67 months = 538 days from 2026-01-01
    assertThat(f.suggestion())
        .contains("lower the target to 1,641 or move the deadline to 2027-06-22");
  }

  @Test
  void fiftyPercentIsAStretch() {
    // 1.5^(1/5.947) - 1 = 7.06%: above the median 4%, below the best 10%
    Finding f = Judge.single(ID, linkedIn(Target.increaseByPercent(50)), slowHistory());
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).startsWith("needs 7.1% a month (1,300 -> 1,950 in 5.9 months)");
    assertThat(f.message()).endsWith(": a stretch");
    // ln 1.5 / ln 1.04 = 10.34 months = 315 days from 2026-01-01
    assertThat(f.suggestion())
        .contains("lower the target to 1,641 or move the deadline to 2026-11-11");
  }

  @Test
  void twentyPercentIsRealistic() {
    // 1.2^(1/5.947) - 1 = 3.11% <= median 4%
    Finding f = Judge.single(ID, linkedIn(Target.increaseByPercent(20)), slowHistory());
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).startsWith("needs 3.1% a month").endsWith(": realistic");
  }

  @Test
  void stretchFactorWidensTheStretchBand() {
    // doubling needs 12.36%; best 10% times 1.25 = 12.5% makes it a stretch
    RuleContext context =
        slowHistory().toBuilder()
            .config(SmartConfig.builder().stretchFactor(new BigDecimal("1.25")).build())
            .build();
    assertThat(Judge.single(ID, linkedIn(Target.doubling()), context).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void withoutHistoryItWarnsThatItCannotJudge() {
    Finding f = Judge.single(ID, linkedIn(Target.doubling()), RuleContext.of(date("2026-01-01")));
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).startsWith("cannot be judged: there is no history of followers");
    assertThat(f.suggestion().orElseThrow()).contains("two consecutive months");
  }

  @Test
  void historyOfAnotherPlatformDoesNotCount() {
    Goal onInstagram =
        linkedIn(Target.doubling()).toBuilder().scope(Scope.of(Platform.INSTAGRAM)).build();
    assertThat(Judge.single(ID, onInstagram, slowHistory()).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void withoutADeadlineItSaysWhichDeadlineIsRealistic() {
    // median 13%: ln 2 / ln 1.13 = 5.67 months = 173 days from 2026-01-01 -> 2026-06-22
    Goal noDeadline = linkedIn(Target.doubling()).toBuilder().deadline(null).build();
    RuleContext context =
        RuleContext.builder(date("2026-01-01")).history(Seeds.linkedInFollowersFast()).build();
    Finding f = Judge.single(ID, noDeadline, context);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message())
        .isEqualTo(
            "at the median month of the last 6 (13.0%), 1,300 -> 2,600 takes 5.7 months: a"
                + " deadline on or after 2026-06-22 is realistic");
  }

  @Test
  void aDecreaseIsJudgedOnTheFalls() {
    // response time falls 10% every month; a 20% fall in 5.947 months needs 1 - 0.8^(1/5.947) =
    // 3.7%
    Goal faster =
        Goal.builder(dev.northstar.core.goal.GoalId.of("faster"), "Cut response time by 20%")
            .metric(CoreMetrics.RESPONSE_TIME)
            .scope(Scope.of(Platform.FACEBOOK))
            .baseline(Baseline.of(100, date("2026-01-01")))
            .target(Target.decreaseByPercent(BigDecimal.valueOf(20)))
            .start(date("2026-01-01"))
            .deadline(date("2026-06-30"))
            .build();
    RuleContext context =
        RuleContext.builder(date("2026-01-01"))
            .history(
                Seeds.series(
                    CoreMetrics.RESPONSE_TIME,
                    Scope.of(Platform.FACEBOOK),
                    "2025-11-01=200",
                    "2025-12-01=180",
                    "2026-01-01=162"))
            .build();
    Finding f = Judge.single(ID, faster, context);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).startsWith("needs -3.7% a month (100 -> 80 in 5.9 months)");
    assertThat(f.message()).contains("the median month of the last 2 was -10.0%");
  }

  @Test
  void aTotalIsJudgedAgainstMonthlyAmounts() {
    // 500 leads in 28 days = 0.92 months: 543.5 a month; complete months May-July: 300, 450, 400
    RuleContext context =
        RuleContext.builder(date("2026-08-05"))
            .history(
                Seeds.series(
                    CoreMetrics.LEADS,
                    Scope.of(Platform.FACEBOOK),
                    "2026-05-10=300",
                    "2026-06-10=200",
                    "2026-06-20=250",
                    "2026-07-31=400",
                    "2026-08-01=999"))
            .build();
    Finding f = Judge.single(ID, Seeds.backToSchoolLeadsFacebook(), context);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "needs 544 a month (500 in total in 0.9 months); the median month of the last 3 was"
                + " 400 and the best 450: unrealistic");
  }

  @Test
  void aMillionFollowersInThreeMonthsFromANewAccountIsUnrealistic() {
    // 0 -> 1,000,000 in 90 days = 2.957 months: 338,188 a month; gains were 40 and 55
    RuleContext context =
        RuleContext.builder(date("2026-01-01")).history(Seeds.newInstagramAccount()).build();
    Finding f = Judge.single(ID, Seeds.millionInstagramFollowers(), context);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "needs 338,188 a month (0 -> 1,000,000 in 3.0 months; growth from 0 cannot be a rate,"
                + " so monthly changes count); the median month of the last 2 was 48 and the best"
                + " 55: unrealistic");
  }

  @Test
  void aMillionDollarsNextWeekIsUnrealistic() {
    // 7 days = 0.23 months: 4,348,125 a month; monthly revenue 300, 800, 1,500 grew by 500 and 700
    RuleContext context =
        RuleContext.builder(date("2026-01-11")).history(Seeds.newBusinessRevenue()).build();
    Finding f = Judge.single(ID, Seeds.millionDollarsNextWeek(), context);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).startsWith("needs 4,348,125 a month");
    assertThat(f.message()).contains("the median month of the last 2 was 600 and the best 700");
  }

  @Test
  void bandsAndMilestonesAreNotJudgedByGrowth() {
    Goal band = linkedIn(Target.stayAbove(BigDecimal.valueOf(1_000)));
    assertThat(Judge.single(ID, band, slowHistory()).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void aMonthOfReachIsItsSummedReachAndTheBaselineIsTheBaselinePeriods() {
    // Facebook reach on the first ten days of March to July: 100, 110, 121, 133 and 146 a day, so
    // the months sum to 1,000, 1,100, 1,210, 1,330 and 1,460 (the last day alone would be 146).
    int[] perDay = {100, 110, 121, 133, 146};
    List<Observation> days = new ArrayList<>();
    for (int m = 0; m < perDay.length; m++) {
      for (int d = 1; d <= 10; d++) {
        days.add(Observation.of(LocalDate.of(2026, 3 + m, d), BigDecimal.valueOf(perDay[m])));
      }
    }
    MetricSeries reach = MetricSeries.of(CoreMetrics.REACH, Scope.of(Platform.FACEBOOK), days);
    Goal august =
        Goal.builder(GoalId.of("reach"), "Increase Facebook reach by 40% in August against July")
            .metric(CoreMetrics.REACH)
            .scope(Scope.of(Platform.FACEBOOK))
            .baselinePeriod(BaselinePeriod.of(DateRange.of(date("2026-07-01"), date("2026-07-31"))))
            .target(Target.increaseByPercent(40))
            .period(DateRange.of(date("2026-08-01"), date("2026-08-31")))
            .build();
    RuleContext context = RuleContext.builder(date("2026-08-01")).history(reach).build();
    Finding f = Judge.single(ID, august, context);
    // 31 days = 1.0185 months; 1.4^(1/1.0185) - 1 = 39.147% a month, against month-on-month growth
    // of 10%, 10%, 9.9% and 9.8%: unrealistic. July's summed reach 1,460, +40% = 2,044.
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .startsWith(
            "needs 39.15% a month (1,460 -> 2,044 in 1.0 months; the baseline is the mean month of"
                + " 2026-07-01/2026-07-31; a month of reach is the sum of its days, summed over"
                + " days)");
  }
}
