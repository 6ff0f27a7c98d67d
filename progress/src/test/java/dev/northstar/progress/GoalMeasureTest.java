package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Phase;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a goal measures, each figure worked out by hand from a small daily series. */
class GoalMeasureTest {

  private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
  private static final LocalDate AUG_1 = LocalDate.of(2026, 8, 1);
  private static final LocalDate AUG_31 = LocalDate.of(2026, 8, 31);

  /** 100 a day in July, 120 a day in August, up to 20 August. */
  private static MetricSeries reach() {
    List<Observation> obs = new ArrayList<>();
    for (LocalDate d = JUL_1; !d.isAfter(LocalDate.of(2026, 8, 20)); d = d.plusDays(1)) {
      obs.add(Observation.of(d, BigDecimal.valueOf(d.getMonthValue() == 7 ? 100 : 120)));
    }
    return MetricSeries.of(CoreMetrics.REACH, Scope.unspecified(), obs);
  }

  private static Goal.Builder augustReach() {
    return Goal.builder(GoalId.of("reach"), "Reach up 40% in August against July")
        .metric(CoreMetrics.REACH)
        .baselinePeriod(BaselinePeriod.of(DateRange.of(JUL_1, LocalDate.of(2026, 7, 31))))
        .target(Target.increaseByPercent(40))
        .period(DateRange.of(AUG_1, AUG_31));
  }

