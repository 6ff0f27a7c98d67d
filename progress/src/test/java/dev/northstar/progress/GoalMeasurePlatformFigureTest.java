package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.series.PeriodFigure;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A non-additive flow with the platform's own figures for periods: each expected value is worked
 * out by hand from 100 reach a day in July and 120 a day in August.
 */
class GoalMeasurePlatformFigureTest {

  private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
  private static final LocalDate JUL_31 = LocalDate.of(2026, 7, 31);
  private static final LocalDate AUG_1 = LocalDate.of(2026, 8, 1);
  private static final LocalDate AUG_20 = LocalDate.of(2026, 8, 20);
  private static final LocalDate AUG_31 = LocalDate.of(2026, 8, 31);
  private static final DateRange JULY = DateRange.of(JUL_1, JUL_31);
  private static final DateRange AUGUST = DateRange.of(AUG_1, AUG_31);
  private static final Scope FACEBOOK = Scope.of(Platform.FACEBOOK);

  /** 100 a day in July, 120 a day in August, from 1 July up to a date. */
  private static MetricSeries reach(MetricId metric, LocalDate upTo) {
    List<Observation> obs = new ArrayList<>();
    for (LocalDate d = JUL_1; !d.isAfter(upTo); d = d.plusDays(1)) {
      obs.add(Observation.of(d, d.getMonthValue() == 7 ? 100 : 120));
    }
    return MetricSeries.of(metric, FACEBOOK, obs);
  }

  private static Goal.Builder augustAgainstJuly() {
    return Goal.builder(GoalId.of("reach"), "Facebook reach up 40% in August against July")
        .metric(CoreMetrics.REACH)
        .scope(FACEBOOK)
        .baselinePeriod(BaselinePeriod.of(JULY))
        .target(Target.increaseByPercent(40))
        .period(AUGUST);
  }

  private static PeriodFigure reachFigure(DateRange dates, long value) {
    return PeriodFigure.of(CoreMetrics.REACH, FACEBOOK, dates, BigDecimal.valueOf(value));
  }

  private static GoalMeasure measure(Goal goal, LocalDate dataUpTo, PeriodFigure... figures) {
    return GoalMeasure.of(
        goal, Accumulation.NON_ADDITIVE_FLOW, reach(CoreMetrics.REACH, dataUpTo), List.of(figures));
  }

