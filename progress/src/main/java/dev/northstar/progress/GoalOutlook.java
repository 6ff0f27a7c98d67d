package dev.northstar.progress;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.progress.forecast.DailySeries;
import dev.northstar.progress.forecast.ForecastBand;
import dev.northstar.progress.forecast.ForecastModel;
import dev.northstar.progress.forecast.Projection;
import dev.northstar.progress.forecast.SeriesKind;
import dev.northstar.progress.forecast.TargetSide;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A goal's chances: the {@link Projection} of its daily series to its deadline, the probability of
 * reaching its target, and the 80% range at the deadline, on the goal's own scale.
 *
 * <p>The series is the last run of consecutive daily observations up to the reference date (at most
 * 366 days, at least 21). A level target ("increase to", "by p%", "multiply by") forecasts the
 * values; a total ("500 leads") forecasts the running sum of the observations from the goal's start
 * (which the run must include), so the probability is that of the total reaching the count. A goal
 * whose deadline is not after the last observation has no outlook.
 *
 * <pre>{@code
 * GoalOutlook.of(goal, followers, LocalDate.of(2026, 11, 30))
 *     .ifPresent(o -> System.out.println(o)); // GoalOutlook[P(hit) 23.4%, 80% at 2026-12-31: ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalOutlook {

  /** The fewest consecutive days forecast: three weeks. */
  public static final int MIN_DAYS = ForecastModel.SEASONAL_ADDITIVE.minimumDays();

  /** The most days of history used: one year. */
  public static final int MAX_DAYS = 366;

  /**
   * Returns the days an outlook is fitted on: the last run of consecutive days of the series up to
   * the reference date, at most {@link #MAX_DAYS}; a caller that gets no outlook can say why from
   * their count (fewer than {@link #MIN_DAYS}).
   *
   * @param series the values, not null
   * @param referenceDate the last day that may be used, not null
   * @return the days, oldest first, possibly empty; never null
   * @throws NullPointerException if an argument is null
   */
  public static List<Observation> daysFitted(MetricSeries series, LocalDate referenceDate) {
    return OutlookDays.lastRun(
        Objects.requireNonNull(series, "series"),
        Objects.requireNonNull(referenceDate, "referenceDate"));
  }

  private final Projection projection;
  private final double target;
  private final double offset;
  private final TargetSide side;
  private final int days;

  private GoalOutlook(
      Projection projection, double target, double offset, TargetSide side, int days) {
    this.projection = projection;
    this.target = target;
    this.offset = offset;
    this.side = side;
    this.days = days;
  }

  /**
   * Forecasts a goal's chances.
   *
   * @param goal the goal, not null
   * @param series the goal's measured daily series, not null
   * @param referenceDate the last date whose observations are used, not null
   * @return the outlook, or empty if the goal has no target value (none, a band or a milestone) or
   *     no deadline, the deadline is not after the last observation used, or there are fewer than
   *     {@link #MIN_DAYS} consecutive days
   * @throws NullPointerException if an argument is null
   */
  public static Optional<GoalOutlook> of(Goal goal, MetricSeries series, LocalDate referenceDate) {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Target t = goal.target().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    List<Observation> run = OutlookDays.lastRun(series, referenceDate);
    if (t == null
        || t instanceof Target.Band
        || t instanceof Target.Milestone
        || deadline == null
        || run.size() < MIN_DAYS
        || !deadline.isAfter(run.get(run.size() - 1).date())) {
      return Optional.empty();
    }
    double[] values = new double[run.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = run.get(i).value().doubleValue();
    }
    LocalDate first = run.get(0).date();
    if (t instanceof Target.Total total) {
      LocalDate start = goal.start().orElse(null);
      if (start == null || start.isBefore(first)) {
        return Optional.empty();
      }
      double sum = 0;
      double before = 0;
      for (int i = 0; i < values.length; i++) {
        before = run.get(i).date().isBefore(start) ? sum + values[i] : before;
        sum += values[i];
        values[i] = sum;
      }
      Projection p = Projection.of(DailySeries.of(first, values), SeriesKind.CUMULATIVE, deadline);
      return Optional.of(
          new GoalOutlook(
              p, before + total.count().doubleValue(), before, TargetSide.AT_LEAST, run.size()));
    }
    BigDecimal baseline =
        goal.baseline().map(Baseline::value).orElse(run.get(run.size() - 1).value());
    Optional<BigDecimal> to = TargetValues.targetValue(t, baseline);
    if (to.isEmpty()) {
      return Optional.empty();
    }
    TargetSide side = to.get().compareTo(baseline) >= 0 ? TargetSide.AT_LEAST : TargetSide.AT_MOST;
    Projection p = Projection.of(DailySeries.of(first, values), SeriesKind.LEVEL, deadline);
    return Optional.of(new GoalOutlook(p, to.get().doubleValue(), 0, side, run.size()));
  }

  /**
   * Forecasts a goal's chances on what it measures: a stock's level, or a flow's running total over
   * the goal's whole period, against the target value of the goal's progress (so a baseline period,
   * "July's reach", is already in it).
   *
   * <p>A rate measured over the goal's period, per day or over a trailing window is forecast as the
   * level of its window's value: the daily series of {@link GoalMeasure#measuredSeries}, the ratio
   * of the window's sums on each day, whose value on the deadline is what the goal is judged on.
   *
   * <p>What this cannot forecast faithfully has no outlook, rather than a wrong one: a rate or a
   * flow measured per week, month or quarter (its value starts again with each window), a flow
   * measured per day or over a trailing window, a goal measured by check-ins, a flow without a
   * start, or a run of data that does not reach back to the start.
   *
   * @param measure what the goal measures, not null
   * @param progress the goal's progress at the reference date, not null
   * @param referenceDate the last date whose observations are used, not null
   * @return the outlook, or empty as above and as for {@link #of(Goal, MetricSeries, LocalDate)}
   * @throws NullPointerException if an argument is null
   */
  public static Optional<GoalOutlook> of(
      GoalMeasure measure, GoalProgress progress, LocalDate referenceDate) {
    return decide(measure, progress, referenceDate).outlook();
  }

  /**
   * Says why {@link #of(GoalMeasure, GoalProgress, LocalDate)} gives no outlook for a goal, such as
   * {@code "15 consecutive days of data up to 2026-08-20; a forecast needs at least 21"}, so that a
   * caller never shows a missing forecast without its reason.
   *
   * @param measure what the goal measures, not null
   * @param progress the goal's progress at the reference date, not null
   * @param referenceDate the last date whose observations are used, not null
   * @return the reason, or empty if the goal has an outlook
   * @throws NullPointerException if an argument is null
   */
  public static Optional<String> whyNone(
      GoalMeasure measure, GoalProgress progress, LocalDate referenceDate) {
    Decision d = decide(measure, progress, referenceDate);
    return d.outlook().isPresent() ? Optional.empty() : Optional.of(d.reason());
  }

  /** An outlook, or the reason there is none: one decision for {@code of} and {@code whyNone}. */
  private record Decision(Optional<GoalOutlook> outlook, String reason) {
    static Decision none(String reason) {
      return new Decision(Optional.empty(), reason);
    }
  }

  private static Decision decide(
      GoalMeasure measure, GoalProgress progress, LocalDate referenceDate) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Goal goal = measure.goal();
    BigDecimal target = progress.targetValue().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    if (measure.isFromCheckIns()) {
      return Decision.none("it is measured by check-ins, not by daily data");
    }
    if (target == null) {
      return Decision.none("it has no target value");
    }
    if (deadline == null) {
      return Decision.none("it has no deadline");
    }
    Accumulation kind = measure.accumulation();
    Window window = goal.effectiveWindow();
    boolean stock = kind == Accumulation.STOCK;
    boolean rate = kind == Accumulation.RATE && OutlookDays.continuous(window);
    boolean flow = kind == Accumulation.FLOW || kind == Accumulation.NON_ADDITIVE_FLOW;
    boolean periodFlow = flow && window.kind() == Window.Kind.PERIOD && goal.start().isPresent();
    if (!stock && !rate && !periodFlow) {
      if (flow && window.kind() == Window.Kind.PERIOD) {
        return Decision.none("it has no start, so its running total has no beginning");
      }
      return Decision.none(
          OutlookDays.continuous(window)
              ? "a flow measured " + window + " has no running total to forecast"
              : "its value is measured " + window + " and starts again with each one");
    }
    List<Observation> run =
        OutlookDays.lastRun(measure.measuredSeries(referenceDate), referenceDate);
    if (periodFlow && !run.isEmpty() && !run.get(0).date().equals(goal.start().get())) {
      return Decision.none(
          "its data has a gap after its start "
              + goal.start().get()
              + " (the last run of days begins "
              + run.get(0).date()
              + ")");
    }
    if (run.size() < MIN_DAYS) {
      return Decision.none(
          run.size()
              + " consecutive days of data up to "
              + referenceDate
              + "; a forecast needs at least "
              + MIN_DAYS);
    }
    Optional<GoalOutlook> outlook =
        forecast(
            run,
            target,
            progress.baselineValue().orElse(null),
            deadline,
            periodFlow ? SeriesKind.CUMULATIVE : SeriesKind.LEVEL);
    return outlook.isPresent()
        ? new Decision(outlook, "")
        : Decision.none("its deadline " + deadline + " is not after its last day of data");
  }

  /**
   * Forecasts a rate goal from its window's values, the series {@link GoalMeasure#measuredSeries}
   * gives for a rate (the ratio of the window's sums on each day), for callers that have those
   * values rather than the numerator and denominator; it gives the same outlook as {@link
   * #of(GoalMeasure, GoalProgress, LocalDate)} for the same goal and data. The target value comes
   * from the goal's baseline number, as {@code progress} computes it when there is no baseline
   * period.
   *
   * @param goal the rate goal, not null
   * @param windowValues the window's value on each day, not null
   * @param referenceDate the last date whose values are used, not null
   * @return the outlook, or empty if the goal is measured per week, month or quarter, has a
   *     baseline period (measured from the numerator and denominator, which the ratios do not
   *     give), has no target value (none, a band, a milestone, a total, or a relative target
   *     without a baseline) or no deadline, or for too few days as for {@link #of(Goal,
   *     MetricSeries, LocalDate)}
   * @throws NullPointerException if an argument is null
   */
  public static Optional<GoalOutlook> ofRate(
      Goal goal, MetricSeries windowValues, LocalDate referenceDate) {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(windowValues, "windowValues");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Target t = goal.target().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    if (t == null
        || t instanceof Target.Total
        || t instanceof Target.Milestone
        || deadline == null
        || goal.baselinePeriod().isPresent()
        || !OutlookDays.continuous(goal.effectiveWindow())) {
      return Optional.empty();
    }
    BigDecimal baseline = goal.baseline().map(Baseline::value).orElse(null);
    Optional<BigDecimal> target = TargetValues.targetValue(t, baseline);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    return forecast(
        OutlookDays.lastRun(windowValues, referenceDate),
        target.get(),
        baseline,
        deadline,
        SeriesKind.LEVEL);
  }

  /**
   * Forecasts a run of days to the deadline against a target; the side from the baseline (0 for a
   * running total, else the first day's value when there is none).
   */
  private static Optional<GoalOutlook> forecast(
      List<Observation> run,
      BigDecimal target,
      @Nullable BigDecimal baseline,
      LocalDate deadline,
      SeriesKind kind) {
    if (run.size() < MIN_DAYS || !deadline.isAfter(run.get(run.size() - 1).date())) {
      return Optional.empty();
    }
    double[] values = new double[run.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = run.get(i).value().doubleValue();
    }
    BigDecimal from =
        baseline != null
            ? baseline
            : kind == SeriesKind.CUMULATIVE ? BigDecimal.ZERO : run.get(0).value();
    TargetSide side = target.compareTo(from) >= 0 ? TargetSide.AT_LEAST : TargetSide.AT_MOST;
    Projection p = Projection.of(DailySeries.of(run.get(0).date(), values), kind, deadline);
    return Optional.of(new GoalOutlook(p, target.doubleValue(), 0, side, run.size()));
  }

  /**
   * The forecast of the goal's series (for a total, of the running sum since before the start).
   *
   * @return the projection, never null
   */
  public Projection projection() {
    return projection;
  }

  /**
   * The target value on the goal's scale (for a total, the amount since the start), the value the
   * {@linkplain #probability() probability} is of.
   *
   * @return the target value
   */
  public double target() {
    return target - offset;
  }

  /**
   * Which way is better: {@link TargetSide#AT_LEAST} for a target at or above the baseline (or the
   * first value forecast), {@link TargetSide#AT_MOST} below it.
   *
   * @return the side, never null
   */
  public TargetSide side() {
    return side;
  }

  /**
   * The number of consecutive days of history the projection is fitted on.
   *
   * @return the days, at least {@link #MIN_DAYS}, at most {@link #MAX_DAYS}
   */
  public int days() {
    return days;
  }

  /**
   * The probability of reaching the target on the deadline.
   *
   * @return a probability in [0, 1]
   */
  public double probability() {
    return projection.probabilityOfReaching(target, side);
  }

  /**
   * The deadline's forecast on the goal's scale (for a total, the amount since the start).
   *
   * @return the band, never null
   */
  public ForecastBand atDeadline() {
    ForecastBand b = projection.atDeadline();
    return ForecastBand.of(
        b.date(),
        b.point() - offset,
        b.lower80() - offset,
        b.upper80() - offset,
        b.lower95() - offset,
        b.upper95() - offset);
  }

  /**
   * The most ambitious target reached with a probability, on the goal's scale.
   *
   * @param probability strictly between 0 and 1
   * @return the target value
   * @throws IllegalArgumentException if the probability is not strictly between 0 and 1
   */
  public double reachableWith(double probability) {
    return projection.reachableWith(probability, side) - offset;
  }

  /**
   * Returns the probability and the 80% range, such as {@code GoalOutlook[P(hit) 23.4%, 80% at
   * 2026-12-31: 9,100..9,650, DAMPED_TREND]}.
   */
  @Override
  public String toString() {
    ForecastBand b = atDeadline();
    return String.format(
        Locale.ENGLISH,
        "GoalOutlook[P(hit) %.1f%%, 80%% at %s: %s..%s, %s]",
        100 * probability(),
        b.date(),
        figure(b.lower80()),
        figure(b.upper80()),
        projection.model());
  }

  /** Whole from 100 (9,650), else three significant digits, so a rate's 0.0512 is not 0. */
  private static String figure(double v) {
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ENGLISH, "%,.0f", v);
    }
    return new BigDecimal(v)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString();
  }
}