  private static BigDecimal div(long a, long b) {
    return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), MathContext.DECIMAL64);
  }

  @Test
  void aFlowIsTheSumToDateAgainstTheBaselinePeriodsSum() {
    Goal goal = augustReach().build();
    GoalMeasure m = GoalMeasure.of(goal, Accumulation.NON_ADDITIVE_FLOW, reach());
    LocalDate aug20 = LocalDate.of(2026, 8, 20);
    assertThat(m.baselineValue(aug20))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3100"));
    assertThat(m.valueOver(DateRange.of(AUG_1, AUG_31), aug20))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
    GoalProgress p = GoalProgress.of(m, aug20);
    // target 3100 * 1.4 = 4340; 2400 / 4340 of the way; 20 of 31 days expected
    assertThat(p.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
    assertThat(p.targetValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4340"));
    assertThat(p.baselineValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3100"));
    assertThat(p.progress()).contains(div(2400, 4340));
    assertThat(p.expectedProgress()).contains(div(20, 31));
    assertThat(p.window()).contains(DateRange.of(AUG_1, AUG_31));
    assertThat(p.asOf()).contains(aug20);
    // pace (2400/4340)/(20/31) = 0.857: at risk
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(p.notes()).containsExactly(ProgressNote.SUMMED_OVER_DAYS);
  }

  @Test
  void theBaselinePeriodIsUsedOnlyOnceItIsOver() {
    GoalMeasure m = GoalMeasure.of(augustReach().build(), Accumulation.FLOW, reach());
    assertThat(m.baselineFromData(LocalDate.of(2026, 7, 30))).isEmpty();
    assertThat(m.baselineFromData(LocalDate.of(2026, 7, 31))).isPresent();
    Goal withNumber = augustReach().baseline(Baseline.of(3000, JUL_1)).build();
    GoalMeasure n = GoalMeasure.of(withNumber, Accumulation.FLOW, reach());
    assertThat(n.baselineValue(LocalDate.of(2026, 7, 30)))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3000"));
  }

  @Test
  void aBaselinePeriodWithoutDataIsNoted() {
    Goal goal = augustReach().baselinePeriod(BaselinePeriod.samePeriodLastYear()).build();
    GoalProgress p =
        GoalProgress.of(
            GoalMeasure.of(goal, Accumulation.FLOW, reach()), LocalDate.of(2026, 8, 20));
    assertThat(p.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(p.notes())
        .contains(ProgressNote.BASELINE_PERIOD_WITHOUT_DATA, ProgressNote.NO_BASELINE);
  }

  @Test
  void aMonthlyWindowStartsAgainEachMonth() {
    Goal goal =
        Goal.builder(GoalId.of("monthly"), "3,000 a month")
            .metric(CoreMetrics.LEADS)
            .window(Window.perMonth())
            .target(Target.total(3000))
            .period(DateRange.of(JUL_1, LocalDate.of(2026, 12, 31)))
            .build();
    MetricSeries leads =
        MetricSeries.of(CoreMetrics.LEADS, Scope.unspecified(), reach().observations());
    GoalMeasure m = GoalMeasure.of(goal, Accumulation.FLOW, leads);
    GoalProgress p = GoalProgress.of(m, LocalDate.of(2026, 8, 20));
    assertThat(p.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
    assertThat(p.progress()).contains(div(2400, 3000));
    assertThat(p.expectedProgress()).contains(div(20, 31));
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    MetricSeries measured = m.measuredSeries(LocalDate.of(2026, 8, 2));
    assertThat(measured.valueOn(LocalDate.of(2026, 7, 31)))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3100"));
    assertThat(measured.valueOn(AUG_1))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("120"));
    assertThat(measured.valueOn(LocalDate.of(2026, 8, 2)))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("240"));
    assertThat(measured.last().get().date()).isEqualTo(LocalDate.of(2026, 8, 2));
  }

  @Test
  void aTrailingWindowSumsItsLastDaysAndExpectsTheWholeTarget() {
    Goal goal =
        Goal.builder(GoalId.of("trailing"), "1,000 in any week")
            .metric(CoreMetrics.LEADS)
            .window(Window.trailingDays(7))
            .target(Target.total(1000))
            .period(DateRange.of(JUL_1, LocalDate.of(2026, 12, 31)))
            .build();
    MetricSeries leads =
        MetricSeries.of(CoreMetrics.LEADS, Scope.unspecified(), reach().observations());
    GoalProgress p =
        GoalProgress.of(GoalMeasure.of(goal, Accumulation.FLOW, leads), LocalDate.of(2026, 8, 3));
    // 29-31 July: 3 x 100, 1-3 August: 3 x 120 ... 28 July to 3 August = 4 x 100 + 3 x 120 = 760
    assertThat(p.currentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("760"));
    assertThat(p.expectedProgress()).contains(BigDecimal.ONE);
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void aStockIsTheLastObservationOnOrBeforeTheDate() {
    MetricSeries followers =
        MetricSeries.of(
            CoreMetrics.FOLLOWERS,
            Scope.unspecified(),
            List.of(
                Observation.of(LocalDate.of(2026, 6, 30), BigDecimal.valueOf(1000)),
                Observation.of(LocalDate.of(2026, 7, 15), BigDecimal.valueOf(1060))));
    Goal goal =
        Goal.builder(GoalId.of("followers"), "Followers up 20% in Q3")
            .metric(CoreMetrics.FOLLOWERS)
            .baselinePeriod(BaselinePeriod.previousPeriod())
            .target(Target.increaseByPercent(20))
            .period(DateRange.of(JUL_1, LocalDate.of(2026, 9, 30)))
            .build();
    GoalMeasure m = GoalMeasure.of(goal, Accumulation.STOCK, followers);
    // the level at the end of Q2 is the baseline: 1000; at 20 August the last count is 1060
    GoalProgress p = GoalProgress.of(m, LocalDate.of(2026, 8, 20));
    assertThat(p.baselineValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
    assertThat(p.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1060"));
    assertThat(p.progress()).contains(div(60, 200));
    assertThat(p.asOf()).contains(LocalDate.of(2026, 7, 15));
    assertThat(p.notes()).contains(ProgressNote.SERIES_ENDS_EARLY);
    // expected on 15 July: 14 of the 91 days from 1 July to 30 September
    assertThat(p.expectedProgress()).contains(div(14, 91));
    assertThat(m.valueOver(DateRange.of(AUG_1, AUG_31), LocalDate.of(2026, 6, 1))).isEmpty();
    assertThatThrownBy(
            () ->
                GoalMeasure.of(
                    goal.toBuilder().window(Window.perMonth()).build(),
                    Accumulation.STOCK,
                    followers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("window of goal followers must be 'period' for followers");
  }

  @Test
  void aStocksStatusIsJudgedAgainstTheCurrentPhase() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    LocalDate feb14 = LocalDate.of(2026, 2, 14);
    MetricSeries followers =
        MetricSeries.of(
            CoreMetrics.FOLLOWERS,
            Scope.unspecified(),
            List.of(
                Observation.of(jan1, BigDecimal.valueOf(1000)),
                Observation.of(feb14, BigDecimal.valueOf(1090))));
    Goal.Builder doubled =
        Goal.builder(GoalId.of("followers"), "Double followers this year, 1,200 by March")
            .metric(CoreMetrics.FOLLOWERS)
            .baseline(Baseline.of(1000, jan1))
            .target(Target.doubling())
            .period(DateRange.of(jan1, LocalDate.of(2026, 12, 31)));
    Goal phased = doubled.phase(Phase.of(LocalDate.of(2026, 3, 31), 1200)).build();
    GoalProgress p = GoalProgress.of(GoalMeasure.of(phased, Accumulation.STOCK, followers), feb14);
    // 1,000 on 1 January to 1,200 on 31 March (89 days): due on 14 February (44 days) is
    // 1000 + 200 x 44/89, so expected (200 x 44/89) / 1000 of the way to 2,000
    BigDecimal expected =
        BigDecimal.valueOf(200 * 44)
            .divide(BigDecimal.valueOf(89), MathContext.DECIMAL64)
            .divide(BigDecimal.valueOf(1000), MathContext.DECIMAL64);
    assertThat(p.progress()).contains(div(90, 1000));
    assertThat(p.expectedProgress().orElseThrow().subtract(expected).abs())
        .isLessThan(new BigDecimal("1E-15"));
    // pace 0.09 / 0.0989 = 0.91: on track against the phase
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
    // without the phase, 44 of 364 days: 0.09 / 0.121 = 0.74, at risk
    Goal linear = phased.toBuilder().phases(List.of()).build();
    GoalProgress q = GoalProgress.of(GoalMeasure.of(linear, Accumulation.STOCK, followers), feb14);
    assertThat(q.expectedProgress()).contains(div(44, 364));
    assertThat(q.status()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void aRateIsTheRatioOfTheWindowsSums() {
    MetricId err = MetricId.of("err");
    LocalDate d1 = LocalDate.of(2026, 8, 18);
    LocalDate d2 = LocalDate.of(2026, 8, 19);
    LocalDate d3 = LocalDate.of(2026, 8, 20);
    MetricSeries engagements =
        MetricSeries.of(
            err,
            Scope.unspecified(),
            List.of(
                Observation.of(d1, BigDecimal.valueOf(10)),
                Observation.of(d2, BigDecimal.valueOf(30)),
                Observation.of(d3, BigDecimal.valueOf(20))));
    MetricSeries reach =
        MetricSeries.of(
            err,
            Scope.unspecified(),
            List.of(
                Observation.of(d1, BigDecimal.valueOf(100)),
                Observation.of(d2, BigDecimal.valueOf(1000)),
                Observation.of(d3, BigDecimal.valueOf(500))));
    Goal goal =
        Goal.builder(GoalId.of("err"), "ERR over the last 2 days to 5%")
            .metric(err)
            .window(Window.trailingDays(2))
            .baseline(Baseline.of(new BigDecimal("0.03"), JUL_1))
            .target(Target.increaseTo(new BigDecimal("0.05")))
            .period(DateRange.of(JUL_1, AUG_31))
            .build();
    GoalMeasure m = GoalMeasure.ofRate(goal, err, engagements, reach, BigDecimal.ONE);
    // (30 + 20) / (1000 + 500), not the mean of 3% and 4%
    assertThat(m.valueOver(m.windowAt(d3), d3)).contains(div(50, 1500));
    GoalProgress p = GoalProgress.of(m, d3);
    assertThat(p.currentValue()).contains(div(50, 1500));
    assertThat(p.window()).contains(DateRange.of(d2, d3));
    assertThat(m.measuredSeries(d3).valueOn(d1)).contains(div(10, 100));
    assertThat(
            GoalMeasure.ofRate(goal, err, engagements, reach, BigDecimal.valueOf(100))
                .valueOver(DateRange.of(d1, d1), d1))
        .contains(BigDecimal.TEN);
    MetricSeries zero =
        MetricSeries.of(err, Scope.unspecified(), List.of(Observation.of(d1, BigDecimal.ZERO)));
    assertThat(
            GoalMeasure.ofRate(goal, err, engagements, zero, BigDecimal.ONE)
                .valueOver(DateRange.of(d1, d1), d1))
        .isEmpty();
    assertThatThrownBy(() -> GoalMeasure.ofRate(goal, err, engagements, reach, BigDecimal.ZERO))
        .hasMessage("factor of rate err must be positive, but was 0");
    assertThatThrownBy(() -> GoalMeasure.of(goal, Accumulation.RATE, reach))
        .hasMessageStartingWith("a rate is measured from its numerator and denominator");
    assertThatThrownBy(
            () -> GoalMeasure.ofRate(goal, CoreMetrics.REACH, engagements, reach, BigDecimal.ONE))
        .hasMessage("series must measure the goal's metric err, but measures reach");

    // the goal may ask for the mean of the days' rates: (3% + 4%) / 2 over the last two days
    Goal mean = goal.toBuilder().rateMethod(Aggregation.MEAN_OF_RATIOS).build();
    GoalMeasure meanOfRatios = GoalMeasure.ofRate(mean, err, engagements, reach, BigDecimal.ONE);
    BigDecimal threeAndFour = div(30, 1000).add(div(20, 500)).divide(BigDecimal.valueOf(2));
    assertThat(meanOfRatios.valueOver(meanOfRatios.windowAt(d3), d3))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(threeAndFour));
    assertThat(GoalProgress.of(meanOfRatios, d3).currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(threeAndFour));
    // a day with a denominator of 0 has no rate and is left out, not counted as 0
    MetricSeries reachWithZero =
        MetricSeries.of(
            err,
            Scope.unspecified(),
            List.of(
                Observation.of(d1, BigDecimal.valueOf(100)),
                Observation.of(d2, BigDecimal.ZERO),
                Observation.of(d3, BigDecimal.valueOf(500))));
    GoalMeasure withZero =
        GoalMeasure.ofRate(mean, err, engagements, reachWithZero, BigDecimal.ONE);
    assertThat(withZero.valueOver(withZero.windowAt(d3), d3))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(div(20, 500)));
  }

  @Test
  void checkInsAreTheGoalsNumberAsReported() {
    Goal goal =
        Goal.builder(GoalId.of("partners"), "12 partners this year")
            .metric(CoreMetrics.INFLUENCERS)
            .target(Target.total(12))
            .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .phase(Phase.of(LocalDate.of(2026, 6, 30), 6))
            .checkIn(CheckIn.of(LocalDate.of(2026, 3, 31), BigDecimal.valueOf(3)))
            .checkIn(CheckIn.of(LocalDate.of(2026, 7, 31), BigDecimal.valueOf(6)))
            .build();
    GoalMeasure m = GoalMeasure.ofCheckIns(goal, CoreMetrics.INFLUENCERS, Accumulation.FLOW);
    assertThat(m.isFromCheckIns()).isTrue();
    GoalProgress p = GoalProgress.of(m, LocalDate.of(2026, 8, 20));
    assertThat(p.currentValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
    assertThat(p.asOf()).contains(LocalDate.of(2026, 7, 31));
    assertThat(p.notes())
        .contains(ProgressNote.FROM_CHECK_INS)
        .doesNotContain(ProgressNote.SERIES_ENDS_EARLY);
    // the phase: 6 by 30 June, then on to 12 by 31 December; on 31 July 6 + 6 x 31/184 is due
    BigDecimal expectedValue =
        BigDecimal.valueOf(6)
            .add(BigDecimal.valueOf(6).multiply(div(31, 184), MathContext.DECIMAL64));
    BigDecimal expected = expectedValue.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
    assertThat(p.expectedProgress().get())
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("1E-14")));
    // before the phase date: 3 of 6 expected by 31 March is 90 of 181 days of the first phase
    GoalProgress march = GoalProgress.of(m, LocalDate.of(2026, 4, 1));
    BigDecimal due = BigDecimal.valueOf(6).multiply(div(90, 181), MathContext.DECIMAL64);
    assertThat(march.expectedProgress().get())
        .isCloseTo(
            due.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64),
            org.assertj.core.data.Offset.offset(new BigDecimal("1E-14")));
    assertThat(GoalProgress.of(m, LocalDate.of(2026, 2, 1)).status())
        .isEqualTo(ProgressStatus.NO_DATA);
  }

  @Test
  void pastTheDeadlineTheValueIsFinalAndThereIsNoForecast() {
    Goal goal = augustReach().build();
    GoalMeasure m = GoalMeasure.of(goal, Accumulation.FLOW, reach());
    LocalDate sep = LocalDate.of(2026, 9, 10);
    GoalProgress p = GoalProgress.of(m, sep);
    assertThat(p.notes()).contains(ProgressNote.FINAL);
    // data ends on 20 August: the month is not covered, so whether it was met is unknown
    assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
    Forecast f = Forecast.of(m, sep);
    assertThat(f.notes()).containsExactly(ForecastNote.PAST_DEADLINE);
    assertThat(f.projectedAtDeadline()).isEmpty();
    assertThat(f.targetValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4340"));
    Forecast running = Forecast.of(m, LocalDate.of(2026, 8, 20));
    // a straight line through 120, 240, ... 2400 reaches 120 x 31 = 3720 on 31 August
    assertThat(running.projectedAtDeadline().get().doubleValue())
        .isCloseTo(3720.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(running.reachesTargetByDeadline()).contains(false);
  }

  @Test
  void aTotalWithoutAStartHasNoValueAndWithoutADeadlineNoPace() {
    MetricId sales = CoreMetrics.SALES;
    List<Observation> obs = new ArrayList<>();
    for (LocalDate d = JUL_1; !d.isAfter(LocalDate.of(2026, 7, 10)); d = d.plusDays(1)) {
      obs.add(Observation.of(d, BigDecimal.valueOf(4)));
    }
    MetricSeries daily = MetricSeries.of(sales, Scope.unspecified(), obs);
    LocalDate jul10 = LocalDate.of(2026, 7, 10);
    Goal.Builder goal =
        Goal.builder(GoalId.of("sales"), "Generate 25 new sales")
            .metric(sales)
            .target(Target.total(25));

    // no start: which days count is unknown, so no sum from the first data
    GoalProgress undated =
        GoalProgress.of(GoalMeasure.of(goal.build(), Accumulation.FLOW, daily), jul10);
    assertThat(undated.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(undated.notes()).contains(ProgressNote.NO_PERIOD);
    assertThat(undated.currentValue()).isEmpty();
    assertThat(undated.progress()).isEmpty();

    // a start and no deadline: the sum since the start, but no pace to judge it by
    Goal started = goal.start(LocalDate.of(2026, 7, 6)).build();
    GoalProgress open = GoalProgress.of(GoalMeasure.of(started, Accumulation.FLOW, daily), jul10);
    // 6 to 10 July: 5 days of 4
    assertThat(open.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
    assertThat(open.progress()).contains(div(20, 25));
    assertThat(open.expectedProgress()).isEmpty();
    assertThat(open.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(open.notes()).contains(ProgressNote.NO_PERIOD);

    // once the sum reaches the target it is achieved, deadline or not
    GoalProgress later =
        GoalProgress.of(
            GoalMeasure.of(goal.start(LocalDate.of(2026, 7, 2)).build(), Accumulation.FLOW, daily),
            jul10);
    assertThat(later.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("36"));
    assertThat(later.status()).isEqualTo(ProgressStatus.ACHIEVED);
  }
}
