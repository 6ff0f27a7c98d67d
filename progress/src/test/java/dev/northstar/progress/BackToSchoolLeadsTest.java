package dev.northstar.progress;

import static dev.northstar.progress.Fixtures.constant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "Generate 500 new leads from Facebook in the Back to school campaign, 5 August to 1 September"
 * (seed 004): a total over 28 days, judged at several reference dates.
 */
class BackToSchoolLeadsTest {

  private static final LocalDate START = LocalDate.of(2026, 8, 5);
  private static final LocalDate DEADLINE = LocalDate.of(2026, 9, 1);

  private static final Goal GOAL =
      Goal.builder(GoalId.of("fb-leads"), "500 new leads from Facebook in Back to school")
          .category(GoalCategory.LEAD_GENERATION)
          .metric(CoreMetrics.LEADS)
          .scope(Scope.of(Platform.FACEBOOK))
          .target(Target.total(500))
          .start(START)
          .deadline(DEADLINE)
          .build();

  /** 20 leads a day: 560 over the 28 days, ahead of the 500/28 = 17.86 needed daily. */
  private static final MetricSeries FAST = constant(CoreMetrics.LEADS, START, DEADLINE, 20);

  /** 15 leads a day: 420 over the 28 days, behind. */
  private static final MetricSeries SLOW = constant(CoreMetrics.LEADS, START, DEADLINE, 15);

  @Test
  void beforeTheCampaignTheGoalIsNotStartedAndNothingIsGuessed() {
    GoalProgress p = GoalProgress.of(GOAL, FAST, LocalDate.of(2026, 8, 4));
    assertThat(p.status()).isEqualTo(ProgressStatus.NOT_STARTED);
    assertThat(p.notes()).containsExactly(ProgressNote.NOT_STARTED);
    assertThat(p.progress()).isEmpty();
    assertThat(p.paceRatio()).isEmpty();
    assertThat(p.targetValue()).contains(new BigDecimal("500"));
  }

