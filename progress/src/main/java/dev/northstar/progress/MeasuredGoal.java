package dev.northstar.progress;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Target.Band;
import dev.northstar.core.goal.Target.Milestone;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A goal restated on its measured series, for the level-based forecast: a flow becomes "reach the
 * target value by the end of the current window" on its running sum from 0; a stock or a rate keeps
 * its target with the baseline measured from the data.
 *
 * @param goal the restated goal
 * @param series the measured series up to the reference date
 * @param ceiling whether the goal keeps a flow below a value
 */
record MeasuredGoal(Goal goal, MetricSeries series, boolean ceiling) {

  static MeasuredGoal of(GoalMeasure measure, LocalDate referenceDate) {
    Goal goal = measure.goal();
    BigDecimal baseline = measure.baselineValue(referenceDate).orElse(null);
    Target target = goal.target().orElse(null);
    Goal.Builder b =
        goal.toBuilder().window(null).baselinePeriod(null).phases(List.of()).checkIns(List.of());
    LocalDate start = goal.start().orElse(null);
    if (baseline != null) {
      b.baseline(Baseline.of(baseline, start != null ? start : referenceDate));
    }
    MetricSeries series = measure.measuredSeries(referenceDate);
    boolean ceiling = false;
    if (measure.accumulation().isFlow()
        && target != null
        && !(target instanceof Band || target instanceof Milestone)) {
      BigDecimal value = TargetValues.targetValue(target, baseline).orElse(null);
      DateRange window = measure.windowAt(referenceDate);
      b.start(window.start()).deadline(window.end());
      if (value != null) {
        ceiling =
            !(target instanceof Target.Total) && baseline != null && value.compareTo(baseline) < 0;
        b.baseline(Baseline.of(BigDecimal.ZERO, window.start()))
            .target(ceiling ? Target.decreaseTo(value) : Target.increaseTo(value));
      }
      series = series.within(window);
    }
    return new MeasuredGoal(b.build(), series, ceiling);
  }
}
