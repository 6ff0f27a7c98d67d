package dev.northstar.cli.evaluate;

import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.forecast.TargetSide;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Targets of whole things are whole numbers: for a goal whose metric counts things (unit {@link
 * MetricUnit#COUNT}: followers, leads), the target shown is the whole number that reaches it (up
 * for an increase, down for a decrease: +20% of 8,101 followers is 9,721.2, shown 9,722), and a
 * target reachable with a probability is rounded on the safe side (down for an increase, up for a
 * decrease). Other metrics are shown as they are.
 */
public final class WholeCounts {

  private WholeCounts() {}

  /**
   * Tells whether a goal's metric counts whole things.
   *
   * @param e the goal measured, not null
   * @return true for a metric of unit {@code COUNT} in the registry the goal was measured with
   */
  public static boolean counts(GoalEvaluation e) {
    return e.counts();
  }

  /**
   * Returns the goal's target value as shown: for counts, the whole number that reaches it.
   *
   * @param e the goal measured, not null
   * @return the target value, or empty if the goal has none
   */
  public static Optional<BigDecimal> target(GoalEvaluation e) {
    Optional<GoalProgress> p = e.progress();
    Optional<BigDecimal> target = p.flatMap(GoalProgress::targetValue);
    if (target.isEmpty() || !counts(e)) {
      return target;
    }
    BigDecimal t = target.get();
    boolean decrease =
        p.flatMap(GoalProgress::baselineValue).map(b -> t.compareTo(b) < 0).orElse(false);
    return Optional.of(t.setScale(0, decrease ? RoundingMode.FLOOR : RoundingMode.CEILING));
  }

  /**
   * Returns the target reached with a probability, as shown: for counts, whole on the safe side.
   *
   * @param e the goal measured, not null
   * @param outlook the goal's outlook, not null
   * @param probability strictly between 0 and 1
   * @return the target value
   */
  public static double reachable(GoalEvaluation e, GoalOutlook outlook, double probability) {
    double v = outlook.reachableWith(probability);
    if (!counts(e)) {
      return v;
    }
    return outlook.side() == TargetSide.AT_LEAST ? Math.floor(v) : Math.ceil(v);
  }
}
