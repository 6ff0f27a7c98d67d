package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressStatus;
import java.util.List;
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

  /** Whether the goal has a current value, so that it gets a card rather than a line. */
  static boolean hasData(GoalEvaluation e) {
    return e.progress().flatMap(GoalProgress::currentValue).isPresent();
  }
}
