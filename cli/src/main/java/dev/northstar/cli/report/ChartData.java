package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Outcome;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.Target;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalMeasure;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.forecast.ForecastBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a goal's chart shows, in data units: the actual series (cumulative from the start for a
 * total target), the expected pace from baseline to target, the target, the forecast from the
 * latest value to the deadline with its 80% prediction band where the goal has an outlook, and the
 * date judged at.
 *
 * @param from the first date of the time axis
 * @param to the last date of the time axis
 * @param asOf the date judged at
 * @param actual the observed points, by date
 * @param pace the expected pace, from (start, baseline) to (deadline, target), if both are known
 * @param target the target value, if the target has one
 * @param targetBand the band's lower and upper bounds, for a band target
 * @param forecast the forecast from the latest value to the deadline: the outlook's point forecast
 *     for every day, else a straight line to the projection; empty if there is none
 * @param band80 the outlook's 80% prediction interval for every day after the latest value up to
 *     the deadline; empty without an outlook (always so past the deadline)
 */
record ChartData(
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    List<Point> actual,
    Optional<Segment> pace,
    Optional<BigDecimal> target,
    Optional<Segment> targetBand,
    List<Point> forecast,
    List<BandPoint> band80) {

  /** Copies the lists. */
  ChartData {
    actual = List.copyOf(actual);
    forecast = List.copyOf(forecast);
    band80 = List.copyOf(band80);
  }

  /** A point of a chart. */
  record Point(LocalDate date, BigDecimal value) {}

  /** A straight line between two points. */
  record Segment(Point start, Point end) {}

  /** One day of a prediction band: the point forecast between its lower and upper bounds. */
  record BandPoint(LocalDate date, double lower, double point, double upper) {}

  /**
   * The forecast path and its 80% band from the outlook, or a straight line to the projection.
   *
   * @param latest the latest actual point
   * @param last the chart's last date
   */
  private static ForecastPath path(
      GoalEvaluation e, Optional<GoalOutlook> outlook, Point latest, LocalDate last) {
    if (outlook.isPresent()) {
      List<Point> line = new ArrayList<>(List.of(latest));
      List<BandPoint> band = new ArrayList<>();
      for (ForecastBand b : outlook.get().projection().bands()) {
        if (b.date().isAfter(latest.date()) && !b.date().isAfter(last)) {
          line.add(new Point(b.date(), new BigDecimal(b.point())));
          band.add(new BandPoint(b.date(), b.lower80(), b.point(), b.upper80()));
        }
      }
      if (!band.isEmpty()) {
        return new ForecastPath(line, band);
      }
    }
    Optional<BigDecimal> projected = e.forecast().flatMap(Forecast::projectedAtDeadline);
    if (projected.isPresent() && latest.date().isBefore(last)) {
      return new ForecastPath(List.of(latest, new Point(last, projected.get())), List.of());
    }
    return new ForecastPath(List.of(), List.of());
  }

  private record ForecastPath(List<Point> line, List<BandPoint> band) {}

  /** Returns the chart of a goal, or empty if there is nothing to draw. */
  static Optional<ChartData> of(GoalEvaluation e, LocalDate asOf) {
    if (e.measure().isPresent() && e.progress().isPresent()) {
      return measured(e, e.measure().get(), e.progress().get(), asOf);
    }
    return levels(e, asOf);
  }

  /**
   * The chart of what the goal measures: a flow's running sum in its current window against the
   * cumulative pace from 0 to the target; a stock's levels or a rate's window values against the
   * pace from the baseline to the target over the period.
   */
  private static Optional<ChartData> measured(
      GoalEvaluation e, GoalMeasure m, GoalProgress p, LocalDate asOf) {
    Goal goal = e.goal();
    LocalDate deadline = goal.deadline().orElse(null);
    LocalDate cutoff = deadline != null && deadline.isBefore(asOf) ? deadline : asOf;
    boolean flow = m.accumulation().isFlow();
    DateRange window = p.window().orElse(m.windowAt(cutoff));
    LocalDate from = flow ? window.start() : goal.start().orElse(null);
    LocalDate last = flow ? window.end() : deadline != null ? deadline : asOf;
    List<Point> actual = new ArrayList<>();
    for (Observation o : m.measuredSeries(cutoff).observations()) {
      if ((from == null || !o.date().isBefore(from)) && !o.date().isAfter(last)) {
        actual.add(new Point(o.date(), o.value()));
      }
    }
    if (actual.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = from != null ? from : actual.get(0).date();
    if (!last.isAfter(first)) {
      return Optional.empty();
    }
    Optional<BigDecimal> targetValue = p.targetValue();
    Optional<Segment> pace = Optional.empty();
    BigDecimal paceStart = flow ? BigDecimal.ZERO : p.baselineValue().orElse(null);
    if (paceStart != null && targetValue.isPresent()) {
      LocalDate paceFrom = flow ? first.minusDays(1) : first;
      pace =
          Optional.of(
              new Segment(new Point(paceFrom, paceStart), new Point(last, targetValue.get())));
    }
    Point latest = actual.get(actual.size() - 1);
    // the outlook forecasts what the chart shows: a stock's level, a period flow's running total
    ForecastPath path = path(e, Outcome.outlook(e, asOf), latest, last);
    return Optional.of(
        new ChartData(
            first, last, asOf, actual, pace, targetValue, Optional.empty(), path.line, path.band));
  }

  /** The chart of a goal measured as a series of levels (a total as its running sum). */
  private static Optional<ChartData> levels(GoalEvaluation e, LocalDate asOf) {
    Optional<MetricSeries> series = e.series();
    Optional<GoalProgress> progress = e.progress();
    if (series.isEmpty() || progress.isEmpty()) {
      return Optional.empty();
    }
    Goal goal = e.goal();
    Optional<Target> target = goal.target();
    boolean total = target.isPresent() && target.get() instanceof Target.Total;
    LocalDate start = goal.start().orElse(null);
    LocalDate deadline = goal.deadline().orElse(null);
    List<Observation> all = series.get().observations();
    LocalDate first = all.get(0).date();
    // a level goal shows up to 30 days before its start, but not before the data begins
    LocalDate from = start == null ? first : start.minusDays(total ? 0 : 30);
    if (start != null && from.isBefore(first)) {
      from = first.isAfter(start) ? start : first;
    }
    LocalDate last = deadline != null ? deadline : asOf;
    if (!last.isAfter(from)) {
      return Optional.empty();
    }
    List<Point> actual = new ArrayList<>();
    BigDecimal running = BigDecimal.ZERO;
    for (Observation o : all) {
      if (o.date().isBefore(from) || o.date().isAfter(asOf) || o.date().isAfter(last)) {
        continue;
      }
      if (total) {
        if (start != null && o.date().isBefore(start)) {
          continue;
        }
        running = running.add(o.value());
        actual.add(new Point(o.date(), running));
      } else {
        actual.add(new Point(o.date(), o.value()));
      }
    }
    if (actual.isEmpty()) {
      return Optional.empty();
    }
    GoalProgress p = progress.get();
    Optional<BigDecimal> targetValue = p.targetValue();
    Optional<Segment> pace = Optional.empty();
    BigDecimal paceStart = total ? BigDecimal.ZERO : p.baselineValue().orElse(null);
    if (start != null && deadline != null && paceStart != null && targetValue.isPresent()) {
      pace =
          Optional.of(
              new Segment(new Point(start, paceStart), new Point(deadline, targetValue.get())));
    }
    Optional<Segment> band = Optional.empty();
    if (target.isPresent() && target.get() instanceof Target.Band b) {
      BigDecimal lower = b.lower() != null ? b.lower() : b.upper();
      BigDecimal upper = b.upper() != null ? b.upper() : b.lower();
      if (lower != null && upper != null) {
        band = Optional.of(new Segment(new Point(from, lower), new Point(last, upper)));
      }
    }
    Point latest = actual.get(actual.size() - 1);
    // measured without a GoalMeasure: no outlook, a straight line to the projection
    ForecastPath path =
        deadline == null
            ? new ForecastPath(List.of(), List.of())
            : path(e, Optional.empty(), latest, last);
    return Optional.of(
        new ChartData(from, last, asOf, actual, pace, targetValue, band, path.line, path.band));
  }
}
