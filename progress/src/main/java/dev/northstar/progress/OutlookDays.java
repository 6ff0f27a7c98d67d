package dev.northstar.progress;

import dev.northstar.core.goal.Window;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The days a {@link GoalOutlook} is fitted on, and the windows whose values it can forecast. */
final class OutlookDays {

  private OutlookDays() {}

  /** Whether a window's value runs on from day to day: the period, a day, a trailing window. */
  static boolean continuous(Window window) {
    return window.kind() == Window.Kind.PERIOD
        || window.kind() == Window.Kind.DAY
        || window.kind() == Window.Kind.TRAILING_DAYS;
  }

  /**
   * The last run of consecutive days up to the reference date, at most {@link
   * GoalOutlook#MAX_DAYS}.
   */
  static List<Observation> lastRun(MetricSeries series, LocalDate reference) {
    List<Observation> upTo = new ArrayList<>();
    for (Observation o : series.observations()) {
      if (!o.date().isAfter(reference)) {
        upTo.add(o);
      }
    }
    int from = upTo.size() - 1;
    while (from > 0
        && upTo.size() - from < GoalOutlook.MAX_DAYS
        && upTo.get(from - 1).date().plusDays(1).equals(upTo.get(from).date())) {
      from--;
    }
    return from < 0 ? List.of() : upTo.subList(from, upTo.size());
  }
}
