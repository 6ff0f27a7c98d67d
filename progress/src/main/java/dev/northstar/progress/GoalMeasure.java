package dev.northstar.progress;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.series.PeriodFigure;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a goal's number is, from the data: the metric's daily values read by how the metric
 * accumulates and over the goal's {@linkplain Goal#effectiveWindow() window}.
 *
 * <ul>
 *   <li>a flow (and a non-additive flow, as "summed reach") is the sum of the window's days up to
 *       the date;
 *   <li>a non-additive flow given the platform's own figures ({@link PeriodFigure}, such as a
 *       month's unique reach) is, for a window whose days up to the date are exactly a figure's
 *       dates, that figure rather than the sum of the days;
 *   <li>a stock is the last observation on or before the date;
 *   <li>a rate is the ratio of the sums of its numerator and denominator over the window up to the
 *       date, times the KPI's factor; or, when the goal's {@linkplain Goal#rateMethod() rate
 *       method} says so, the mean of the days' rates;
 *   <li>check-ins, used where no data measures the goal, are the goal's number as reported: the
 *       latest on or before the date.
 * </ul>
 *
 * <p>{@link #measuredSeries(LocalDate)} gives that number for every day with data: what progress,
 * forecasts and charts are computed on. Sums are exact; a ratio has 16 significant digits.
 *
 * <pre>{@code
 * GoalMeasure reach = GoalMeasure.of(goal, Accumulation.NON_ADDITIVE_FLOW, dailyReach);
 * GoalProgress.of(goal, reach, LocalDate.of(2026, 8, 20));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalMeasure {

  private final Goal goal;
  private final MetricId metric;
  private final Accumulation accumulation;
  private final boolean fromCheckIns;
  private final BigDecimal factor;

  /** A non-additive flow's platform figures of the goal's metric and scope, by their dates. */
  private final Map<DateRange, PeriodFigure> figures;

  /** Flow and rate numerator: running sums by date; stock and check-ins: the values. */
  private final NavigableMap<LocalDate, BigDecimal> values;

  /**
   * Rate denominator: running sums by date; for a mean of ratios, the running count of days with a
   * rate; empty otherwise.
   */
  private final NavigableMap<LocalDate, BigDecimal> denominators;

  private GoalMeasure(
      Goal goal,
      MetricId metric,
      Accumulation accumulation,
      boolean fromCheckIns,
      BigDecimal factor,
      NavigableMap<LocalDate, BigDecimal> values,
      NavigableMap<LocalDate, BigDecimal> denominators,
      Map<DateRange, PeriodFigure> figures) {
    this.goal = goal;
    this.figures = figures;
    this.metric = metric;
    this.accumulation = accumulation;
    this.fromCheckIns = fromCheckIns;
    this.factor = factor;
    this.values = values;
    this.denominators = denominators;
  }

  /**
   * Measures a goal from the daily series of its metric.
   *
   * @param goal the goal, not null
   * @param accumulation how the metric accumulates, not null, not {@link Accumulation#RATE} (see
   *     {@link #ofRate})
   * @param daily the metric's daily values in the goal's scope, not null, possibly empty
   * @return the measure, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the accumulation is a rate, the goal's window does not
   *     allow the accumulation, or the goal names another metric than the series
   */
  public static GoalMeasure of(Goal goal, Accumulation accumulation, MetricSeries daily) {
    return of(goal, accumulation, daily, List.of());
  }

  /**
   * Measures a goal from the daily series of its metric and the platform's own figures for periods.
   * A figure is used for a non-additive flow, such as reach, whose sum over days counts a person
   * reached on several days more than once: where the days of a window (or of the baseline period)
   * up to the date are exactly a figure's dates, the figure is the value. Figures of other metrics
   * or scopes than the goal's are left out; the goal's scope without platforms matches a figure for
   * all platforms.
   *
   * @param goal the goal, not null
   * @param accumulation how the metric accumulates, not null, not {@link Accumulation#RATE} (see
   *     {@link #ofRate})
   * @param daily the metric's daily values in the goal's scope, not null, possibly empty
   * @param figures the platform's figures, not null, no nulls, possibly empty
   * @return the measure, never null
   * @throws NullPointerException if an argument or a figure is null
   * @throws IllegalArgumentException if the accumulation is a rate, the goal's window does not
   *     allow the accumulation, the goal names another metric than the series, a figure of the
   *     goal's metric and scope is given for a metric that is not a non-additive flow, or two
   *     figures of the goal's metric and scope cover the same dates with different values
   */
  public static GoalMeasure of(
      Goal goal, Accumulation accumulation, MetricSeries daily, List<PeriodFigure> figures) {
    Decimals.notNull(goal, "goal");
    Decimals.notNull(accumulation, "accumulation");
    Decimals.notNull(daily, "daily");
    if (accumulation == Accumulation.RATE) {
      throw new IllegalArgumentException(
          "a rate is measured from its numerator and denominator (GoalMeasure.ofRate), but goal "
              + goal.id()
              + " was given one series of "
              + daily.metric());
    }
    requireMetric(goal, daily.metric());
    goal.effectiveWindow().requireAllows(goal.id(), daily.metric(), accumulation);
    Map<DateRange, PeriodFigure> matching = matching(goal, accumulation, daily, figures);
    NavigableMap<LocalDate, BigDecimal> values =
        accumulation == Accumulation.STOCK ? byDate(daily) : running(daily);
    return new GoalMeasure(
        goal,
        daily.metric(),
        accumulation,
        false,
        BigDecimal.ONE,
        values,
        new TreeMap<>(),
        matching);
  }

  /** The figures of the series' metric and scope, by dates, refused unless a non-additive flow. */
  private static Map<DateRange, PeriodFigure> matching(
      Goal goal, Accumulation accumulation, MetricSeries daily, List<PeriodFigure> figures) {
    Decimals.notNull(figures, "figures");
    Scope scope = allWhenUnspecified(goal.scope());
    Map<DateRange, PeriodFigure> byDates = new TreeMap<>();
    for (PeriodFigure f : figures) {
      Decimals.notNull(f, "figure");
      if (!f.metric().equals(daily.metric())) {
        continue;
      }
      if (accumulation != Accumulation.NON_ADDITIVE_FLOW) {
        throw new IllegalArgumentException(
            "a platform's figure for a period is used only for a non-additive flow such as reach,"
                + " but "
                + f.metric()
                + " of goal "
                + goal.id()
                + " is a "
                + accumulation
                + (accumulation == Accumulation.FLOW
                    ? " (its sum over days is exact)"
                    : " (measured by its own rule)")
                + "; figure: "
                + f);
      }
      if (!allWhenUnspecified(f.scope()).equals(scope)) {
        continue;
      }
      PeriodFigure earlier = byDates.put(f.dates(), f);
      if (earlier != null && earlier.value().compareTo(f.value()) != 0) {
        throw new IllegalArgumentException(
            "two platform figures of "
                + f.metric()
                + " for goal "
                + goal.id()
                + " cover "
                + f.dates()
                + " with different values: "
                + earlier.value().toPlainString()
                + " and "
                + f.value().toPlainString());
      }
    }
    return Map.copyOf(byDates);
  }

  private static Scope allWhenUnspecified(Scope scope) {
    return scope.isPlatformUnspecified() ? scope.withAllPlatforms() : scope;
  }

  /**
   * Measures a rate goal from the daily sums of its KPI's numerator and denominator: the ratio of
   * the window's sums, or the mean of the days' rates for a goal whose {@linkplain
   * Goal#rateMethod() rate method} is {@link Aggregation#MEAN_OF_RATIOS} (a day with a denominator
   * of 0, or without both figures, has no rate and is left out of the mean).
   *
   * @param goal the goal, not null
   * @param kpi the KPI's id, the goal's metric, not null
   * @param numerator the numerator's daily values in the goal's scope, not null
   * @param denominator the denominator's daily values in the goal's scope, not null
   * @param factor what the quotient is multiplied by (1 for most KPIs, 1000 for CPM), not null,
   *     positive
   * @return the measure, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the factor is not positive or the goal names another metric
   */
  public static GoalMeasure ofRate(
      Goal goal,
      MetricId kpi,
      MetricSeries numerator,
      MetricSeries denominator,
      BigDecimal factor) {
    Decimals.notNull(goal, "goal");
    Decimals.notNull(kpi, "kpi");
    Decimals.notNull(numerator, "numerator");
    Decimals.notNull(denominator, "denominator");
    if (Decimals.notNull(factor, "factor").signum() <= 0) {
      throw new IllegalArgumentException(
          "factor of rate " + kpi + " must be positive, but was " + factor.toPlainString());
    }
    requireMetric(goal, kpi);
    if (goal.rateMethod().orElse(Aggregation.RATIO_OF_SUMS) == Aggregation.MEAN_OF_RATIOS) {
      return meanOfRatios(goal, kpi, numerator, denominator, factor);
    }
    return new GoalMeasure(
        goal,
        kpi,
        Accumulation.RATE,
        false,
        factor,
        running(numerator),
        running(denominator),
        Map.of());
  }

  /**
   * The days' rates, each its numerator over its denominator (days without both, or with a
   * denominator of 0, have no rate), as a running sum of the rates over a running count of days.
   */
  private static GoalMeasure meanOfRatios(
      Goal goal,
      MetricId kpi,
      MetricSeries numerator,
      MetricSeries denominator,
      BigDecimal factor) {
    NavigableMap<LocalDate, BigDecimal> num = byDate(numerator);
    List<Observation> rates = new ArrayList<>();
    List<Observation> days = new ArrayList<>();
    for (Observation d : denominator.observations()) {
      BigDecimal n = num.get(d.date());
      if (n == null || d.value().signum() == 0) {
        continue;
      }
      Optional<BigDecimal> rate = Decimals.divide(n, d.value());
      if (rate.isPresent()) {
        rates.add(Observation.of(d.date(), rate.get()));
        days.add(Observation.of(d.date(), BigDecimal.ONE));
      }
    }
    return new GoalMeasure(
        goal,
        kpi,
        Accumulation.RATE,
        false,
        factor,
        running(MetricSeries.of(kpi, goal.scope(), rates)),
        running(MetricSeries.of(kpi, goal.scope(), days)),
        Map.of());
  }

  /**
   * Measures a goal from its check-ins: each is the goal's number at its date, as reported.
   *
   * @param goal the goal, not null
   * @param metric the metric reported, not null
   * @param accumulation how the metric accumulates, not null
   * @return the measure, never null; without data if the goal has no check-ins
   * @throws NullPointerException if an argument is null
   */
  public static GoalMeasure ofCheckIns(Goal goal, MetricId metric, Accumulation accumulation) {
    Decimals.notNull(goal, "goal");
    Decimals.notNull(metric, "metric");
    Decimals.notNull(accumulation, "accumulation");
    NavigableMap<LocalDate, BigDecimal> values = new TreeMap<>();
    for (CheckIn c : goal.checkIns()) {
      values.put(c.date(), c.value());
    }
    return new GoalMeasure(
        goal, metric, accumulation, true, BigDecimal.ONE, values, new TreeMap<>(), Map.of());
  }

  private static void requireMetric(Goal goal, MetricId metric) {
    if (goal.metric().isPresent() && !goal.metric().get().equals(metric)) {
      throw new IllegalArgumentException(
          "series must measure the goal's metric "
              + goal.metric().get()
              + ", but measures "
              + metric);
    }
  }

  private static NavigableMap<LocalDate, BigDecimal> byDate(MetricSeries series) {
    NavigableMap<LocalDate, BigDecimal> m = new TreeMap<>();
    for (Observation o : series.observations()) {
      m.put(o.date(), o.value());
    }
    return m;
  }

  private static NavigableMap<LocalDate, BigDecimal> running(MetricSeries series) {
    NavigableMap<LocalDate, BigDecimal> m = new TreeMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Observation o : series.observations()) {
      sum = sum.add(o.value());
      m.put(o.date(), sum);
    }
    return m;
  }

  /**
   * Returns the goal measured.
   *
   * @return the goal, never null
   */
  public Goal goal() {
    return goal;
  }

  /**
   * Returns how the metric accumulates.
   *
   * @return the accumulation, never null
   */
  public Accumulation accumulation() {
    return accumulation;
  }

  /**
   * Tells whether the values are the goal's check-ins rather than metric data.
   *
   * @return true for check-ins
   */
  public boolean isFromCheckIns() {
    return fromCheckIns;
  }

  /**
   * Tells whether there is no value at all.
   *
   * @return true if no day has data
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns the goal's number over a range, using the days up to a date.
   *
   * @param range the window, not null
   * @param upTo the last day used, not null
   * @return the value, or empty if no day of the range up to the date has data (for a stock, no
   *     observation on or before the end), or a rate's denominator is 0
   * @throws NullPointerException if an argument is null
   */
  public Optional<BigDecimal> valueOver(DateRange range, LocalDate upTo) {
    return measured(Decimals.notNull(range, "range"), Decimals.notNull(upTo, "upTo"))
        .map(Measured::value);
  }

  /** Whether any day after {@code date} has data. */
  boolean hasDataAfter(LocalDate date) {
    return values.higherKey(date) != null;
  }

  /**
   * Returns the platform figures used for this goal: those of its metric and scope, for a
   * non-additive flow.
   *
   * @return the figures, ordered by dates, possibly empty, never null
   */
  public List<PeriodFigure> platformFigures() {
    return List.copyOf(new TreeMap<>(figures).values());
  }

  /**
   * A value and the last date with data that it uses; {@code platformFigure} when it is the
   * platform's own figure for the range rather than a sum of days.
   */
  record Measured(BigDecimal value, LocalDate asOf, boolean platformFigure) {

    Measured(BigDecimal value, LocalDate asOf) {
      this(value, asOf, false);
    }
  }

  /** Whether the value over the range up to the date is a platform's figure. */
  boolean isPlatformFigure(DateRange range, LocalDate upTo) {
    return measured(range, upTo).map(Measured::platformFigure).orElse(false);
  }

  Optional<Measured> measured(DateRange range, LocalDate upTo) {
    LocalDate end = upTo.isBefore(range.end()) ? upTo : range.end();
    if (!figures.isEmpty() && !end.isBefore(range.start())) {
      PeriodFigure figure = figures.get(DateRange.of(range.start(), end));
      if (figure != null) {
        return Optional.of(new Measured(figure.value(), end, true));
      }
    }
    if (end.isBefore(range.start()) && !(fromCheckIns || accumulation == Accumulation.STOCK)) {
      return Optional.empty();
    }
    if (fromCheckIns || accumulation == Accumulation.STOCK) {
      Map.Entry<LocalDate, BigDecimal> last = values.floorEntry(end);
      boolean inRange = last != null && !last.getKey().isBefore(range.start());
      return last == null || (fromCheckIns && !inRange && accumulation.isFlow())
          ? Optional.empty()
          : Optional.of(new Measured(last.getValue(), last.getKey()));
    }
    Optional<BigDecimal> sum = sum(values, range.start(), end);
    if (sum.isEmpty()) {
      return Optional.empty();
    }
    LocalDate asOf = values.floorKey(end);
    if (accumulation.isFlow()) {
      return Optional.of(
          new Measured(Decimals.canonical(sum.get()), Decimals.notNull(asOf, "asOf")));
    }
    Optional<BigDecimal> den = sum(denominators, range.start(), end);
    if (den.isEmpty() || den.get().signum() == 0) {
      return Optional.empty();
    }
    return Decimals.divide(sum.get().multiply(factor), den.get())
        .map(v -> new Measured(v, Decimals.notNull(asOf, "asOf")));
  }

  /** The sum of the days from {@code from} to {@code to}, or empty if none has data. */
  private static Optional<BigDecimal> sum(
      NavigableMap<LocalDate, BigDecimal> running, LocalDate from, LocalDate to) {
    Map.Entry<LocalDate, BigDecimal> last = running.floorEntry(to);
    if (last == null || last.getKey().isBefore(from)) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, BigDecimal> before = running.lowerEntry(from);
    return Optional.of(
        before == null ? last.getValue() : last.getValue().subtract(before.getValue()));
  }

  /**
   * Returns the baseline as known at a date: measured over the goal's {@linkplain
   * Goal#baselinePeriod() baseline period} when it has one that is over by then and has data, else
   * the goal's baseline number.
   *
   * @param asOf the date the baseline is wanted at; data after it is not used, not null
   * @return the baseline, or empty if neither is known
   * @throws NullPointerException if {@code asOf} is null
   */
  public Optional<BigDecimal> baselineValue(LocalDate asOf) {
    return baselineFromData(asOf).or(() -> goal.baseline().map(Baseline::value));
  }

  /**
   * Returns the baseline measured over the goal's baseline period, once that period is over.
   *
   * @param asOf the date the baseline is wanted at, not null
   * @return the value, or empty if the goal has no baseline period, no period to resolve a relative
   *     one against, the period ends after {@code asOf}, or it has no data
   * @throws NullPointerException if {@code asOf} is null
   */
  public Optional<BigDecimal> baselineFromData(LocalDate asOf) {
    Decimals.notNull(asOf, "asOf");
    Optional<DateRange> range = baselineRange();
    return range.filter(r -> !r.end().isAfter(asOf)).flatMap(r -> valueOver(r, r.end()));
  }

  /**
   * Returns the dates of the goal's baseline period.
   *
   * @return the dates, or empty if the goal has no baseline period, or a relative one and no period
   */
  public Optional<DateRange> baselineRange() {
    BaselinePeriod bp = goal.baselinePeriod().orElse(null);
    if (bp == null) {
      return Optional.empty();
    }
    if (bp.dates().isPresent()) {
      return bp.dates();
    }
    return goal.period().map(bp::resolve);
  }

  /**
   * Returns the range the goal is measured over at a date: its window holding the date.
   *
   * @param date the date, not null
   * @return the range, never null
   * @throws NullPointerException if {@code date} is null
   */
  public DateRange windowAt(LocalDate date) {
    Decimals.notNull(date, "date");
    DateRange period = goal.period().orElse(null);
    if (period == null && goal.effectiveWindow().equals(Window.period())) {
      // No period: the window runs from the start, or from the first data, to the date.
      LocalDate from = goal.start().orElse(values.isEmpty() ? date : values.firstKey());
      return DateRange.of(from.isAfter(date) ? date : from, date);
    }
    return goal.effectiveWindow().rangeAt(date, period);
  }

  /**
   * Returns the goal's number on every day with data up to a date: for each such day, the value of
   * the window holding it, up to that day. A flow's series rises through each window and starts
   * again with the next; a stock's is its levels; a rate's the ratio of the window's sums so far.
   * Days before the goal's start are left out, but for a stock. This is the series to chart and to
   * forecast from.
   *
   * @param upTo the last day, not null
   * @return the series of the goal's metric and scope, possibly empty, never null
   * @throws NullPointerException if {@code upTo} is null
   */
  public MetricSeries measuredSeries(LocalDate upTo) {
    Decimals.notNull(upTo, "upTo");
    LocalDate start = goal.start().orElse(null);
    List<Observation> out = new ArrayList<>();
    for (LocalDate day : values.headMap(upTo, true).keySet()) {
      if (start != null && day.isBefore(start) && accumulation != Accumulation.STOCK) {
        continue;
      }
      measured(windowAt(day), day).ifPresent(m -> out.add(Observation.of(day, m.value())));
    }
    return MetricSeries.of(metric, goal.scope(), out);
  }
}