  @Test
  void aMonthWithAFigureUsesItInPlaceOfTheSum() {
    // the sums would be July 31 * 100 = 3100 and August 31 * 120 = 3720
    GoalMeasure m =
        measure(
            augustAgainstJuly().build(),
            AUG_31,
            reachFigure(JULY, 2500),
            reachFigure(AUGUST, 3000));

    GoalProgress p = GoalProgress.of(m, AUG_31);

    assertThat(p.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3000"));
    assertThat(p.baselineValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2500"));
    // 2500 * 1.4 = 3500; 3000 / 3500 of the way
    assertThat(p.targetValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3500"));
    assertThat(p.progress())
        .contains(BigDecimal.valueOf(3000).divide(BigDecimal.valueOf(3500), MathContext.DECIMAL64));
    assertThat(p.notes()).containsExactly(ProgressNote.PLATFORM_FIGURE);
    assertThat(m.platformFigures())
        .containsExactly(reachFigure(JULY, 2500), reachFigure(AUGUST, 3000));
  }

  @Test
  void aMonthWithoutAFigureKeepsTheSumAndItsNote() {
    Goal perMonth =
        Goal.builder(GoalId.of("monthly-reach"), "3,000 reached a month")
            .metric(CoreMetrics.REACH)
            .scope(FACEBOOK)
            .window(Window.perMonth())
            .target(Target.total(3000))
            .period(DateRange.of(JUL_1, AUG_31))
            .build();
    GoalMeasure m = measure(perMonth, AUG_20, reachFigure(JULY, 2500));

    // July has its figure; August to the 20th is 20 * 120 = 2400 summed
    assertThat(m.valueOver(JULY, JUL_31))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2500"));
    assertThat(m.valueOver(AUGUST, AUG_20))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
    GoalProgress p = GoalProgress.of(m, AUG_20);
    assertThat(p.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
    assertThat(p.notes()).containsExactly(ProgressNote.SUMMED_OVER_DAYS);
    // at the end of July the month's value is the figure
    assertThat(GoalProgress.of(m, JUL_31).notes()).containsExactly(ProgressNote.PLATFORM_FIGURE);
  }

  @Test
  void aBaselinePeriodWithAFigureUsesItWhileTheCurrentValueIsSummed() {
    GoalMeasure m = measure(augustAgainstJuly().build(), AUG_20, reachFigure(JULY, 2500));

    assertThat(m.baselineValue(AUG_20))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2500"));
    GoalProgress p = GoalProgress.of(m, AUG_20);
    // current: 20 * 120 = 2400 summed; target 2500 * 1.4 = 3500
    assertThat(p.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
    assertThat(p.targetValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3500"));
    assertThat(p.notes())
        .containsExactlyInAnyOrder(ProgressNote.PLATFORM_FIGURE, ProgressNote.SUMMED_OVER_DAYS);
  }

  @Test
  void aFigureForTheMonthToDateIsUsedOnThatDate() {
    GoalMeasure m =
        measure(
            augustAgainstJuly().build(), AUG_20, reachFigure(DateRange.of(AUG_1, AUG_20), 1800));

    assertThat(GoalProgress.of(m, AUG_20).currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1800"));
    // a day earlier the days are 1 to 19 August: 19 * 120 = 2280 summed
    assertThat(m.valueOver(AUGUST, LocalDate.of(2026, 8, 19)))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2280"));
  }

  @Test
  void aFigureCoveringOtherDatesOrAnotherScopeIsNotUsed() {
    GoalMeasure m =
        measure(
            augustAgainstJuly().build(),
            AUG_20,
            // the whole of August, but the days up to 20 August are asked for
            reachFigure(AUGUST, 3000),
            // July but one day
            reachFigure(DateRange.of(JUL_1, LocalDate.of(2026, 7, 30)), 2400),
            // July on another platform, and another metric
            PeriodFigure.of(CoreMetrics.REACH, Scope.of(Platform.X), JULY, BigDecimal.TEN),
            PeriodFigure.of(CoreMetrics.IMPRESSIONS, FACEBOOK, JULY, BigDecimal.TEN));

    GoalProgress p = GoalProgress.of(m, AUG_20);
    // July 31 * 100 = 3100, August to the 20th 20 * 120 = 2400
    assertThat(p.baselineValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3100"));
    assertThat(p.currentValue())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
    assertThat(p.notes()).containsExactly(ProgressNote.SUMMED_OVER_DAYS);
    assertThat(m.platformFigures())
        .containsExactly(
            reachFigure(DateRange.of(JUL_1, LocalDate.of(2026, 7, 30)), 2400),
            reachFigure(AUGUST, 3000));
  }

  @Test
  void aGoalWithoutPlatformsMatchesAFigureForAllPlatforms() {
    Goal goal = augustAgainstJuly().scope(Scope.unspecified()).build();
    PeriodFigure july =
        PeriodFigure.of(CoreMetrics.REACH, Scope.allPlatforms(), JULY, BigDecimal.valueOf(2500));
    MetricSeries daily =
        MetricSeries.of(
            CoreMetrics.REACH,
            Scope.unspecified(),
            reach(CoreMetrics.REACH, AUG_20).observations());
    GoalMeasure m = GoalMeasure.of(goal, Accumulation.NON_ADDITIVE_FLOW, daily, List.of(july));

    assertThat(m.baselineValue(AUG_20))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2500"));
  }

  @Test
  void withoutFiguresTheMeasureIsTheOneWithoutThem() {
    Goal goal = augustAgainstJuly().build();
    GoalProgress with = GoalProgress.of(measure(goal, AUG_20), AUG_20);
    GoalProgress without =
        GoalProgress.of(
            GoalMeasure.of(goal, Accumulation.NON_ADDITIVE_FLOW, reach(CoreMetrics.REACH, AUG_20)),
            AUG_20);

    assertThat(with.currentValue()).isEqualTo(without.currentValue());
    assertThat(with.notes())
        .isEqualTo(without.notes())
        .containsExactly(ProgressNote.SUMMED_OVER_DAYS);
  }

  @Test
  void aFigureOfAnAdditiveFlowIsRefused() {
    Goal leads =
        Goal.builder(GoalId.of("leads"), "300 leads in August")
            .metric(CoreMetrics.LEADS)
            .scope(FACEBOOK)
            .target(Target.total(300))
            .period(AUGUST)
            .build();
    PeriodFigure figure = PeriodFigure.of(CoreMetrics.LEADS, FACEBOOK, AUGUST, BigDecimal.TEN);

    assertThatThrownBy(
            () ->
                GoalMeasure.of(
                    leads, Accumulation.FLOW, reach(CoreMetrics.LEADS, AUG_20), List.of(figure)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-additive flow")
        .hasMessageContaining("leads")
        .hasMessageContaining("sum over days is exact");
  }

  @Test
  void aFigureOfAStockIsRefused() {
    Goal followers =
        Goal.builder(GoalId.of("followers"), "5,000 followers by the end of August")
            .metric(CoreMetrics.FOLLOWERS)
            .scope(FACEBOOK)
            .target(Target.increaseTo(BigDecimal.valueOf(5000)))
            .period(AUGUST)
            .build();
    PeriodFigure figure = PeriodFigure.of(CoreMetrics.FOLLOWERS, FACEBOOK, AUGUST, BigDecimal.TEN);

    assertThatThrownBy(
            () ->
                GoalMeasure.of(
                    followers,
                    Accumulation.STOCK,
                    reach(CoreMetrics.FOLLOWERS, AUG_20),
                    List.of(figure)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-additive flow")
        .hasMessageContaining("STOCK");
  }

  @Test
  void twoDifferentFiguresForTheSameDatesAreRefused() {
    assertThatThrownBy(
            () ->
                measure(
                    augustAgainstJuly().build(),
                    AUG_20,
                    reachFigure(JULY, 2500),
                    reachFigure(JULY, 2600)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(JULY.toString())
        .hasMessageContaining("2500")
        .hasMessageContaining("2600");
  }
}
