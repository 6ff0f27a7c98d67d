package dev.northstar.progress.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.GoalProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScoresTest {

  private static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  /** Response time: target 60 s, threshold 120 s, worst 300 s (lower is better). */
  private static final ScoreBounds RESPONSE = ScoreBounds.of(60, 120, 300);

  /** Followers: target 2400, threshold 1800, worst 1200 (higher is better). */
  private static final ScoreBounds FOLLOWERS = ScoreBounds.of(2400, 1800, 1200);

  private static BigDecimal grl(long value, ScoreBounds bounds) {
    return GrlSatisfaction.of(BigDecimal.valueOf(value), bounds).value();
  }

  @Test
  void grlMapsTargetThresholdAndWorstTo100ZeroAndMinus100() {
    assertThat(grl(2400, FOLLOWERS)).isEqualByComparingTo("100");
    assertThat(grl(1800, FOLLOWERS)).isEqualByComparingTo("0");
    assertThat(grl(1200, FOLLOWERS)).isEqualByComparingTo("-100");
    assertThat(grl(60, RESPONSE)).isEqualByComparingTo("100");
    assertThat(grl(120, RESPONSE)).isEqualByComparingTo("0");
    assertThat(grl(300, RESPONSE)).isEqualByComparingTo("-100");
  }

  @Test
  void grlIsLinearOnEachSideOfTheThreshold() {
    // Higher is better: 2100 is half-way from 1800 to 2400; 1500 half-way from 1800 to 1200.
    assertThat(grl(2100, FOLLOWERS)).isEqualByComparingTo("50");
    assertThat(grl(1500, FOLLOWERS)).isEqualByComparingTo("-50");
    // Lower is better, mirrored: 90 s is half-way from 120 to 60; 210 s half-way to 300.
    assertThat(grl(90, RESPONSE)).isEqualByComparingTo("50");
    assertThat(grl(210, RESPONSE)).isEqualByComparingTo("-50");
    // 200 s: -100 * 80 / 180 = -44.44...
    assertThat(grl(200, RESPONSE).doubleValue()).isCloseTo(-400 / 9.0, within(1e-12));
  }

  @Test
  void grlStopsAtTheEnds() {
    assertThat(grl(5000, FOLLOWERS)).isEqualByComparingTo("100");
    assertThat(grl(0, FOLLOWERS)).isEqualByComparingTo("-100");
    assertThat(grl(10, RESPONSE)).isEqualByComparingTo("100");
    assertThat(grl(1000, RESPONSE)).isEqualByComparingTo("-100");
  }

  @Test
  void boundsMustBeStrictlyOrdered() {
    assertThatThrownBy(() -> ScoreBounds.of(60, 300, 120))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "threshold must lie strictly between target and worst, but target was 60,"
                + " threshold 300 and worst 120");
    assertThatThrownBy(() -> ScoreBounds.of(60, 60, 120))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RESPONSE.lowerIsBetter()).isTrue();
    assertThat(FOLLOWERS.lowerIsBetter()).isFalse();
    assertThat(RESPONSE).hasToString("target 60, threshold 120, worst 300");
    assertThat(ScoreBounds.of(dec("60.0"), dec("120"), dec("300"))).isEqualTo(RESPONSE);
  }

  @Test
  void grlLevelsCanBeGivenDirectlyWithinRange() {
    assertThat(GrlSatisfaction.ofLevel(dec("-100")).value()).isEqualByComparingTo("-100");
    assertThatThrownBy(() -> GrlSatisfaction.ofLevel(dec("100.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be between -100 and 100, but was 100.5");
  }

  @Test
  void okrGradeIsProgressClampedToZeroAndOne() {
    assertThat(OkrGrade.ofProgress(dec("0.7")).value()).isEqualByComparingTo("0.7");
    assertThat(OkrGrade.ofProgress(dec("1.8")).value()).isEqualByComparingTo("1");
    assertThat(OkrGrade.ofProgress(dec("-0.2")).value()).isEqualByComparingTo("0");
    assertThat(OkrGrade.ofProgress(dec("0.66"))).hasToString("0.7");
    assertThat(OkrGrade.ofProgress(dec("1"))).hasToString("1.0");
  }

  @Test
  void okrGradeOfAKpiRunsFromWorstToTarget() {
    // Followers 2100: (2100 - 1200) / (2400 - 1200) = 0.75.
    assertThat(OkrGrade.of(dec("2100"), FOLLOWERS).value()).isEqualByComparingTo("0.75");
    // Response 90 s: (90 - 300) / (60 - 300) = 0.875.
    assertThat(OkrGrade.of(dec("90"), RESPONSE).value()).isEqualByComparingTo("0.875");
  }

  @Test
  void okrGradeOfAGoalProgress() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    Goal g =
        Goal.builder(GoalId.of("g"), "double")
            .target(Target.doubling())
            .baseline(Baseline.of(1000, start))
            .period(DateRange.withinMonthsFrom(start, 6))
            .build();
    // 1700 of 1000 -> 2000 is 0.7.
    GoalProgress p = GoalProgress.ofCurrentValue(g, dec("1700"), LocalDate.of(2026, 6, 1));
    assertThat(OkrGrade.of(p).orElseThrow().value()).isEqualByComparingTo("0.7");
    Goal noTarget = Goal.builder(GoalId.of("h"), "vague").build();
    assertThat(OkrGrade.of(GoalProgress.ofCurrentValue(noTarget, dec("1"), start))).isEmpty();
  }

  @Test
  void grlOfAGoalUsesItsTargetValueAndCurrentValue() {
    LocalDate start = LocalDate.of(2026, 3, 1);
    Goal g =
        Goal.builder(GoalId.of("rt"), "halve the response time")
            .target(Target.decreaseByPercent(BigDecimal.valueOf(50)))
            .baseline(Baseline.of(120, start))
            .period(DateRange.of(start, LocalDate.of(2026, 3, 31)))
            .build();
    // Target value 60; threshold 90 and worst 150: 75 s is half-way from 90 to 60.
    GoalProgress p = GoalProgress.ofCurrentValue(g, dec("75"), LocalDate.of(2026, 3, 16));
    assertThat(GrlSatisfaction.of(p, dec("90"), dec("150")).orElseThrow().value())
        .isEqualByComparingTo("50");
    Goal band =
        Goal.builder(GoalId.of("b"), "stay below 60").target(Target.stayBelow(dec("60"))).build();
    GoalProgress banded = GoalProgress.ofCurrentValue(band, dec("50"), start);
    assertThat(GrlSatisfaction.of(banded, dec("90"), dec("150"))).isEmpty();
  }
}
