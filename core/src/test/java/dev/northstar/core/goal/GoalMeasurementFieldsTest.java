package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalMeasurementFieldsTest {

  private static final LocalDate START = LocalDate.of(2026, 8, 1);
  private static final LocalDate END = LocalDate.of(2026, 8, 31);

  private static Goal.Builder goal() {
    return Goal.builder(GoalId.of("reach"), "More reach").start(START).deadline(END);
  }

  private static DateRange range(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void windowBaselinePeriodPhasesAndCheckInsAreKeptSortedAndCopied() {
    CheckIn late = CheckIn.of(LocalDate.of(2026, 8, 20), BigDecimal.TEN);
    CheckIn early = CheckIn.of(LocalDate.of(2026, 8, 10), BigDecimal.ONE);
    Phase p2 = Phase.of(LocalDate.of(2026, 8, 31), 20);
    Phase p1 = Phase.of(LocalDate.of(2026, 8, 15), 10);
    Goal g =
        goal()
            .window(Window.perWeek())
            .baselinePeriod(BaselinePeriod.of(range("2026-07-01", "2026-07-31")))
            .phases(List.of(p2, p1))
            .checkIns(List.of(late, early))
            .build();
    assertThat(g.window()).contains(Window.perWeek());
    assertThat(g.effectiveWindow()).isEqualTo(Window.perWeek());
    assertThat(g.baselinePeriod()).contains(BaselinePeriod.of(range("2026-07-01", "2026-07-31")));
    assertThat(g.phases()).containsExactly(p1, p2);
    assertThat(g.checkIns()).containsExactly(early, late);
    assertThat(g.toBuilder().build()).isEqualTo(g).hasSameHashCodeAs(g);
    assertThat(g)
        .hasToString(
            "Goal[reach SOCIAL \"More reach\" no metric on [no platform]: no target per week against"
                + " 2026-07-01/2026-07-31, 2026-08-01..2026-08-31, phases [10 by 2026-08-15, 20 by"
                + " 2026-08-31], 2 check-ins]");
    assertThat(g).isNotEqualTo(g.toBuilder().window(null).build());
    assertThat(g).isNotEqualTo(g.toBuilder().baselinePeriod(null).build());
    assertThat(g).isNotEqualTo(g.toBuilder().phases(List.of(p1)).build());
    assertThat(g).isNotEqualTo(g.toBuilder().checkIns(List.of(early)).build());
    Goal plain = goal().phase(p1).checkIn(early).build();
    assertThat(plain.window()).isEmpty();
    assertThat(plain.effectiveWindow()).isEqualTo(Window.period());
    assertThat(plain.baselinePeriod()).isEmpty();
    assertThat(plain.phases()).containsExactly(p1);
    assertThat(plain.checkIns()).containsExactly(early);
    assertThat(goal().build().toString()).doesNotContain("phases").doesNotContain("check-ins");
  }

  @Test
  void aBaselinePeriodMustEndBeforeTheStart() {
    assertThat(
            goal()
                .baselinePeriod(BaselinePeriod.of(range("2026-07-01", "2026-07-31")))
                .build()
                .baselinePeriod())
        .isPresent();
    assertThatThrownBy(
            () ->
                goal().baselinePeriod(BaselinePeriod.of(range("2026-07-01", "2026-08-01"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseline period of goal reach must end before the goal's start 2026-08-01, but was"
                + " 2026-07-01/2026-08-01");
    // without a start, or relative to the period, there is nothing to check yet
    assertThat(
            Goal.builder(GoalId.of("x"), "x")
                .baselinePeriod(BaselinePeriod.of(range("2026-07-01", "2026-08-01")))
                .build()
                .baselinePeriod())
        .isPresent();
    assertThat(goal().baselinePeriod(BaselinePeriod.previousPeriod()).build().baselinePeriod())
        .contains(BaselinePeriod.previousPeriod());
  }

  @Test
  void theSamePeriodLastYearOfAGoalLongerThanAYearOverlapsItAndIsRefused() {
    Goal.Builder longGoal =
        Goal.builder(GoalId.of("long"), "Leads up 10% over 18 months against the year before")
            .baselinePeriod(BaselinePeriod.samePeriodLastYear())
            .start(LocalDate.of(2026, 1, 1))
            .deadline(LocalDate.of(2027, 6, 30));
    assertThatThrownBy(longGoal::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseline period of goal long must end before the goal's start 2026-01-01, but was"
                + " same period last year, 2025-01-01/2026-06-30");
    // a year exactly: 2025 ends before 2026 starts
    assertThat(longGoal.deadline(LocalDate.of(2026, 12, 31)).build().baselinePeriod())
        .contains(BaselinePeriod.samePeriodLastYear());
  }

  @Test
  void aPhaseMustLieInThePeriodOnADateOfItsOwn() {
    assertThat(goal().phase(Phase.of(START, 1)).phase(Phase.of(END, 2)).build().phases())
        .hasSize(2);
    assertThatThrownBy(() -> goal().phase(Phase.of(START.minusDays(1), 5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "phase '5 by 2026-07-31' of goal reach must lie within the goal's period"
                + " 2026-08-01/2026-08-31, but its date 2026-07-31 is before the start");
    assertThatThrownBy(() -> goal().phase(Phase.of(END.plusDays(1), 5)).build())
        .hasMessage(
            "phase '5 by 2026-09-01' of goal reach must lie within the goal's period"
                + " 2026-08-01/2026-08-31, but its date 2026-09-01 is after the deadline");
    assertThatThrownBy(
            () ->
                Goal.builder(GoalId.of("open"), "x")
                    .deadline(END)
                    .phase(Phase.of(END.plusDays(1), 5))
                    .build())
        .hasMessageContaining("within the goal's period ?/2026-08-31");
    assertThatThrownBy(
            () ->
                Goal.builder(GoalId.of("open"), "x")
                    .start(START)
                    .phase(Phase.of(START.minusDays(1), 5))
                    .build())
        .hasMessageContaining("within the goal's period 2026-08-01/?");
    assertThat(Goal.builder(GoalId.of("free"), "x").phase(Phase.of(END, 1)).build().phases())
        .hasSize(1);
    assertThatThrownBy(() -> goal().phase(Phase.of(END, 5)).phase(Phase.of(END, 6)).build())
        .hasMessage("phases of goal reach must have distinct dates, but two are on 2026-08-31");
  }

  @Test
  void twoCheckInsOnOneDateAreRefused() {
    assertThatThrownBy(
            () ->
                goal()
                    .checkIn(CheckIn.of(START, BigDecimal.ONE))
                    .checkIn(CheckIn.of(START, BigDecimal.TEN))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-ins of goal reach must have distinct dates, but two are on 2026-08-01");
    assertThatThrownBy(() -> goal().phase(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> goal().checkIn(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> goal().phases(java.util.Arrays.asList((Phase) null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> goal().checkIns(java.util.Arrays.asList((CheckIn) null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRateGoalMayAskForTheMeanOfTheDaysRatesAndNothingElse() {
    Goal.Builder b = Goal.builder(GoalId.of("err"), "Mean daily engagement rate to 5%");
    assertThat(b.build().rateMethod()).isEmpty();
    Goal mean = b.rateMethod(Aggregation.MEAN_OF_RATIOS).build();
    assertThat(mean.rateMethod()).contains(Aggregation.MEAN_OF_RATIOS);
    assertThat(mean.toBuilder().build()).isEqualTo(mean);
    assertThat(mean).isNotEqualTo(mean.toBuilder().rateMethod(Aggregation.RATIO_OF_SUMS).build());
    assertThat(mean.toString()).contains(" as MEAN_OF_RATIOS");
    assertThatThrownBy(() -> b.rateMethod(Aggregation.SUM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate method of goal err must be RATIO_OF_SUMS or MEAN_OF_RATIOS, but was SUM");
  }
}
