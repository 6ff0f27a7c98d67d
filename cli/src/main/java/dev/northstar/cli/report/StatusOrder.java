package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order a manager reads statuses in, worst first, and which goals count as having data: those
 * whose progress has a current value. The rest are listed one line each at the end. The XLSX
 * output's summary sheet counts in the same order.
 */
public final class StatusOrder {
  /** The statuses, in the order of the summary and of the groups of goal cards. */
  public static final List<ProgressStatus> ORDER =
      List.of(
          ProgressStatus.OFF_TRACK,
          ProgressStatus.AT_RISK,
          ProgressStatus.ON_TRACK,
          ProgressStatus.NOT_STARTED,
          ProgressStatus.ACHIEVED,
          ProgressStatus.MISSED,
          ProgressStatus.NO_DATA,
          ProgressStatus.UNDEFINED);

  /** The summary's name for goals without progress (no metric, no data): "not measured". */
  public static final String NOT_MEASURED = "not_measured";

  private StatusOrder() {}

  /**
   * The goal's status.
   *
   * @param e the goal's evaluation, not null
   * @return its status, or empty if it has no progress at all; never null
   */
  public static Optional<ProgressStatus> status(GoalEvaluation e) {
    return e.progress().map(GoalProgress::status);
  }

  /**
   * The goals per status in {@link #ORDER}, statuses without goals left out: what the summary and
   * the XLSX summary sheet show.
   *
   * @param goals the goals' evaluations, not null
   * @return the counts, in order; never null
   */
  public static Map<ProgressStatus, Integer> counts(List<GoalEvaluation> goals) {
    Map<ProgressStatus, Integer> byStatus = new EnumMap<>(ProgressStatus.class);
    for (GoalEvaluation e : goals) {
      status(e).ifPresent(s -> byStatus.merge(s, 1, Integer::sum));
    }
    Map<ProgressStatus, Integer> ordered = new LinkedHashMap<>();
    for (ProgressStatus s : ORDER) {
      Integer n = byStatus.get(s);
      if (n != null) {
        ordered.put(s, n);
      }
    }
    return ordered;
  }

  /**
   * The goals without progress at all (no metric, no data): the summary's "not measured".
   *
   * @param goals the goals' evaluations, not null
   * @return their number
   */
  public static int notMeasured(List<GoalEvaluation> goals) {
    return (int) goals.stream().filter(e -> status(e).isEmpty()).count();
  }

  /** Whether the goal has a current value, so that it gets a card rather than a line. */
  static boolean hasData(GoalEvaluation e) {
    return e.progress().flatMap(GoalProgress::currentValue).isPresent();
  }
}