  @Test
  void onTheFirstDayOneDaysShareIsExpected() {
    GoalProgress p = GoalProgress.of(GOAL, FAST, START);
    // 20 of 500 leads; 1 of 28 days; pace (20/500) / (1/28) = 560/500 = 1.12.
    assertThat(p.currentValue()).contains(new BigDecimal("20"));
    assertThat(p.progress()).contains(new BigDecimal("0.04"));
    assertThat(p.expectedProgress().orElseThrow().doubleValue()).isCloseTo(1 / 28.0, within(1e-15));
    assertThat(p.paceRatio().orElseThrow().doubleValue()).isCloseTo(1.12, within(1e-12));
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.notes()).isEmpty();
  }

  @Test
  void halfWayThroughAFastCampaignIsOnTrack() {
    GoalProgress p = GoalProgress.of(GOAL, FAST, LocalDate.of(2026, 8, 18));
    // 14 days of 20 = 280 leads; 280/500 = 0.56; 14 of 28 days expected = 0.5; pace 1.12.
    assertThat(p.currentValue()).contains(new BigDecimal("280"));
    assertThat(p.progress()).contains(new BigDecimal("0.56"));
    assertThat(p.expectedProgress()).contains(new BigDecimal("0.5"));
    assertThat(p.paceRatio()).contains(new BigDecimal("1.12"));
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(p.asOf()).contains(LocalDate.of(2026, 8, 18));
  }

  @Test
  void halfWayThroughASlowCampaignIsAtRisk() {
    GoalProgress p = GoalProgress.of(GOAL, SLOW, LocalDate.of(2026, 8, 18));
    // 14 * 15 = 210 leads; 0.42; pace 0.42 / 0.5 = 0.84: below 0.9, at least 0.7.
    assertThat(p.progress()).contains(new BigDecimal("0.42"));
    assertThat(p.paceRatio()).contains(new BigDecimal("0.84"));
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void aStricterPolicyCallsTheSlowCampaignOffTrack() {
    ProgressPolicy strict = ProgressPolicy.of(new BigDecimal("0.95"), new BigDecimal("0.85"));
    GoalProgress p = GoalProgress.of(GOAL, SLOW, LocalDate.of(2026, 8, 18), strict);
    assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void theFastCampaignIsAchievedOnTheDayItPasses500() {
    // 25 days * 20 = 500 on 29 August; 24 days = 480 on the 28th.
    assertThat(GoalProgress.of(GOAL, FAST, LocalDate.of(2026, 8, 28)).status())
        .isEqualTo(ProgressStatus.ON_TRACK);
    GoalProgress p = GoalProgress.of(GOAL, FAST, LocalDate.of(2026, 8, 29));
    assertThat(p.progress()).contains(BigDecimal.ONE);
    assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(p.isAchieved()).isTrue();
  }

  @Test
  void afterTheDeadlineOnlyTheCampaignsDaysCount() {
    MetricSeries longer = constant(CoreMetrics.LEADS, START, LocalDate.of(2026, 9, 30), 15);
    GoalProgress p = GoalProgress.of(GOAL, longer, LocalDate.of(2026, 9, 30));
    // 28 days * 15 = 420, not the 57 days' 855.
    assertThat(p.currentValue()).contains(new BigDecimal("420"));
    assertThat(p.progress()).contains(new BigDecimal("0.84"));
    assertThat(p.clampedProgress()).contains(new BigDecimal("0.84"));
    assertThat(p.status()).isEqualTo(ProgressStatus.MISSED);
  }

  @Test
  void aSeriesEndingEarlyIsJudgedAtItsLastDayAndSaysSo() {
    MetricSeries stopped = constant(CoreMetrics.LEADS, START, LocalDate.of(2026, 8, 10), 20);
    GoalProgress p = GoalProgress.of(GOAL, stopped, LocalDate.of(2026, 8, 18));
    // Data of 6 days: 120 leads, 0.24; expected at 10 August 6/28; pace 0.24 * 28 / 6 = 1.12.
    assertThat(p.asOf()).contains(LocalDate.of(2026, 8, 10));
    assertThat(p.notes()).containsExactly(ProgressNote.SERIES_ENDS_EARLY);
    assertThat(p.progress()).contains(new BigDecimal("0.24"));
    assertThat(p.paceRatio().orElseThrow().doubleValue()).isCloseTo(1.12, within(1e-12));
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void aSeriesEndingBeforeTheDeadlineCannotTellAMissAfterIt() {
    MetricSeries stopped = constant(CoreMetrics.LEADS, START, LocalDate.of(2026, 8, 10), 20);
    GoalProgress p = GoalProgress.of(GOAL, stopped, LocalDate.of(2026, 9, 5));
    assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
    assertThat(p.notes()).contains(ProgressNote.SERIES_ENDS_EARLY);
    assertThat(p.progress()).contains(new BigDecimal("0.24"));
  }

  @Test
  void anEmptySeriesIsNoDataRatherThanZeroLeads() {
    MetricSeries empty = Fixtures.of(CoreMetrics.LEADS);
    GoalProgress p = GoalProgress.of(GOAL, empty, LocalDate.of(2026, 8, 18));
    assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
    assertThat(p.notes()).containsExactly(ProgressNote.NO_OBSERVATIONS);
    assertThat(p.progress()).isEmpty();
    assertThat(p.currentValue()).isEmpty();
  }

  @Test
  void aCurrentCountWorksWithoutASeries() {
    GoalProgress p =
        GoalProgress.ofCurrentValue(GOAL, new BigDecimal("250"), LocalDate.of(2026, 8, 18));
    // 250/500 = 0.5 against 0.5 expected: pace exactly 1.
    assertThat(p.progress()).contains(new BigDecimal("0.5"));
    assertThat(p.paceRatio()).contains(BigDecimal.ONE);
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void theLinearForecastOfTheRunningSumProjectsTheCampaignsTotal() {
    Forecast f = Forecast.of(GOAL, SLOW, LocalDate.of(2026, 8, 18));
    // Running sums 15, 30, ..., a line of slope 15 through 15 on day 0: 15 + 15 * 27 = 420.
    assertThat(f.observationsUsed()).isEqualTo(14);
    assertThat(f.trendPerDay().orElseThrow().doubleValue()).isCloseTo(15, within(1e-9));
    assertThat(f.projectedAtDeadline().orElseThrow().doubleValue()).isCloseTo(420, within(1e-9));
    // 15 + 15 d >= 500 from d = 32.33, so day 33 after 5 August: 7 September.
    assertThat(f.projectedReachDate()).contains(LocalDate.of(2026, 9, 7));
    assertThat(f.reachesTargetByDeadline()).contains(false);
  }

  @Test
  void aWeeklySeriesThatGoesOnPastTheDeadlineHasNotEnded() {
    // Weekly counts on Wednesdays from 5 August: 5, 12, 19, 26 August, then 2 September.
    MetricSeries weekly =
        Fixtures.of(
            CoreMetrics.LEADS,
            Observation.of(START, 100),
            Observation.of(START.plusDays(7), 100),
            Observation.of(START.plusDays(14), 100),
            Observation.of(START.plusDays(21), 100),
            Observation.of(START.plusDays(28), 100));
    GoalProgress p = GoalProgress.of(GOAL, weekly, LocalDate.of(2026, 9, 10));
    // The 2 September count is after the deadline; the four in the period sum to 400.
    assertThat(p.asOf()).contains(LocalDate.of(2026, 8, 26));
    assertThat(p.notes()).isEmpty();
    assertThat(p.progress()).contains(new BigDecimal("0.8"));
    assertThat(p.status()).isEqualTo(ProgressStatus.MISSED);
  }
}
