package dev.northstar.cli.evaluate;

import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.score.GrlSatisfaction;
import dev.northstar.progress.score.OkrGrade;
import dev.northstar.progress.score.ScoreBounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A goal's OKR grade and GRL satisfaction, where its progress has the bounds they need.
 *
 * <p>The OKR grade is the progress clamped to 0.0..1.0 ({@link OkrGrade#of(GoalProgress)}). The GRL
 * satisfaction (ITU-T Z.151, -100..100) needs a target, a threshold and a worst value; a goal
 * declares only the first, so it is taken on the goal's progress (what the goal measures, from its
 * starting point to its target, whatever the metric): target = progress 1, worst = progress 0, and
 * threshold = the progress expected by the date. So 0 means exactly on the expected pace, +100 the
 * target reached, -100 no progress at all. A goal has none without a progress, or while the
 * expected progress is 0 (before its start) or 1 (from its deadline), where the threshold would
 * meet one of the other bounds.
 */
public final class Scores {
  private Scores() {}

  /**
   * Returns the OKR grade.
   *
   * @param p the progress, not null
   * @return the grade, or empty if the progress is undefined
   */
  public static Optional<OkrGrade> okr(GoalProgress p) {
    return OkrGrade.of(p);
  }

  /**
   * Returns the GRL satisfaction against the expected pace, as described above.
   *
   * @param p the progress, not null
   * @return the level, or empty if the goal has no such bounds at its date
   */
  public static Optional<GrlSatisfaction> grl(GoalProgress p) {
    Optional<BigDecimal> progress = p.progress();
    Optional<BigDecimal> expected = p.expectedProgress();
    if (progress.isEmpty()
        || expected.isEmpty()
        || expected.get().signum() <= 0
        || expected.get().compareTo(BigDecimal.ONE) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        GrlSatisfaction.of(
            progress.get(), ScoreBounds.of(BigDecimal.ONE, expected.get(), BigDecimal.ZERO)));
  }

  /**
   * Prints an OKR grade with one decimal, as grades are written: {@code 0.7}.
   *
   * @param grade the grade, or empty
   * @return the text, {@code -} for empty
   */
  public static String okrText(Optional<OkrGrade> grade) {
    return grade
        .map(g -> g.value().setScale(1, RoundingMode.HALF_EVEN).toPlainString())
        .orElse("-");
  }

  /**
   * Prints a GRL satisfaction as a whole number with its sign: {@code +35}, {@code -100}, {@code
   * 0}.
   *
   * @param level the level, or empty
   * @return the text, {@code -} for empty
   */
  public static String grlText(Optional<GrlSatisfaction> level) {
    return level
        .map(l -> l.value().setScale(0, RoundingMode.HALF_EVEN))
        .map(v -> (v.signum() > 0 ? "+" : "") + v.toPlainString())
        .orElse("-");
  }
}
