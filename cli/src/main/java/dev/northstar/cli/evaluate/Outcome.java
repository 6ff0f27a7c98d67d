package dev.northstar.cli.evaluate;

import dev.northstar.cli.text.Numbers;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressNote;
import dev.northstar.progress.ProgressStatus;
import java.util.Optional;

/**
 * The forecast cells of a goal: the projection and whether it reaches the target before the
 * deadline; after it, "final" and whether the target was met.
 */
public final class Outcome {

  private Outcome() {}

  /**
   * Tells whether the goal's deadline has passed, so its value is final.
   *
   * @param e the goal measured, not null
   * @return true after the deadline
   */
  public static boolean isFinal(GoalEvaluation e) {
    return e.progress().map(p -> p.notes().contains(ProgressNote.FINAL)).orElse(false);
  }

  /**
   * Returns the projection at the deadline, or "final" after it.
   *
   * @param e the goal measured, not null
   * @return the text, never null
   */
  public static String forecast(GoalEvaluation e) {
    if (isFinal(e)) {
      return "final";
    }
    return Numbers.inUnit(e.forecast().flatMap(Forecast::projectedAtDeadline), e.unit());
  }

  /**
   * Returns "yes" or "no" for a forecast, "met" or "not met" after the deadline, "-" when unknown.
   *
   * @param e the goal measured, not null
   * @return the text, never null
   */
  public static String byDeadline(GoalEvaluation e) {
    if (isFinal(e)) {
      ProgressStatus s = e.progress().map(GoalProgress::status).orElse(ProgressStatus.UNDEFINED);
      return s == ProgressStatus.ACHIEVED ? "met" : s == ProgressStatus.MISSED ? "not met" : "-";
    }
    return e.forecast()
        .flatMap(Forecast::reachesTargetByDeadline)
        .map(b -> b ? "yes" : "no")
        .orElse("-");
  }

  /**
   * Returns the dates the current value covers: the window's start to the data's last date.
   *
   * @param e the goal measured, not null
   * @return the text, "-" when not measured over a window
   */
  public static String over(GoalEvaluation e) {
    Optional<GoalProgress> p = e.progress();
    if (p.isEmpty() || p.get().window().isEmpty() || p.get().asOf().isEmpty()) {
      return "-";
    }
    return p.get().window().get().start() + ".." + p.get().asOf().get();
  }
}
