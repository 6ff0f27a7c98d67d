package dev.northstar.progress;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Phase;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Target.Band;
import dev.northstar.core.goal.Target.ChangeTo;
import dev.northstar.core.goal.Target.Milestone;
import dev.northstar.core.goal.Target.Total;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.GoalMeasure.Measured;
import dev.northstar.progress.GoalProgress.Draft;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Works out a {@link GoalProgress} from a {@link GoalMeasure}: a flow to date against its
 * cumulative pace, a stock's level or a rate's window value against a linear pace, both against the
 * current phase when the goal has phases. See {@code docs/progress.md}.
 */
final class MeasureCalculator {

  private MeasureCalculator() {}

  static Draft compute(Goal goal, GoalMeasure m, LocalDate ref, ProgressPolicy policy) {
    Target target = goal.target().orElse(null);
    BigDecimal baseline = m.baselineFromData(ref).orElse(null);
    boolean baselineLacksData = baseline == null && goal.baselinePeriod().isPresent();
    if (baseline == null) {
      baseline = goal.baseline().map(Baseline::value).orElse(null);
    }
    if (target instanceof Band || target instanceof Milestone) {
      // Judged day by day on the measured values, as a series of levels.
      Goal levels = withBaseline(goal, baseline);
      Draft d = ProgressCalculator.fromSeries(levels, m.measuredSeries(ref), ref, policy);
      return annotate(d, m, ref, baselineLacksData);
    }
    Draft d = annotate(new Draft(goal.id(), ref), m, ref, baselineLacksData);
    if (target == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_TARGET);
    }
    d.target = target;
    d.baselineValue = target instanceof Total ? BigDecimal.ZERO : baseline;
    d.targetValue = TargetValues.targetValue(target, baseline).orElse(null);
    LocalDate start = goal.start().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    if (start != null && ref.isBefore(start)) {
      return d.status(ProgressStatus.NOT_STARTED, ProgressNote.NOT_STARTED);
    }
    boolean wholePeriod = goal.effectiveWindow().equals(Window.period());
    if (start == null && wholePeriod && m.accumulation().isFlow() && !m.isFromCheckIns()) {
      // A sum over the goal's period without a first day: which days count is unknown.
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_PERIOD);
    }
    LocalDate cutoff = deadline != null && deadline.isBefore(ref) ? deadline : ref;
    if (deadline != null && ref.isAfter(deadline)) {
      d.notes.add(ProgressNote.FINAL);
    }
    DateRange window = m.windowAt(cutoff);
    d.window = window;
    Measured current = m.measured(window, cutoff).orElse(null);
    if (current == null) {
      return d.status(ProgressStatus.NO_DATA, ProgressNote.NO_OBSERVATIONS);
    }
    d.currentValue = current.value();
    d.asOf = current.asOf();
    if (current.asOf().isBefore(cutoff) && !m.isFromCheckIns() && !m.hasDataAfter(current.asOf())) {
      d.notes.add(ProgressNote.SERIES_ENDS_EARLY);
    }
    BigDecimal targetValue = d.targetValue;
    if (targetValue == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_BASELINE);
    }
    if (m.accumulation().isFlow()) {
      return flow(d, goal, target, baseline, targetValue, window, deadline, policy);
    }
    return level(d, goal, target, baseline, targetValue, deadline, policy);
  }

  private static Draft annotate(Draft d, GoalMeasure m, LocalDate ref, boolean baselineLacksData) {
    if (m.isFromCheckIns()) {
      d.notes.add(ProgressNote.FROM_CHECK_INS);
    } else if (m.accumulation() == Accumulation.NON_ADDITIVE_FLOW) {
      // Each value says how it was got: the platform's figure for its dates, or a sum of days.
      LocalDate deadline = m.goal().deadline().orElse(null);
      LocalDate cutoff = deadline != null && deadline.isBefore(ref) ? deadline : ref;
      boolean currentIsFigure = m.isPlatformFigure(m.windowAt(cutoff), cutoff);
      DateRange baseline = m.baselineRange().filter(r -> !r.end().isAfter(ref)).orElse(null);
      boolean baselineIsFigure = baseline != null && m.isPlatformFigure(baseline, baseline.end());
      boolean baselineIsSum =
          baseline != null
              && !baselineIsFigure
              && m.valueOver(baseline, baseline.end()).isPresent();
      if (currentIsFigure || baselineIsFigure) {
        d.notes.add(ProgressNote.PLATFORM_FIGURE);
      }
      if (!currentIsFigure || baselineIsSum) {
        d.notes.add(ProgressNote.SUMMED_OVER_DAYS);
      }
    }
    if (baselineLacksData) {
      d.notes.add(ProgressNote.BASELINE_PERIOD_WITHOUT_DATA);
    }
    return d;
  }

  private static Goal withBaseline(Goal goal, @Nullable BigDecimal baseline) {
    if (baseline == null || goal.baselinePeriod().isEmpty()) {
      return goal;
    }
    LocalDate on = goal.start().or(goal::deadline).orElse(LocalDate.EPOCH);
    return goal.toBuilder().baseline(Baseline.of(baseline, on)).build();
  }

  /** A flow: the sum to date of the window against the target, at a cumulative pace. */
  private static Draft flow(
      Draft d,
      Goal goal,
      Target target,
      @Nullable BigDecimal baseline,
      BigDecimal targetValue,
      DateRange window,
      @Nullable LocalDate deadline,
      ProgressPolicy policy) {
    BigDecimal current = Decimals.notNull(d.currentValue, "current");
    LocalDate asOf = Decimals.notNull(d.asOf, "asOf");
    boolean trailing = goal.effectiveWindow().kind() == Window.Kind.TRAILING_DAYS;
    // Without a deadline the period's window ends at the date, so its length is unknown.
    boolean openEnded = deadline == null && goal.effectiveWindow().equals(Window.period());
    BigDecimal elapsed =
        trailing
            ? BigDecimal.ONE
            : ProgressCalculator.expected(window.start(), window.end(), asOf, true);
    if (!(target instanceof Total) && baseline != null && targetValue.compareTo(baseline) < 0) {
      return ceiling(d, baseline, targetValue, current, elapsed, window, deadline, policy);
    }
    BigDecimal progress = Decimals.divide(current, targetValue).orElse(null);
    if (progress == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.BASELINE_EQUALS_TARGET);
    }
    d.progress = progress;
    BigDecimal expected = openEnded ? null : elapsed;
    if (!goal.phases().isEmpty() && goal.effectiveWindow().equals(Window.period())) {
      expected = phased(goal, BigDecimal.ZERO, targetValue, asOf, true).orElse(expected);
    }
    return ProgressCalculator.judgeAgainst(d, expected, deadline, policy);
  }

  /**
   * A flow to keep below a value (spend down by 10%): the value to date projected over the whole
   * window on its pace so far, as the way from the baseline to the ceiling.
   */
  private static Draft ceiling(
      Draft d,
      BigDecimal baseline,
      BigDecimal ceiling,
      BigDecimal current,
      BigDecimal elapsed,
      DateRange window,
      @Nullable LocalDate deadline,
      ProgressPolicy policy) {
    BigDecimal projected = Decimals.divide(current, elapsed).orElse(current);
    BigDecimal progress =
        Decimals.divide(baseline.subtract(projected), baseline.subtract(ceiling)).orElseThrow();
    d.progress = progress;
    d.expectedProgress = BigDecimal.ONE;
    d.paceRatio = progress;
    boolean windowOver =
        !d.referenceDate.isBefore(window.end()) || elapsed.compareTo(BigDecimal.ONE) == 0;
    if (deadline != null && d.referenceDate.isAfter(deadline)) {
      if (!ProgressCalculator.periodCovered(d, deadline)) {
        return d.status(ProgressStatus.NO_DATA);
      }
      return d.status(
          current.compareTo(ceiling) <= 0 ? ProgressStatus.ACHIEVED : ProgressStatus.MISSED);
    }
    if (windowOver && current.compareTo(ceiling) > 0) {
      return d.status(ProgressStatus.OFF_TRACK);
    }
    return d.status(policy.classify(progress));
  }

  /** A stock's level or a rate's window value, on the way from the baseline to the target. */
  private static Draft level(
      Draft d,
      Goal goal,
      Target target,
      @Nullable BigDecimal baseline,
      BigDecimal targetValue,
      @Nullable LocalDate deadline,
      ProgressPolicy policy) {
    BigDecimal current = Decimals.notNull(d.currentValue, "current");
    if (baseline == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.NO_BASELINE);
    }
    if (target instanceof ChangeTo c
        && ProgressCalculator.contradicts(c.direction(), baseline, targetValue)) {
      d.notes.add(ProgressNote.DIRECTION_CONTRADICTS_BASELINE);
    }
    BigDecimal progress =
        Decimals.divide(current.subtract(baseline), targetValue.subtract(baseline)).orElse(null);
    if (progress == null) {
      return d.status(ProgressStatus.UNDEFINED, ProgressNote.BASELINE_EQUALS_TARGET);
    }
    d.progress = progress;
    LocalDate start = goal.start().orElse(null);
    LocalDate asOf = Decimals.notNull(d.asOf, "asOf");
    BigDecimal expected = null;
    if (start != null && deadline != null) {
      LocalDate at = asOf.isBefore(start) ? start : asOf;
      expected = ProgressCalculator.expected(start, deadline, at, false);
      if (!goal.phases().isEmpty()) {
        expected = phased(goal, baseline, targetValue, at, false).orElse(expected);
      }
    }
    return ProgressCalculator.judgeAgainst(d, expected, deadline, policy);
  }

  /**
   * The progress expected at a date when the goal's number runs linearly from phase to phase: from
   * the start (at {@code from}) through each phase's value by its date to the target at the
   * deadline. Empty without a start or a deadline, or when the target equals {@code from}.
   */
  static java.util.Optional<BigDecimal> phased(
      Goal goal, BigDecimal from, BigDecimal targetValue, LocalDate at, boolean cumulative) {
    LocalDate start = goal.start().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    if (start == null || deadline == null) {
      return java.util.Optional.empty();
    }
    // A cumulative count is 0 at the end of the day before the start.
    List<Phase> points = new ArrayList<>();
    points.add(Phase.of(cumulative ? start.minusDays(1) : start, from));
    for (Phase p : goal.phases()) {
      if (p.date().isAfter(points.get(points.size() - 1).date())) {
        points.add(p);
      }
    }
    if (deadline.isAfter(points.get(points.size() - 1).date())) {
      points.add(Phase.of(deadline, targetValue));
    }
    BigDecimal value = points.get(points.size() - 1).value();
    for (int i = 1; i < points.size(); i++) {
      Phase a = points.get(i - 1);
      Phase b = points.get(i);
      if (!at.isAfter(b.date())) {
        long span = ChronoUnit.DAYS.between(a.date(), b.date());
        long done = Math.max(0, ChronoUnit.DAYS.between(a.date(), at));
        BigDecimal share =
            Decimals.divide(BigDecimal.valueOf(done), BigDecimal.valueOf(span)).orElseThrow();
        value = a.value().add(b.value().subtract(a.value()).multiply(share, Decimals.CONTEXT));
        break;
      }
    }
    return Decimals.divide(value.subtract(from), targetValue.subtract(from));
  }
}
