package dev.northstar.progress;

import static dev.northstar.progress.Fixtures.daily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The seeds' example goals, with synthetic daily series. */
class SeedGoalsTest {

  /** "Increase Facebook reach by 40% by the end of August (31 days)" (seed 004). */
  @Nested
  class FacebookReach {
    private final LocalDate aug1 = LocalDate.of(2026, 8, 1);
    private final LocalDate aug31 = LocalDate.of(2026, 8, 31);
    private final Goal goal =
        Goal.builder(GoalId.of("fb-reach"), "Increase Facebook reach by 40% by the end of August")
            .metric(CoreMetrics.REACH)
            .scope(Scope.of(Platform.FACEBOOK))
            .baseline(Baseline.of(10_000, aug1))
            .target(Target.increaseByPercent(40))
            .period(DateRange.of(aug1, aug31))
            .build();

    /** Reach grows by 100 a day from 10,000: 13,000 on 31 August, short of 14,000. */
    private final MetricSeries reach =
        daily(CoreMetrics.REACH, aug1, aug31, d -> BigDecimal.valueOf(10_000 + 100 * d));

    @Test
    void theTargetValueIsFortyPercentAboveTheBaseline() {
      GoalProgress p = GoalProgress.of(goal, reach, LocalDate.of(2026, 8, 16));
      assertThat(p.baselineValue()).contains(new BigDecimal("10000"));
      assertThat(p.targetValue()).contains(new BigDecimal("14000"));
    }

    @Test
    void midMonthTheGrowthIsBehindALinearPace() {
      GoalProgress p = GoalProgress.of(goal, reach, LocalDate.of(2026, 8, 16));
      // 11,500: 1,500 of the 4,000 needed = 0.375; 15 of 30 days = 0.5; pace 0.75: at risk.
      assertThat(p.currentValue()).contains(new BigDecimal("11500"));
      assertThat(p.progress()).contains(new BigDecimal("0.375"));
      assertThat(p.expectedProgress()).contains(new BigDecimal("0.5"));
      assertThat(p.paceRatio()).contains(new BigDecimal("0.75"));
      assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void theDayAfterTheDeadlineTheGoalIsMissed() {
      GoalProgress p = GoalProgress.of(goal, reach, LocalDate.of(2026, 9, 1));
      // Judged on 31 August's 13,000: 3,000 / 4,000 = 0.75.
      assertThat(p.asOf()).contains(aug31);
      assertThat(p.progress()).contains(new BigDecimal("0.75"));
      assertThat(p.expectedProgress()).contains(BigDecimal.ONE);
      assertThat(p.status()).isEqualTo(ProgressStatus.MISSED);
    }

    @Test
    void theLinearForecastSeesTheShortfall() {
      Forecast f = Forecast.of(goal, reach, LocalDate.of(2026, 8, 16));
      // Slope 100 a day from 10,000 on 1 August: 13,000 on day 30; 14,000 on day 40, 10 September.
      assertThat(f.trendPerDay().orElseThrow().doubleValue()).isCloseTo(100, within(1e-9));
      assertThat(f.projectedAtDeadline().orElseThrow().doubleValue())
          .isCloseTo(13_000, within(1e-6));
      assertThat(f.targetValue()).contains(new BigDecimal("14000"));
      assertThat(f.projectedReachDate()).contains(LocalDate.of(2026, 9, 10));
      assertThat(f.reachesTargetByDeadline()).contains(false);
      assertThat(f.notes()).isEmpty();
    }
  }

  /** "Double LinkedIn followers within six months" (seed 000), 1 January to 30 June 2026. */
  @Nested
  class LinkedInFollowers {
    private final LocalDate jan1 = LocalDate.of(2026, 1, 1);
    private final LocalDate apr1 = LocalDate.of(2026, 4, 1); // day 90 of 180
    private final Goal goal =
        Goal.builder(GoalId.of("li-followers"), "Double LinkedIn followers within six months")
            .metric(CoreMetrics.FOLLOWERS)
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(1200, jan1))
            .target(Target.doubling())
            .period(DateRange.withinMonthsFrom(jan1, 6))
            .build();

    /** Three followers a day: 1,470 on 1 April. */
    private final MetricSeries behind =
        daily(CoreMetrics.FOLLOWERS, jan1, apr1, d -> BigDecimal.valueOf(1200 + 3 * d));

    /** Half a percent more a day, compounded: 1,200 * 1.005^d. */
    private final MetricSeries ahead =
        daily(
            CoreMetrics.FOLLOWERS,
            jan1,
            apr1,
            d ->
                new BigDecimal("1.005")
                    .pow((int) d, MathContext.DECIMAL128)
                    .multiply(BigDecimal.valueOf(1200))
                    .setScale(10, java.math.RoundingMode.HALF_EVEN));

