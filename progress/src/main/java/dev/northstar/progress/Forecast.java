package dev.northstar.progress;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Target.Band;
import dev.northstar.core.goal.Target.Milestone;
import dev.northstar.core.goal.Target.Total;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.progress.internal.Decimals;
import dev.northstar.progress.internal.LeastSquares;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a goal's metric is heading: the value its trend projects at the deadline, and the first
 * date on which the trend meets the target.
 *
 * <p>The trend is a least-squares line through the observations from the goal's start (or its
 * baseline's date) up to the reference date, or the deadline if earlier. {@link
 * ForecastMethod#LINEAR} fits the values; {@link ForecastMethod#COMPOUND_GROWTH} fits their
 * logarithms, a constant growth rate. A total target ("500 leads") is forecast on the running sum
 * of the observations. The fit is computed in doubles; results are given to 16 significant digits
 * and are empty, with {@linkplain #notes() notes}, rather than NaN or infinite.
 *
 * <pre>{@code
 * Forecast f = Forecast.of(goal, followers, LocalDate.of(2026, 3, 31), ForecastMethod.COMPOUND_GROWTH);
 * f.projectedAtDeadline();     // the followers the trend expects on the deadline
 * f.reachesTargetByDeadline(); // Optional[true] if the trend doubles them in time
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Forecast {

  /** Dates further than this from the first observation are not projected: 100 years. */
  private static final long HORIZON_DAYS = 36_525;

  private final GoalId goal;
  private final ForecastMethod method;
  private final LocalDate referenceDate;
  private final @Nullable LocalDate deadline;
  private final int observationsUsed;
  private final @Nullable BigDecimal trendPerDay;
  private final @Nullable BigDecimal projectedAtDeadline;
  private final @Nullable BigDecimal targetValue;
  private final @Nullable LocalDate projectedReachDate;
  private final Set<ForecastNote> notes;

  private Forecast(
      GoalId goal,
      ForecastMethod method,
      LocalDate referenceDate,
      @Nullable LocalDate deadline,
      int observationsUsed,
      @Nullable BigDecimal trendPerDay,
      @Nullable BigDecimal projectedAtDeadline,
      @Nullable BigDecimal targetValue,
      @Nullable LocalDate projectedReachDate,
      Set<ForecastNote> notes) {
    this.goal = goal;
    this.method = method;
    this.referenceDate = referenceDate;
    this.deadline = deadline;
    this.observationsUsed = observationsUsed;
    this.trendPerDay = trendPerDay;
    this.projectedAtDeadline = projectedAtDeadline;
    this.targetValue = targetValue;
    this.projectedReachDate = projectedReachDate;
    this.notes = Collections.unmodifiableSet(EnumSet.copyOf(notes));
  }

  /**
   * Forecasts a goal on a linear trend.
   *
   * @param goal the goal, not null
   * @param series the observations of the goal's metric, not null, possibly empty
   * @param referenceDate the last date whose observations are used, not null
   * @return the forecast, never null
   * @throws NullPointerException if an argument is null
   */
  public static Forecast of(Goal goal, MetricSeries series, LocalDate referenceDate) {
    return of(goal, series, referenceDate, ForecastMethod.LINEAR);
  }

  /**
   * Forecasts a goal.
   *
   * @param goal the goal, not null
   * @param series the observations of the goal's metric, not null, possibly empty
   * @param referenceDate the last date whose observations are used, not null
   * @param method how to extend the trend, not null
   * @return the forecast, never null
   * @throws NullPointerException if an argument is null
   */
  public static Forecast of(
      Goal goal, MetricSeries series, LocalDate referenceDate, ForecastMethod method) {
    Decimals.notNull(goal, "goal");
    Decimals.notNull(series, "series");
    Decimals.notNull(referenceDate, "referenceDate");
    Decimals.notNull(method, "method");
    Set<ForecastNote> notes = EnumSet.noneOf(ForecastNote.class);
    LocalDate deadline = goal.deadline().orElse(null);
    Target target = goal.target().orElse(null);
    BigDecimal baseline = goal.baseline().map(Baseline::value).orElse(null);
    BigDecimal targetValue = null;
    if (target == null) {
      notes.add(ForecastNote.NO_TARGET);
    } else if (target instanceof Band || target instanceof Milestone) {
      notes.add(ForecastNote.NO_TARGET_VALUE);
    } else {
      targetValue = TargetValues.targetValue(target, baseline).orElse(null);
      if (targetValue == null) {
        notes.add(ForecastNote.NO_BASELINE);
      }
    }
    if (deadline == null) {
      notes.add(ForecastNote.NO_DEADLINE);
    }
    List<Observation> used = used(goal, series, referenceDate, deadline);
    boolean cumulative = target instanceof Total;
    Trend trend = Trend.fit(used, cumulative, method).orElse(null);
    if (trend == null) {
      notes.add(
          used.size() >= 2 && method == ForecastMethod.COMPOUND_GROWTH
              ? ForecastNote.NON_POSITIVE_VALUES
              : ForecastNote.TOO_FEW_OBSERVATIONS);
      return new Forecast(
          goal.id(),
          method,
          referenceDate,
          deadline,
          used.size(),
          null,
          null,
          targetValue,
          null,
          notes);
    }
    BigDecimal projected = deadline == null ? null : trend.valueAt(deadline).orElse(null);
    LocalDate reach = null;
    if (target != null && targetValue != null) {
      boolean lower = TargetValues.lowerIsBetter(target, baseline, targetValue);
      reach = trend.firstDateMeeting(targetValue, lower, HORIZON_DAYS, notes).orElse(null);
    }
    return new Forecast(
        goal.id(),
        method,
        referenceDate,
        deadline,
        used.size(),
        trend.perDay().orElse(null),
        projected,
        targetValue,
        reach,
        notes);
  }

  /**
   * Forecasts what a goal measures on a linear trend: a flow's value to date in the current window
   * (its whole period, or the current month of a per-month goal), a stock's level, a rate's window
   * value. After the deadline there is no forecast: the figures are empty, with the note {@link
   * ForecastNote#PAST_DEADLINE}, and {@link GoalProgress} gives the final value and whether it was
   * met.
   *
   * @param measure the goal and its measured data, not null
   * @param referenceDate the last date whose data is used, not null
   * @return the forecast, never null
   * @throws NullPointerException if an argument is null
   */
  public static Forecast of(GoalMeasure measure, LocalDate referenceDate) {
    Decimals.notNull(measure, "measure");
    Decimals.notNull(referenceDate, "referenceDate");
    Goal goal = measure.goal();
    LocalDate deadline = goal.deadline().orElse(null);
    if (deadline != null && referenceDate.isAfter(deadline)) {
      Set<ForecastNote> notes = EnumSet.of(ForecastNote.PAST_DEADLINE);
      BigDecimal targetValue =
          goal.target()
              .flatMap(
                  t ->
                      TargetValues.targetValue(
                          t, measure.baselineValue(referenceDate).orElse(null)))
              .orElse(null);
      return new Forecast(
          goal.id(),
          ForecastMethod.LINEAR,
          referenceDate,
          deadline,
          0,
          null,
          null,
          targetValue,
          null,
          notes);
    }
    MeasuredGoal proxy = MeasuredGoal.of(measure, referenceDate);
    Forecast f = of(proxy.goal(), proxy.series(), referenceDate, ForecastMethod.LINEAR);
    if (!proxy.ceiling()) {
      return f;
    }
    Set<ForecastNote> notes = EnumSet.of(ForecastNote.CEILING_HAS_NO_REACH_DATE);
    notes.addAll(f.notes);
    notes.remove(ForecastNote.TREND_NEVER_REACHES_TARGET);
    return new Forecast(
        f.goal,
        f.method,
        referenceDate,
        f.deadline,
        f.observationsUsed,
        f.trendPerDay,
        f.projectedAtDeadline,
        f.targetValue,
        null,
        notes);
  }

  /** The observations from the start (or baseline date) up to the reference date or deadline. */
  private static List<Observation> used(
      Goal goal, MetricSeries series, LocalDate referenceDate, @Nullable LocalDate deadline) {
    LocalDate start = goal.start().or(() -> goal.baseline().map(Baseline::asOf)).orElse(null);
    LocalDate cutoff =
        deadline != null && deadline.isBefore(referenceDate) ? deadline : referenceDate;
    List<Observation> used = new ArrayList<>();
    for (Observation o : series.observations()) {
      if ((start == null || !o.date().isBefore(start)) && !o.date().isAfter(cutoff)) {
        used.add(o);
      }
    }
    return used;
  }

  /** A fitted trend over days counted from the first observation. */
  private record Trend(LocalDate origin, LeastSquares line, ForecastMethod method) {

    static Optional<Trend> fit(
        List<Observation> observations, boolean cumulative, ForecastMethod method) {
      if (observations.size() < 2) {
        return Optional.empty();
      }
      LocalDate origin = observations.get(0).date();
      double[] xs = new double[observations.size()];
      double[] ys = new double[observations.size()];
      BigDecimal running = BigDecimal.ZERO;
      for (int i = 0; i < xs.length; i++) {
        Observation o = observations.get(i);
        running = cumulative ? running.add(o.value()) : o.value();
        xs[i] = ChronoUnit.DAYS.between(origin, o.date());
        if (method == ForecastMethod.COMPOUND_GROWTH) {
          if (running.signum() <= 0) {
            return Optional.empty();
          }
          ys[i] = Math.log(running.doubleValue());
        } else {
          ys[i] = running.doubleValue();
        }
      }
      return LeastSquares.fit(xs, ys).map(line -> new Trend(origin, line, method));
    }

    /** The change per day: the slope, or the daily growth rate for compound growth. */
    Optional<BigDecimal> perDay() {
      return Decimals.fromDouble(
          method == ForecastMethod.LINEAR ? line.slope() : Math.expm1(line.slope()));
    }

    Optional<BigDecimal> valueAt(LocalDate date) {
      double y = line.at((double) ChronoUnit.DAYS.between(origin, date));
      return Decimals.fromDouble(method == ForecastMethod.LINEAR ? y : Math.exp(y));
    }

    /** The first date, from the first observation on, on which the trend meets the target value. */
    Optional<LocalDate> firstDateMeeting(
        BigDecimal targetValue, boolean lowerIsBetter, long horizon, Set<ForecastNote> notes) {
      double goal;
      if (method == ForecastMethod.COMPOUND_GROWTH) {
        if (targetValue.signum() <= 0) {
          notes.add(ForecastNote.NON_POSITIVE_VALUES);
          return Optional.empty();
        }
        goal = Math.log(targetValue.doubleValue());
      } else {
        goal = targetValue.doubleValue();
      }
      if (meets(0, goal, lowerIsBetter)) {
        return Optional.of(origin);
      }
      double slope = line.slope();
      boolean towards = lowerIsBetter ? slope < 0 : slope > 0;
      if (!towards) {
        notes.add(ForecastNote.TREND_NEVER_REACHES_TARGET);
        return Optional.empty();
      }
      double crossing = Math.ceil((goal - line.intercept()) / slope);
      if (!(crossing <= horizon)) {
        notes.add(ForecastNote.BEYOND_HORIZON);
        return Optional.empty();
      }
      long day = Math.max(0, (long) crossing);
      // Rounding of the crossing may leave it a day off either way.
      while (!meets((double) day, goal, lowerIsBetter) && day <= horizon) {
        day++;
      }
      while (day > 0 && meets((double) (day - 1), goal, lowerIsBetter)) {
        day--;
      }
      return Optional.of(origin.plusDays(day));
    }

    private boolean meets(double day, double goal, boolean lowerIsBetter) {
      double y = line.at(day);
      return lowerIsBetter ? y <= goal : y >= goal;
    }
  }

  /**
   * Returns the goal's id.
   *
   * @return the id, never null
   */
  public GoalId goal() {
    return goal;
  }

  /**
   * Returns how the trend was extended.
   *
   * @return the method, never null
   */
  public ForecastMethod method() {
    return method;
  }

  /**
   * Returns the last date whose observations were used.
   *
   * @return the reference date, never null
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Returns how many observations the trend was fitted to.
   *
   * @return the count, 0 or more
   */
  public int observationsUsed() {
    return observationsUsed;
  }

  /**
   * Returns the trend's change per day: the slope of the line for {@link ForecastMethod#LINEAR} (in
   * the metric's unit per day), the growth rate per day for {@link ForecastMethod#COMPOUND_GROWTH}
   * (0.01 is 1% a day).
   *
   * @return the change, or empty if no trend could be fitted
   */
  public Optional<BigDecimal> trendPerDay() {
    return Optional.ofNullable(trendPerDay);
  }

  /**
   * Returns the value the trend projects at the deadline; for a total, the projected sum.
   *
   * @return the value, or empty without a deadline or a trend
   */
  public Optional<BigDecimal> projectedAtDeadline() {
    return Optional.ofNullable(projectedAtDeadline);
  }

  /**
   * Returns the value the target aims for.
   *
   * @return the value, or empty for a band, a milestone, or a relative target without baseline
   */
  public Optional<BigDecimal> targetValue() {
    return Optional.ofNullable(targetValue);
  }

  /**
   * Returns the first date, from the first observation used, on which the trend meets the target
   * value; this may be before the reference date if the trend already met it.
   *
   * @return the date, or empty if the trend never meets it within 100 years (see {@link #notes()})
   */
  public Optional<LocalDate> projectedReachDate() {
    return Optional.ofNullable(projectedReachDate);
  }

  /**
   * Tells whether the trend meets the target by the deadline.
   *
   * @return true or false, or empty without a deadline, a target value or a trend
   */
  public Optional<Boolean> reachesTargetByDeadline() {
    if (deadline == null || targetValue == null) {
      return Optional.empty();
    }
    if (projectedReachDate != null) {
      return Optional.of(!projectedReachDate.isAfter(deadline));
    }
    boolean never =
        notes.contains(ForecastNote.TREND_NEVER_REACHES_TARGET)
            || notes.contains(ForecastNote.BEYOND_HORIZON);
    return never ? Optional.of(false) : Optional.empty();
  }

  /**
   * Returns why figures are missing, in declaration order.
   *
   * @return an unmodifiable set, empty when every figure is present
   */
  public Set<ForecastNote> notes() {
    return notes;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Forecast o
        && goal.equals(o.goal)
        && method == o.method
        && referenceDate.equals(o.referenceDate)
        && Objects.equals(deadline, o.deadline)
        && observationsUsed == o.observationsUsed
        && Objects.equals(trendPerDay, o.trendPerDay)
        && Objects.equals(projectedAtDeadline, o.projectedAtDeadline)
        && Objects.equals(targetValue, o.targetValue)
        && Objects.equals(projectedReachDate, o.projectedReachDate)
        && notes.equals(o.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        goal,
        method,
        referenceDate,
        deadline,
        observationsUsed,
        trendPerDay,
        projectedAtDeadline,
        targetValue,
        projectedReachDate,
        notes);
  }

  /**
   * Returns a readable summary, such as {@code Forecast[fb-leads LINEAR at 2026-08-18 from 14
   * observations: 20 per day, 560 at 2026-09-01 (target 500), reached 2026-08-29]}. Figures are
   * rounded for reading, to at most four decimals (four significant digits below 1); the accessors
   * give them exactly.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Forecast[").append(goal).append(' ').append(method);
    s.append(" at ").append(referenceDate).append(" from ").append(observationsUsed);
    s.append(" observations");
    if (trendPerDay != null) {
      s.append(": ").append(Decimals.readable(trendPerDay)).append(" per day");
    }
    if (projectedAtDeadline != null) {
      s.append(", ").append(Decimals.readable(projectedAtDeadline)).append(" at ").append(deadline);
    }
    if (targetValue != null) {
      s.append(" (target ").append(Decimals.readable(targetValue)).append(')');
    }
    if (projectedReachDate != null) {
      s.append(", reached ").append(projectedReachDate);
    }
    if (!notes.isEmpty()) {
      s.append(", notes ").append(notes);
    }
    return s.append(']').toString();
  }
}
