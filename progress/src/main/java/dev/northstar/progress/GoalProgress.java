package dev.northstar.progress;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The progress of one goal at a reference date: how far it has come from its baseline towards its
 * target, how far a linear pace says it should be, and its {@link ProgressStatus}.
 *
 * <p>Progress is the fraction of the way from baseline to target, {@code (current - baseline) /
 * (target - baseline)}, so 0 is the baseline and 1 the target whether higher or lower is better. It
 * is given unclamped (negative when the metric moved the wrong way, above 1 when the target is
 * beaten) and clamped to {@code [0, 1]}. A cumulative target ("500 leads") sums the period's
 * observations; a band target ("stay below 60") counts the share of observations in the band; a
 * milestone is 0 or 1. See {@code docs/progress.md} for every formula.
 *
 * <p>Figures that cannot be computed are empty, with {@linkplain #notes() notes} saying why, never
 * zero or NaN. Quotients have 16 significant digits (decimal64, half-even).
 *
 * <pre>{@code
 * GoalProgress p = GoalProgress.of(goal, leadsSeries, LocalDate.of(2026, 8, 18));
 * p.status();        // ON_TRACK
 * p.progress();      // Optional[0.5]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalProgress {

  private final GoalId goal;
  private final LocalDate referenceDate;
  private final @Nullable LocalDate asOf;
  private final @Nullable Target target;
  private final @Nullable BigDecimal baselineValue;
  private final @Nullable BigDecimal targetValue;
  private final @Nullable BigDecimal currentValue;
  private final @Nullable BigDecimal progress;
  private final @Nullable BigDecimal expectedProgress;
  private final @Nullable BigDecimal paceRatio;
  private final @Nullable BandCompliance band;
  private final @Nullable DateRange window;
  private final ProgressStatus status;
  private final Set<ProgressNote> notes;

  private GoalProgress(Draft d) {
    this.goal = d.goal;
    this.referenceDate = d.referenceDate;
    this.asOf = d.asOf;
    this.target = d.target;
    this.baselineValue = d.baselineValue;
    this.targetValue = d.targetValue;
    this.currentValue = d.currentValue;
    this.progress = d.progress;
    this.expectedProgress = d.expectedProgress;
    this.paceRatio = d.paceRatio;
    this.band = d.band;
    this.window = d.window;
    this.status = d.status;
    this.notes = Collections.unmodifiableSet(EnumSet.copyOf(d.notes));
  }

  /**
   * Measures a goal's progress from a series, with the {@linkplain ProgressPolicy#defaults()
   * default policy}.
   *
   * @param goal the goal, not null
   * @param series the observations of the goal's metric, not null, possibly empty
   * @param referenceDate the date to judge at, not null
   * @return the progress, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the goal names a metric other than the series'
   */
  public static GoalProgress of(Goal goal, MetricSeries series, LocalDate referenceDate) {
    return of(goal, series, referenceDate, ProgressPolicy.defaults());
  }

  /**
   * Measures a goal's progress from a series.
   *
   * <p>A level target (change by a percent, change to a value, multiply) uses the latest
   * observation on or before the reference date (or the deadline, if earlier) and not before the
   * start; a total sums the observations from the start to that date; a band judges each of them.
   *
   * @param goal the goal, not null
   * @param series the observations of the goal's metric, not null, possibly empty
   * @param referenceDate the date to judge at, not null
   * @param policy the tolerances, not null
   * @return the progress, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the goal names a metric other than the series'
   */
  public static GoalProgress of(
      Goal goal, MetricSeries series, LocalDate referenceDate, ProgressPolicy policy) {
    Decimals.notNull(goal, "goal");
    Decimals.notNull(series, "series");
    Decimals.notNull(referenceDate, "referenceDate");
    Decimals.notNull(policy, "policy");
    if (goal.metric().isPresent() && !goal.metric().get().equals(series.metric())) {
      throw new IllegalArgumentException(
          "series must measure the goal's metric "
              + goal.metric().get()
              + ", but measures "
              + series.metric());
    }
    return new GoalProgress(ProgressCalculator.fromSeries(goal, series, referenceDate, policy));
  }

  /**
   * Measures a goal's progress from what it measures, with the {@linkplain
   * ProgressPolicy#defaults() default policy}: a flow's value to date against its cumulative pace,
   * a stock's level, a rate's window value, each against the current phase when the goal has
   * phases. See {@code docs/progress.md}.
   *
   * @param measure the goal and its measured data, not null
   * @param referenceDate the date to judge at, not null
   * @return the progress, never null
   * @throws NullPointerException if an argument is null
   */
  public static GoalProgress of(GoalMeasure measure, LocalDate referenceDate) {
    return of(measure, referenceDate, ProgressPolicy.defaults());
  }

  /**
   * Measures a goal's progress from what it measures.
   *
   * @param measure the goal and its measured data, not null
   * @param referenceDate the date to judge at, not null
   * @param policy the tolerances, not null
   * @return the progress, never null
   * @throws NullPointerException if an argument is null
   */
  public static GoalProgress of(
      GoalMeasure measure, LocalDate referenceDate, ProgressPolicy policy) {
    Decimals.notNull(measure, "measure");
    Decimals.notNull(referenceDate, "referenceDate");
    Decimals.notNull(policy, "policy");
    return new GoalProgress(
        MeasureCalculator.compute(measure.goal(), measure, referenceDate, policy));
  }

  /**
   * Measures a goal's progress from a single value current at the reference date, with the
   * {@linkplain ProgressPolicy#defaults() default policy}.
   *
   * @param goal the goal, not null
   * @param currentValue the metric's value at the reference date; for a total, the count so far;
   *     for a milestone, 1 when done and 0 when not; not null
   * @param referenceDate the date to judge at, not null
   * @return the progress, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code currentValue} has more than 40 significant digits
   */
  public static GoalProgress ofCurrentValue(
      Goal goal, BigDecimal currentValue, LocalDate referenceDate) {
    return ofCurrentValue(goal, currentValue, referenceDate, ProgressPolicy.defaults());
  }

  /**
   * Measures a goal's progress from a single value current at the reference date.
   *
   * @param goal the goal, not null
   * @param currentValue the metric's value at the reference date; for a total, the count so far;
   *     for a milestone, 1 when done and 0 when not; not null
   * @param referenceDate the date to judge at, not null
   * @param policy the tolerances, not null
   * @return the progress, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code currentValue} has more than 40 significant digits
   */
  public static GoalProgress ofCurrentValue(
      Goal goal, BigDecimal currentValue, LocalDate referenceDate, ProgressPolicy policy) {
    Decimals.notNull(goal, "goal");
    Decimals.notNull(currentValue, "currentValue");
    Decimals.notNull(referenceDate, "referenceDate");
    Decimals.notNull(policy, "policy");
    return new GoalProgress(
        ProgressCalculator.fromValue(goal, currentValue, referenceDate, policy));
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
   * Returns the date the goal was judged at.
   *
   * @return the reference date, never null
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Returns the date of the data behind the figures: the latest observation used, or for a single
   * current value the reference date (the deadline, if earlier).
   *
   * @return the date, or empty if no data was used
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the goal's target.
   *
   * @return the target, or empty if the goal has none
   */
  public Optional<Target> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns the value progress starts from: the goal's baseline, or 0 for a total or a milestone.
   *
   * @return the baseline value, or empty for a band or when the goal has no baseline
   */
  public Optional<BigDecimal> baselineValue() {
    return Optional.ofNullable(baselineValue);
  }

  /**
   * Returns the value the target aims for, such as 1,680 for "increase by 40%" from 1,200.
   *
   * @return the target value, or empty for a band or when it needs a missing baseline
   */
  public Optional<BigDecimal> targetValue() {
    return Optional.ofNullable(targetValue);
  }

  /**
   * Returns the current value: the latest observation, the sum of the period's observations for a
   * total, or the given current value.
   *
   * @return the value, or empty without data or for a band
   */
  public Optional<BigDecimal> currentValue() {
    return Optional.ofNullable(currentValue);
  }

  /**
   * Returns the fraction of the way from baseline to target, unclamped: below 0 when the metric
   * moved the wrong way, above 1 when the target is beaten. For a band it is the share of
   * observations in the band.
   *
   * @return the progress, or empty if it cannot be computed (see {@link #notes()})
   */
  public Optional<BigDecimal> progress() {
    return Optional.ofNullable(progress);
  }

  /**
   * Returns the {@linkplain #progress() progress} clamped to {@code [0, 1]}.
   *
   * @return the clamped progress, or empty if it cannot be computed
   */
  public Optional<BigDecimal> clampedProgress() {
    return progress().map(p -> Decimals.clamp(p, BigDecimal.ZERO, BigDecimal.ONE));
  }

  /**
   * Returns the progress expected at the data's date on a linear pace from the start (0) to the
   * deadline (1). For a band it is the policy's required share.
   *
   * @return the expected progress, 0 to 1, or empty without a period, a milestone, or no data
   */
  public Optional<BigDecimal> expectedProgress() {
    return Optional.ofNullable(expectedProgress);
  }

  /**
   * Returns the pace ratio: actual progress divided by expected progress.
   *
   * @return the ratio, or empty if the expected progress is 0 or unknown
   */
  public Optional<BigDecimal> paceRatio() {
    return Optional.ofNullable(paceRatio);
  }

  /**
   * Returns the dates the current value was measured over: the goal's window at the date, when
   * measured with a {@link GoalMeasure}.
   *
   * @return the range, or empty when measured from a series of levels or a single value
   */
  public Optional<DateRange> window() {
    return Optional.ofNullable(window);
  }

  /**
   * Returns how well a band target was kept.
   *
   * @return the compliance, or empty unless the target is a band and there was data
   */
  public Optional<BandCompliance> band() {
    return Optional.ofNullable(band);
  }

  /**
   * Returns where the goal stands.
   *
   * @return the status, never null
   */
  public ProgressStatus status() {
    return status;
  }

  /**
   * Tells whether the target is reached.
   *
   * @return true if the status is {@link ProgressStatus#ACHIEVED}
   */
  public boolean isAchieved() {
    return status == ProgressStatus.ACHIEVED;
  }

  /**
   * Returns why figures are missing or should be read with care, in declaration order.
   *
   * @return an unmodifiable set, empty when every figure is plain
   */
  public Set<ProgressNote> notes() {
    return notes;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof GoalProgress o
        && goal.equals(o.goal)
        && referenceDate.equals(o.referenceDate)
        && Objects.equals(asOf, o.asOf)
        && Objects.equals(target, o.target)
        && Objects.equals(baselineValue, o.baselineValue)
        && Objects.equals(targetValue, o.targetValue)
        && Objects.equals(currentValue, o.currentValue)
        && Objects.equals(progress, o.progress)
        && Objects.equals(expectedProgress, o.expectedProgress)
        && Objects.equals(paceRatio, o.paceRatio)
        && Objects.equals(band, o.band)
        && Objects.equals(window, o.window)
        && status == o.status
        && notes.equals(o.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        goal,
        referenceDate,
        asOf,
        target,
        baselineValue,
        targetValue,
        currentValue,
        progress,
        expectedProgress,
        paceRatio,
        band,
        window,
        status,
        notes);
  }

  /**
   * Returns a readable summary, such as {@code GoalProgress[fb-leads at 2026-08-18 (data of
   * 2026-08-18), total 500: 250 from 0 to 500, progress 0.5, expected 0.5, pace 1, ON_TRACK]}.
   * Figures are rounded for reading, to at most four decimals (four significant digits below 1);
   * the accessors give them exactly.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("GoalProgress[").append(goal);
    s.append(" at ").append(referenceDate);
    if (asOf != null && !asOf.equals(referenceDate)) {
      s.append(" (data of ").append(asOf).append(')');
    }
    s.append(", ").append(target == null ? "no target" : target).append(':');
    if (currentValue != null) {
      s.append(' ').append(Decimals.readable(currentValue));
    }
    if (baselineValue != null && targetValue != null) {
      s.append(" from ").append(Decimals.readable(baselineValue));
      s.append(" to ").append(Decimals.readable(targetValue));
    }
    if (band != null) {
      s.append(' ').append(band);
    }
    if (progress != null) {
      s.append(", progress ").append(Decimals.readable(progress));
    }
    if (expectedProgress != null) {
      s.append(", expected ").append(Decimals.readable(expectedProgress));
    }
    if (paceRatio != null) {
      s.append(", pace ").append(Decimals.readable(paceRatio));
    }
    s.append(", ").append(status);
    if (!notes.isEmpty()) {
      s.append(", notes ").append(notes);
    }
    return s.append(']').toString();
  }

  /** The figures being worked out by {@link ProgressCalculator}; mutable, confined to a call. */
  static final class Draft {
    final GoalId goal;
    final LocalDate referenceDate;
    @Nullable LocalDate asOf;
    @Nullable Target target;
    @Nullable BigDecimal baselineValue;
    @Nullable BigDecimal targetValue;
    @Nullable BigDecimal currentValue;
    @Nullable BigDecimal progress;
    @Nullable BigDecimal expectedProgress;
    @Nullable BigDecimal paceRatio;
    @Nullable BandCompliance band;
    @Nullable DateRange window;
    ProgressStatus status = ProgressStatus.UNDEFINED;
    final Set<ProgressNote> notes = EnumSet.noneOf(ProgressNote.class);

    Draft(GoalId goal, LocalDate referenceDate) {
      this.goal = goal;
      this.referenceDate = referenceDate;
    }

    Draft status(ProgressStatus newStatus, ProgressNote... why) {
      this.status = newStatus;
      Collections.addAll(notes, why);
      return this;
    }
  }
}