    @Test
    void theSeriesThatFallsBehindIsOffTrack() {
      GoalProgress p = GoalProgress.of(goal, behind, apr1);
      // 270 of 1,200 = 0.225; 90 of 180 days = 0.5; pace 0.45 < 0.7.
      assertThat(p.targetValue()).contains(new BigDecimal("2400"));
      assertThat(p.progress()).contains(new BigDecimal("0.225"));
      assertThat(p.expectedProgress()).contains(new BigDecimal("0.5"));
      assertThat(p.paceRatio()).contains(new BigDecimal("0.45"));
      assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void theSeriesThatGetsAheadIsOnTrack() {
      GoalProgress p = GoalProgress.of(goal, ahead, apr1);
      double followers = 1200 * Math.pow(1.005, 90); // 1,878.8
      double progress = (followers - 1200) / 1200; // 0.5657
      assertThat(p.progress().orElseThrow().doubleValue()).isCloseTo(progress, within(1e-9));
      assertThat(p.paceRatio().orElseThrow().doubleValue()).isCloseTo(progress / 0.5, within(1e-9));
      assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void compoundGrowthForecastsTheDoublingDate() {
      Forecast f = Forecast.of(goal, ahead, apr1, ForecastMethod.COMPOUND_GROWTH);
      // ln 2 / ln 1.005 = 138.98 days: day 139 after 1 January is 20 May.
      assertThat(f.trendPerDay().orElseThrow().doubleValue()).isCloseTo(0.005, within(1e-9));
      assertThat(f.projectedAtDeadline().orElseThrow().doubleValue())
          .isCloseTo(1200 * Math.pow(1.005, 180), within(1e-6));
      assertThat(f.projectedReachDate()).contains(LocalDate.of(2026, 5, 20));
      assertThat(f.reachesTargetByDeadline()).contains(true);
    }

    @Test
    void theLinearForecastOfTheLaggingSeriesMissesTheDeadline() {
      Forecast f = Forecast.of(goal, behind, apr1);
      // 1,200 + 3 * 180 = 1,740 on 30 June; 2,400 at day 400: 5 February 2027.
      assertThat(f.projectedAtDeadline().orElseThrow().doubleValue()).isCloseTo(1740, within(1e-6));
      assertThat(f.projectedReachDate()).contains(LocalDate.of(2027, 2, 5));
      assertThat(f.reachesTargetByDeadline()).contains(false);
    }
  }

  /** A decrease goal: halve the customer-service response time (minutes) during March. */
  @Nested
  class ResponseTime {
    private final LocalDate mar1 = LocalDate.of(2026, 3, 1);
    private final LocalDate mar31 = LocalDate.of(2026, 3, 31);
    private final Goal goal =
        Goal.builder(GoalId.of("response-time"), "Halve the response time on Facebook in March")
            .metric(CoreMetrics.RESPONSE_TIME)
            .baseline(Baseline.of(120, mar1))
            .target(Target.decreaseByPercent(BigDecimal.valueOf(50)))
            .period(DateRange.of(mar1, mar31))
            .build();

    /** Two minutes faster each day: 90 on 16 March, 60 on 31 March. */
    private final MetricSeries improving =
        daily(CoreMetrics.RESPONSE_TIME, mar1, mar31, d -> BigDecimal.valueOf(120 - 2 * d));

    @Test
    void lowerIsBetterProgressRunsTheSameWay() {
      GoalProgress p = GoalProgress.of(goal, improving, LocalDate.of(2026, 3, 16));
      // (90 - 120) / (60 - 120) = 0.5; 15 of 30 days = 0.5; pace 1.
      assertThat(p.targetValue()).contains(new BigDecimal("60"));
      assertThat(p.progress()).contains(new BigDecimal("0.5"));
      assertThat(p.paceRatio()).contains(BigDecimal.ONE);
      assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void reachingSixtyMinutesAchievesIt() {
      GoalProgress p = GoalProgress.of(goal, improving, mar31);
      assertThat(p.progress()).contains(BigDecimal.ONE);
      assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void aSlowerResponseIsNegativeProgressClampedToZero() {
      GoalProgress p =
          GoalProgress.ofCurrentValue(goal, BigDecimal.valueOf(150), LocalDate.of(2026, 3, 16));
      // (150 - 120) / (60 - 120) = -0.5.
      assertThat(p.progress()).contains(new BigDecimal("-0.5"));
      assertThat(p.clampedProgress()).contains(BigDecimal.ZERO);
      assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void theForecastOfADecreaseLooksDownwards() {
      Forecast f = Forecast.of(goal, improving, LocalDate.of(2026, 3, 16));
      // Slope -2 from 120: 60 on day 30, 31 March.
      assertThat(f.trendPerDay().orElseThrow().doubleValue()).isCloseTo(-2, within(1e-9));
      assertThat(f.projectedReachDate()).contains(mar31);
      assertThat(f.reachesTargetByDeadline()).contains(true);
    }
  }
}
