package dev.northstar.progress;

import static dev.northstar.progress.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Progress for every kind of target, and the cases where it is undefined. */
class TargetKindsTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 1, 11); // 10 days after the start
  private static final LocalDate MID = LocalDate.of(2026, 1, 6); // half-way: 5 of 10 days

  private static Goal goal(Target target, Baseline baseline) {
    return Goal.builder(GoalId.of("g"), "a goal")
        .metric(CoreMetrics.FOLLOWERS)
        .target(target)
        .baseline(baseline)
        .period(DateRange.of(START, END))
        .build();
  }

  private static GoalProgress at(Goal goal, String current, LocalDate date) {
    return GoalProgress.ofCurrentValue(goal, dec(current), date);
  }

  @Test
  void increaseToAValueMeasuresTheWayFromTheBaseline() {
    Goal g = goal(Target.increaseTo(dec("5000")), Baseline.of(4000, START));
    // (4600 - 4000) / (5000 - 4000) = 0.6 against 0.5 expected: pace 1.2.
    GoalProgress p = at(g, "4600", MID);
    assertThat(p.progress()).contains(dec("0.6"));
    assertThat(p.paceRatio()).contains(dec("1.2"));
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void decreaseToAValueMeasuresTheWayDown() {
    Goal g = goal(Target.decreaseTo(dec("2.5")), Baseline.of(dec("4"), START));
    // (3.7 - 4) / (2.5 - 4) = 0.2 against 0.5: pace 0.4, off track.
    GoalProgress p = at(g, "3.7", MID);
    assertThat(p.progress()).contains(dec("0.2"));
    assertThat(p.paceRatio()).contains(dec("0.4"));
    assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void beatingTheTargetIsProgressAboveOneClampedToOne() {
    Goal g = goal(Target.multiplyBy(dec("1.5")), Baseline.of(200, START));
    // Target 300; 350 is (350 - 200) / 100 = 1.5.
    GoalProgress p = at(g, "350", MID);
    assertThat(p.targetValue()).contains(dec("300"));
    assertThat(p.progress()).contains(dec("1.5"));
    assertThat(p.clampedProgress()).contains(BigDecimal.ONE);
    assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void halvingIsAMultiplyBelowOne() {
    Goal g = goal(Target.multiplyBy(dec("0.5")), Baseline.of(80, START));
    // Target 40; 70 is (70 - 80) / (40 - 80) = 0.25.
    assertThat(at(g, "70", MID).progress()).contains(dec("0.25"));
  }

  @Test
  void anIncreaseToBelowTheBaselineIsComputedButNoted() {
    Goal g = goal(Target.increaseTo(dec("100")), Baseline.of(200, START));
    GoalProgress p = at(g, "150", MID);
    // (150 - 200) / (100 - 200) = 0.5.
    assertThat(p.progress()).contains(dec("0.5"));
    assertThat(p.notes()).contains(ProgressNote.DIRECTION_CONTRADICTS_BASELINE);
  }

  @Test
  void aTargetEqualToTheBaselineHasUndefinedProgress() {
    Goal g = goal(Target.increaseTo(dec("1200")), Baseline.of(1200, START));
    GoalProgress p = at(g, "1300", MID);
    assertThat(p.progress()).isEmpty();
    assertThat(p.paceRatio()).isEmpty();
    assertThat(p.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(p.notes()).contains(ProgressNote.BASELINE_EQUALS_TARGET);
  }

  @Test
  void aDoublingFromZeroIsUndefinedRatherThanInfinite() {
    Goal g = goal(Target.doubling(), Baseline.of(0, START));
    GoalProgress p = at(g, "10", MID);
    assertThat(p.progress()).isEmpty();
    assertThat(p.notes()).containsExactly(ProgressNote.BASELINE_EQUALS_TARGET);
  }

  @Test
  void aRelativeTargetWithoutBaselineIsUndefined() {
    Goal g =
        Goal.builder(GoalId.of("g"), "grow by 20%")
            .target(Target.increaseByPercent(20))
            .period(DateRange.of(START, END))
            .build();
    GoalProgress p = at(g, "10", MID);
    assertThat(p.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(p.notes()).containsExactly(ProgressNote.NO_BASELINE);
    assertThat(p.currentValue()).contains(dec("10"));
    assertThat(p.targetValue()).isEmpty();
  }

  @Test
  void aGoalWithoutTargetIsUndefined() {
    Goal g = Goal.builder(GoalId.of("g"), "grow our presence").build();
    GoalProgress p = at(g, "10", MID);
    assertThat(p.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(p.notes()).containsExactly(ProgressNote.NO_TARGET);
    assertThat(p.target()).isEmpty();
  }

  @Test
  void aGoalWithoutDeadlineHasProgressButNoPace() {
    Goal g =
        Goal.builder(GoalId.of("g"), "reach 5000")
            .target(Target.increaseTo(dec("5000")))
            .baseline(Baseline.of(4000, START))
            .build();
    GoalProgress p = at(g, "4500", MID);
    assertThat(p.progress()).contains(dec("0.5"));
    assertThat(p.expectedProgress()).isEmpty();
    assertThat(p.paceRatio()).isEmpty();
    assertThat(p.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(p.notes()).containsExactly(ProgressNote.NO_PERIOD);
  }

  @Test
  void theBaselineDateStandsInForAMissingStart() {
    Goal g =
        Goal.builder(GoalId.of("g"), "reach 5000")
            .target(Target.increaseTo(dec("5000")))
            .baseline(Baseline.of(4000, START))
            .deadline(END)
            .build();
    GoalProgress p = at(g, "4500", MID);
    assertThat(p.expectedProgress()).contains(dec("0.5"));
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void onTheStartDateNothingIsExpectedSoThePaceIsUndefined() {
    Goal g = goal(Target.increaseTo(dec("5000")), Baseline.of(4000, START));
    GoalProgress p = at(g, "4000", START);
    assertThat(p.expectedProgress()).contains(BigDecimal.ZERO);
    assertThat(p.paceRatio()).isEmpty();
    assertThat(p.notes()).containsExactly(ProgressNote.NOTHING_EXPECTED_YET);
    assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
  }

  @Test
  void aLevelIgnoresObservationsBeforeTheStart() {
    Goal g = goal(Target.increaseTo(dec("5000")), Baseline.of(4000, START));
    MetricSeries old = Fixtures.of(CoreMetrics.FOLLOWERS, Observation.of(START.minusDays(3), 4900));
    GoalProgress p = GoalProgress.of(g, old, MID);
    assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
    assertThat(p.notes()).containsExactly(ProgressNote.NO_OBSERVATIONS);
  }

  @Test
  void aTotalSeriesWithoutStartCannotTellWhichDaysCount() {
    Goal g =
        Goal.builder(GoalId.of("g"), "500 leads")
            .metric(CoreMetrics.LEADS)
            .target(Target.total(500))
            .deadline(END)
            .build();
    MetricSeries leads = Fixtures.constant(CoreMetrics.LEADS, START, END, 10);
    GoalProgress p = GoalProgress.of(g, leads, MID);
    assertThat(p.status()).isEqualTo(ProgressStatus.UNDEFINED);
    assertThat(p.notes()).containsExactly(ProgressNote.NO_PERIOD);
  }

  @Test
  void stayWithinCountsTheShareOfObservationsInTheBand() {
    Goal g =
        Goal.builder(GoalId.of("rating"), "keep the rating between 4 and 5")
            .metric(CoreMetrics.REVIEW_RATING)
            .target(Target.stayWithin(dec("4"), dec("5")))
            .period(DateRange.of(START, END))
            .build();
    MetricSeries ratings =
        Fixtures.of(
            CoreMetrics.REVIEW_RATING,
            Observation.of(START, dec("4.5")),
            Observation.of(START.plusDays(1), dec("3.9")),
            Observation.of(START.plusDays(2), dec("4")),
            Observation.of(START.plusDays(3), dec("5")));
    GoalProgress p = GoalProgress.of(g, ratings, START.plusDays(3));
    // 4.5, 4 and 5 are in (bounds included), 3.9 is not: 3 of 4 = 0.75.
    assertThat(p.band()).contains(new BandCompliance(4, 3, dec("0.75"), true));
    assertThat(p.progress()).contains(dec("0.75"));
    assertThat(p.paceRatio()).contains(dec("0.75"));
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void aBandBrokenOnTheLatestDayIsAtRiskEvenWithAGoodRecord() {
    Goal g =
        Goal.builder(GoalId.of("rt"), "answer within 60 minutes")
            .metric(CoreMetrics.RESPONSE_TIME)
            .target(Target.stayBelow(dec("60")))
            .period(DateRange.of(START, END))
            .build();
    MetricSeries times =
        Fixtures.daily(
            CoreMetrics.RESPONSE_TIME,
            START,
            MID,
            d -> BigDecimal.valueOf(d < 5 ? 30 : 90)); // 6 days, the last one at 90
    ProgressPolicy lenient = ProgressPolicy.of(dec("0.8"), dec("0.5"), dec("0.8"));
    GoalProgress p = GoalProgress.of(g, times, MID, lenient);
    // 5 of 6 in band = 0.8333; required 0.8; pace 1.0417 is on track, but the latest is out.
    assertThat(p.band().orElseThrow().latestInBand()).isFalse();
    assertThat(p.notes()).containsExactly(ProgressNote.LATEST_OUTSIDE_BAND);
    assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
  }

  @Test
  void aBandKeptThroughThePeriodIsAchievedAtTheDeadline() {
    Goal g =
        Goal.builder(GoalId.of("rt"), "answer within 60 minutes")
            .metric(CoreMetrics.RESPONSE_TIME)
            .target(Target.stayBelow(dec("60")))
            .period(DateRange.of(START, END))
            .build();
    MetricSeries times = Fixtures.constant(CoreMetrics.RESPONSE_TIME, START, END, 45);
    assertThat(GoalProgress.of(g, times, MID).status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(GoalProgress.of(g, times, END).status()).isEqualTo(ProgressStatus.ACHIEVED);
    MetricSeries oneSlip =
        Fixtures.daily(
            CoreMetrics.RESPONSE_TIME, START, END, d -> BigDecimal.valueOf(d == 3 ? 61 : 45));
    GoalProgress missed = GoalProgress.of(g, oneSlip, END.plusDays(1));
    // 10 of 11 days in band, and the default policy requires all of them.
    assertThat(missed.band().orElseThrow().inBand()).isEqualTo(10);
    assertThat(missed.status()).isEqualTo(ProgressStatus.MISSED);
  }

  @Test
  void stayAboveUsesALowerBound() {
    Goal g =
        Goal.builder(GoalId.of("subs"), "keep 1000 subscribers")
            .target(Target.stayAbove(dec("1000")))
            .period(DateRange.of(START, END))
            .build();
    GoalProgress p = at(g, "999", MID);
    assertThat(p.band()).contains(new BandCompliance(1, 0, BigDecimal.ZERO, false));
    assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void aMilestoneIsDoneOrNot() {
    Goal g =
        Goal.builder(GoalId.of("influencers"), "sign three influencers")
            .target(Target.milestone())
            .period(DateRange.of(START, END))
            .build();
    GoalProgress open = at(g, "0", MID);
    assertThat(open.progress()).contains(BigDecimal.ZERO);
    assertThat(open.paceRatio()).isEmpty();
    assertThat(open.status()).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(open.notes()).containsExactly(ProgressNote.MILESTONE_HAS_NO_PACE);
    assertThat(at(g, "1", MID).status()).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(at(g, "0", END.plusDays(1)).status()).isEqualTo(ProgressStatus.MISSED);
  }

  @Test
  void aSeriesOfAnotherMetricIsRefused() {
    Goal g = goal(Target.doubling(), Baseline.of(100, START));
    MetricSeries reach = Fixtures.constant(CoreMetrics.REACH, START, END, 10);
    assertThatThrownBy(() -> GoalProgress.of(g, reach, MID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("followers")
        .hasMessageContaining("reach");
  }

  @Test
  void nullArgumentsAreNamed() {
    Goal g = goal(Target.doubling(), Baseline.of(100, START));
    assertThatThrownBy(() -> GoalProgress.ofCurrentValue(g, dec("1"), nullDate()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referenceDate must not be null");
  }

  @SuppressWarnings("NullAway")
  private static LocalDate nullDate() {
    return null;
  }

  @Test
  void toStringShowsTheFigures() {
    Goal g = goal(Target.increaseTo(dec("5000")), Baseline.of(4000, START));
    assertThat(at(g, "4600", MID).toString())
        .isEqualTo(
            "GoalProgress[g at 2026-01-06, increase to 5000: 4600 from 4000 to 5000,"
                + " progress 0.6, expected 0.5, pace 1.2, ON_TRACK]");
  }

  @Test
  void toStringRoundsFiguresForReading() {
    // 4600.123456 from 4000 to 5000: progress 600.123456 / 1000 = 0.600123456, shown 0.6001
    Goal g = goal(Target.increaseTo(dec("5000")), Baseline.of(4000, START));
    GoalProgress p = at(g, "4600.123456", MID);
    assertThat(p.currentValue()).contains(dec("4600.123456"));
    assertThat(p.toString())
        .startsWith("GoalProgress[g at 2026-01-06, increase to 5000: 4600.1235 from 4000 to 5000,")
        .contains(", progress 0.6001, expected 0.5, ");
  }

  @Test
  void equalInputsGiveEqualResults() {
    Goal g = goal(Target.increaseTo(dec("5000")), Baseline.of(4000, START));
    assertThat(at(g, "4600", MID))
        .isEqualTo(at(g, "4600.0", MID))
        .hasSameHashCodeAs(at(g, "4600", MID));
    assertThat(at(g, "4600", MID)).isNotEqualTo(at(g, "4700", MID));
  }
}
