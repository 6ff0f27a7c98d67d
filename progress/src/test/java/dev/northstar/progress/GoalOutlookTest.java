package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.progress.forecast.DailySeries;
import dev.northstar.progress.forecast.Projection;
import dev.northstar.progress.forecast.SeriesKind;
import dev.northstar.progress.forecast.TargetSide;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GoalOutlookTest {

  static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 3, 31); // day 89

  static double noisy(long d, long seed) {
    return Math.round(1000 + 5 * d + 6 * new Random(seed * 1000 + d).nextGaussian());
  }

  static MetricSeries followers() {
    return Fixtures.daily(
        CoreMetrics.FOLLOWERS, FIRST, TODAY.plusDays(30), d -> BigDecimal.valueOf(noisy(d, 1)));
  }

  static double[] values(MetricSeries s, int days) {
    double[] v = new double[days];
    for (int i = 0; i < days; i++) {
      v[i] = s.observations().get(i).value().doubleValue();
    }
    return v;
  }

  static Goal goal(Target target, LocalDate deadline) {
    return Goal.builder(GoalId.of("g"), "followers")
        .metric(CoreMetrics.FOLLOWERS)
        .baseline(Baseline.of(1000, FIRST))
        .target(target)
        .start(FIRST)
        .deadline(deadline)
        .build();
  }

  @Test
  void aLevelGoalIsTheProjectionOfItsSeriesUpToTheReferenceDate() {
    LocalDate deadline = LocalDate.of(2026, 6, 30);
    Goal g = goal(Target.increaseTo(BigDecimal.valueOf(1900)), deadline);
    GoalOutlook o = GoalOutlook.of(g, followers(), TODAY).orElseThrow();
    Projection p =
        Projection.of(DailySeries.of(FIRST, values(followers(), 90)), SeriesKind.LEVEL, deadline);
    assertThat(o.probability()).isEqualTo(p.probabilityOfReaching(1900, TargetSide.AT_LEAST));
    assertThat(o.atDeadline()).isEqualTo(p.atDeadline());
    assertThat(o.reachableWith(0.8)).isEqualTo(p.reachableWith(0.8, TargetSide.AT_LEAST));
    assertThat(o.projection().model()).isEqualTo(p.model());
    assertThat(o.toString())
        .startsWith(
            String.format(
                java.util.Locale.ENGLISH,
                "GoalOutlook[P(hit) %.1f%%, 80%% at 2026-06-30: ",
                100 * o.probability()))
        .endsWith(", " + p.model() + "]");
    // a decrease counts at most
    Goal down = goal(Target.decreaseTo(BigDecimal.valueOf(900)), deadline);
    GoalOutlook d = GoalOutlook.of(down, followers(), TODAY).orElseThrow();
    assertThat(d.probability()).isEqualTo(p.probabilityOfReaching(900, TargetSide.AT_MOST));
  }

  @Test
  void aTotalIsTheRunningSumSinceTheStart() {
    MetricSeries leads =
        Fixtures.daily(CoreMetrics.LEADS, FIRST, TODAY, d -> BigDecimal.valueOf(10 + (d % 3)));
    LocalDate start = LocalDate.of(2026, 3, 1); // day 59
    Goal g =
        Goal.builder(GoalId.of("leads"), "leads")
            .metric(CoreMetrics.LEADS)
            .target(Target.total(BigDecimal.valueOf(700)))
            .start(start)
            .deadline(LocalDate.of(2026, 4, 30))
            .build();
    GoalOutlook o = GoalOutlook.of(g, leads, TODAY).orElseThrow();
    double before = 0;
    double sum = 0;
    double[] cum = new double[90];
    for (int d = 0; d < 90; d++) {
      if (d < 59) {
        before += 10 + (d % 3);
      }
      sum += 10 + (d % 3);
      cum[d] = sum;
    }
    Projection p =
        Projection.of(DailySeries.of(FIRST, cum), SeriesKind.CUMULATIVE, LocalDate.of(2026, 4, 30));
    assertThat(o.probability())
        .isEqualTo(p.probabilityOfReaching(before + 700, TargetSide.AT_LEAST));
    assertThat(o.atDeadline().point()).isCloseTo(p.atDeadline().point() - before, within(1e-9));
    assertThat(o.reachableWith(0.5))
        .isCloseTo(p.reachableWith(0.5, TargetSide.AT_LEAST) - before, within(1e-9));
    // 31 done in March at 11 a day and 30 more in April: about 670, short of 700
    assertThat(o.atDeadline().point()).isCloseTo(671, within(3.0));
    // a start before the history
    Goal early = g.toBuilder().start(FIRST.minusDays(1)).build();
    assertThat(GoalOutlook.of(early, leads, TODAY)).isEmpty();
  }

  @Test
  void noOutlookWithoutWhatItNeeds() {
    MetricSeries s = followers();
    LocalDate deadline = LocalDate.of(2026, 6, 30);
    // past the deadline
    assertThat(GoalOutlook.of(goal(Target.increaseByPercent(5), TODAY), s, TODAY)).isEmpty();
    assertThat(GoalOutlook.of(goal(Target.increaseByPercent(5), TODAY.plusDays(1)), s, TODAY))
        .isPresent();
    // no target, a band, a milestone, no deadline
    Goal none = goal(Target.increaseByPercent(5), deadline).toBuilder().target(null).build();
    assertThat(GoalOutlook.of(none, s, TODAY)).isEmpty();
    assertThat(GoalOutlook.of(goal(Target.milestone(), deadline), s, TODAY)).isEmpty();
    assertThat(GoalOutlook.of(goal(Target.stayAbove(BigDecimal.TEN), deadline), s, TODAY))
        .isEmpty();
    assertThat(
            GoalOutlook.of(
                goal(Target.increaseByPercent(5), deadline).toBuilder().deadline(null).build(),
                s,
                TODAY))
        .isEmpty();
    // 21 consecutive days are enough, 20 are not
    assertThat(GoalOutlook.of(goal(Target.increaseByPercent(5), deadline), s, FIRST.plusDays(20)))
        .isPresent();
    assertThat(GoalOutlook.of(goal(Target.increaseByPercent(5), deadline), s, FIRST.plusDays(19)))
        .isEmpty();
  }
}
