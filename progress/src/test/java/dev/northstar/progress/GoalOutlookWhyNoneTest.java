package dev.northstar.progress;

import static dev.northstar.progress.GoalOutlookMeasureTest.DEADLINE;
import static dev.northstar.progress.GoalOutlookMeasureTest.START;
import static dev.northstar.progress.GoalOutlookMeasureTest.TODAY;
import static dev.northstar.progress.GoalOutlookMeasureTest.goal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.series.MetricSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A goal without an outlook says why; one with an outlook has no reason. */
class GoalOutlookWhyNoneTest {

  private static Optional<String> whyNone(Goal goal, Accumulation kind, MetricSeries daily) {
    GoalMeasure measure = GoalMeasure.of(goal, kind, daily);
    GoalProgress progress = GoalProgress.of(measure, TODAY);
    Optional<String> why = GoalOutlook.whyNone(measure, progress, TODAY);
    // the reason is there exactly when the outlook is not
    assertThat(why.isPresent()).isEqualTo(GoalOutlook.of(measure, progress, TODAY).isEmpty());
    return why;
  }

  private static final MetricSeries LEADS = Fixtures.constant(CoreMetrics.LEADS, START, TODAY, 10);

  @Test
  void aGoalWithAnOutlookHasNoReason() {
    Goal g = goal(Target.total(1_500)).metric(CoreMetrics.LEADS).build();
    assertThat(whyNone(g, Accumulation.FLOW, LEADS)).isEmpty();
  }

  @Test
  void tooFewConsecutiveDays() {
    // 20 days up to the date: 12 March to 31 March
    MetricSeries short20 =
        Fixtures.constant(CoreMetrics.FOLLOWERS, TODAY.minusDays(19), TODAY, 1_000);
    Goal g =
        goal(Target.increaseTo(BigDecimal.valueOf(1_300)))
            .metric(CoreMetrics.FOLLOWERS)
            .baseline(Baseline.of(1_000, START))
            .build();
    assertThat(whyNone(g, Accumulation.STOCK, short20))
        .contains(
            "20 consecutive days of data up to 2026-03-31; a forecast needs at least "
                + GoalOutlook.MIN_DAYS);
  }

  @Test
  void aFlowPerMonthStartsAgainEachMonth() {
    Goal g = goal(Target.total(300)).metric(CoreMetrics.LEADS).window(Window.perMonth()).build();
    assertThat(whyNone(g, Accumulation.FLOW, LEADS))
        .contains("its value is measured per month and starts again with each one");
  }

  @Test
  void aFlowPerDayHasNoRunningTotal() {
    Goal g = goal(Target.total(10)).metric(CoreMetrics.LEADS).window(Window.perDay()).build();
    assertThat(whyNone(g, Accumulation.FLOW, LEADS))
        .contains("a flow measured per day has no running total to forecast");
  }

  @Test
  void aGapAfterTheStartOfAFlow() {
    // data from 1 February only: the running total since 1 January cannot be rebuilt
    MetricSeries fromFebruary =
        Fixtures.constant(CoreMetrics.LEADS, LocalDate.of(2026, 2, 1), TODAY, 10);
    Goal g = goal(Target.total(1_500)).metric(CoreMetrics.LEADS).build();
    Optional<String> why = whyNone(g, Accumulation.FLOW, fromFebruary);
    assertThat(why).isPresent();
    assertThat(why.get()).startsWith("its data has a gap after its start 2026-01-01");
  }

  @Test
  void noDeadline() {
    Goal g =
        goal(Target.total(1_500)).metric(CoreMetrics.LEADS).build().toBuilder()
            .deadline(null)
            .build();
    assertThat(whyNone(g, Accumulation.FLOW, LEADS)).contains("it has no deadline");
  }

  @Test
  void theDeadlineIsNotAfterTheLastDayOfData() {
    // data up to the deadline itself, judged on the deadline
    MetricSeries toDeadline = Fixtures.constant(CoreMetrics.FOLLOWERS, START, DEADLINE, 1_000);
    Goal g =
        goal(Target.increaseTo(BigDecimal.valueOf(1_300)))
            .metric(CoreMetrics.FOLLOWERS)
            .baseline(Baseline.of(1_000, START))
            .build();
    GoalMeasure measure = GoalMeasure.of(g, Accumulation.STOCK, toDeadline);
    GoalProgress progress = GoalProgress.of(measure, DEADLINE);
    assertThat(GoalOutlook.whyNone(measure, progress, DEADLINE))
        .contains("its deadline 2026-06-30 is not after its last day of data");
    assertThat(GoalOutlook.of(measure, progress, DEADLINE)).isEmpty();
  }
}
