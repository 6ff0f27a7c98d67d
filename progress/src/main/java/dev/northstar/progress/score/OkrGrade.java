package dev.northstar.progress.score;

import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An OKR grade from 0.0 (no progress) to 1.0 (the key result delivered); by the usual convention
 * about 0.7 is a good result for a stretch goal.
 *
 * <p>The grade of a goal is its progress clamped to {@code [0, 1]}; the grade of a KPI value
 * against {@link ScoreBounds} is the fraction of the way from the worst value (0.0) to the target
 * (1.0), clamped likewise (the threshold plays no part). Grades keep 16 significant digits; {@link
 * #toString()} shows one decimal, as OKR grades are usually written.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OkrGrade implements Comparable<OkrGrade> {

  private final BigDecimal value;

  private OkrGrade(BigDecimal value) {
    this.value = value;
  }

  /**
   * Grades a progress figure, clamping it to {@code [0, 1]}.
   *
   * @param progress the fraction of the way from baseline to target, not null, any value
   * @return the grade, never null
   * @throws NullPointerException if {@code progress} is null
   */
  public static OkrGrade ofProgress(BigDecimal progress) {
    Decimals.notNull(progress, "progress");
    return new OkrGrade(
        Decimals.canonical(
            Decimals.clamp(progress.round(Decimals.CONTEXT), BigDecimal.ZERO, BigDecimal.ONE)));
  }

  /**
   * Grades a goal's progress.
   *
   * @param progress the goal's progress, not null
   * @return the grade, or empty if the progress is undefined
   * @throws NullPointerException if {@code progress} is null
   */
  public static Optional<OkrGrade> of(GoalProgress progress) {
    return Decimals.notNull(progress, "progress").progress().map(OkrGrade::ofProgress);
  }

  /**
   * Grades a KPI value from worst (0.0) to target (1.0).
   *
   * @param kpiValue the measured value, not null
   * @param bounds the target and worst values, not null
   * @return the grade, never null
   * @throws NullPointerException if an argument is null
   */
  public static OkrGrade of(BigDecimal kpiValue, ScoreBounds bounds) {
    Decimals.notNull(kpiValue, "kpiValue");
    Decimals.notNull(bounds, "bounds");
    BigDecimal worst = bounds.worst();
    return ofProgress(
        Decimals.divide(kpiValue.subtract(worst), bounds.target().subtract(worst)).orElseThrow());
  }

  /**
   * Returns the grade.
   *
   * @return the grade, from 0 to 1
   */
  public BigDecimal value() {
    return value;
  }

  /** Orders by grade, lowest first. */
  @Override
  public int compareTo(OkrGrade other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof OkrGrade o && o.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the grade with one decimal, such as {@code 0.7} or {@code 1.0}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
