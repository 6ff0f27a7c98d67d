package dev.northstar.core.goal;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The checks of a goal's baseline period, phases and check-ins, with messages naming the goal. */
final class GoalChecks {

  private GoalChecks() {}

  /**
   * A baseline period must end before the goal starts: fixed dates, or a relative period resolved
   * against the goal's period (the same period last year of a goal longer than a year would not).
   */
  static @Nullable BaselinePeriod baselinePeriod(
      GoalId goal,
      @Nullable BaselinePeriod period,
      @Nullable LocalDate start,
      @Nullable LocalDate deadline) {
    if (period == null || start == null) {
      return period;
    }
    DateRange dates = period.dates().orElse(null);
    if (dates == null && deadline != null) {
      dates = period.resolve(DateRange.of(start, deadline));
    }
    if (dates != null && !dates.end().isBefore(start)) {
      throw new IllegalArgumentException(
          "baseline period of goal "
              + goal
              + " must end before the goal's start "
              + start
              + ", but was "
              + (period.dates().isPresent() ? "" : period + ", ")
              + dates);
    }
    return period;
  }

  /** A rate is combined over its window as a ratio of sums or a mean of ratios. */
  static @Nullable Aggregation rateMethod(GoalId goal, @Nullable Aggregation method) {
    if (method != null
        && method != Aggregation.RATIO_OF_SUMS
        && method != Aggregation.MEAN_OF_RATIOS) {
      throw new IllegalArgumentException(
          "rate method of goal "
              + goal
              + " must be RATIO_OF_SUMS or MEAN_OF_RATIOS, but was "
              + method);
    }
    return method;
  }

  /** Phases sorted by date, distinct dates, within the period as far as it is known. */
  static List<Phase> phases(
      GoalId goal, List<Phase> given, @Nullable LocalDate start, @Nullable LocalDate deadline) {
    List<Phase> sorted = new ArrayList<>(given);
    Collections.sort(sorted);
    for (int i = 0; i < sorted.size(); i++) {
      Phase p = sorted.get(i);
      boolean beforeStart = start != null && p.date().isBefore(start);
      boolean afterDeadline = deadline != null && p.date().isAfter(deadline);
      if (beforeStart || afterDeadline) {
        throw new IllegalArgumentException(
            "phase '"
                + p
                + "' of goal "
                + goal
                + " must lie within the goal's period "
                + (start == null ? "?" : start)
                + "/"
                + (deadline == null ? "?" : deadline)
                + ", but its date "
                + p.date()
                + " is "
                + (beforeStart ? "before the start" : "after the deadline"));
      }
      if (i > 0 && sorted.get(i - 1).date().equals(p.date())) {
        throw new IllegalArgumentException(
            "phases of goal " + goal + " must have distinct dates, but two are on " + p.date());
      }
    }
    return List.copyOf(sorted);
  }

  /** Check-ins sorted by date, distinct dates. */
  static List<CheckIn> checkIns(GoalId goal, List<CheckIn> given) {
    List<CheckIn> sorted = new ArrayList<>(given);
    Collections.sort(sorted);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).date().equals(sorted.get(i).date())) {
        throw new IllegalArgumentException(
            "check-ins of goal "
                + goal
                + " must have distinct dates, but two are on "
                + sorted.get(i).date());
      }
    }
    return List.copyOf(sorted);
  }
}
