package dev.northstar.progress.score;

import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A satisfaction level of the Goal-oriented Requirement Language (ITU-T Z.151), from -100 (denied)
 * through 0 (the threshold) to 100 (satisfied), computed from a KPI value and its {@link
 * ScoreBounds}.
 *
 * <p>Linear on each side of the threshold: between threshold and target the level is {@code 100 *
 * (value - threshold) / (target - threshold)}; between worst and threshold it is {@code -100 *
 * (threshold - value) / (threshold - worst)}; beyond the target it is 100 and beyond the worst
 * -100. The same formulas mirror themselves when lower is better, because the differences change
 * sign together. With target 60 s, threshold 120 s, worst 300 s, a response time of 90 s is 50 and
 * one of 210 s is -50.
 *
 * <p>The level is rounded to 16 significant digits. {@link #toString()} is the plain number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GrlSatisfaction implements Comparable<GrlSatisfaction> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private GrlSatisfaction(BigDecimal value) {
    this.value = value;
  }

  /**
   * Evaluates a KPI value.
   *
   * @param kpiValue the measured value, not null
   * @param bounds the target, threshold and worst values, not null
   * @return the satisfaction level, never null
   * @throws NullPointerException if an argument is null
   */
  public static GrlSatisfaction of(BigDecimal kpiValue, ScoreBounds bounds) {
    Decimals.notNull(kpiValue, "kpiValue");
    Decimals.notNull(bounds, "bounds");
    BigDecimal threshold = bounds.threshold();
    // Which side of the threshold the value is on, in the better direction.
    boolean better =
        bounds.lowerIsBetter()
            ? kpiValue.compareTo(threshold) <= 0
            : kpiValue.compareTo(threshold) >= 0;
    BigDecimal end = better ? bounds.target() : bounds.worst();
    // Bounds are strictly ordered, so the divisor is never zero.
    BigDecimal fraction =
        Decimals.divide(kpiValue.subtract(threshold), end.subtract(threshold)).orElseThrow();
    BigDecimal level = Decimals.clamp(fraction, BigDecimal.ZERO, BigDecimal.ONE).multiply(HUNDRED);
    return new GrlSatisfaction(Decimals.canonical(better ? level : level.negate()));
  }

  /**
   * Evaluates a goal's current value against its target value and the given threshold and worst
   * values.
   *
   * @param progress the goal's progress, not null
   * @param threshold the value that neither satisfies nor denies, not null, strictly between the
   *     goal's target value and {@code worst}
   * @param worst the value that fully denies, not null
   * @return the satisfaction level, or empty if the progress has no current or no target value (a
   *     band, or missing data)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the threshold is not strictly between target and worst
   */
  public static Optional<GrlSatisfaction> of(
      GoalProgress progress, BigDecimal threshold, BigDecimal worst) {
    Decimals.notNull(progress, "progress");
    Decimals.notNull(threshold, "threshold");
    Decimals.notNull(worst, "worst");
    Optional<BigDecimal> target = progress.targetValue();
    Optional<BigDecimal> current = progress.currentValue();
    if (target.isEmpty() || current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(current.get(), ScoreBounds.of(target.get(), threshold, worst)));
  }

  /**
   * Obtains a satisfaction level directly.
   *
   * @param level the level, not null, from -100 to 100
   * @return the satisfaction level, never null
   * @throws NullPointerException if {@code level} is null
   * @throws IllegalArgumentException if {@code level} is out of range
   */
  public static GrlSatisfaction ofLevel(BigDecimal level) {
    Decimals.notNull(level, "level");
    if (level.abs().compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "level must be between -100 and 100, but was " + level.toPlainString());
    }
    return new GrlSatisfaction(Decimals.canonical(level.round(Decimals.CONTEXT)));
  }

  /**
   * Returns the level.
   *
   * @return the level, from -100 to 100
   */
  public BigDecimal value() {
    return value;
  }

  /** Orders by level, denied first. */
  @Override
  public int compareTo(GrlSatisfaction other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GrlSatisfaction o && o.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the level as a plain number, such as {@code 50} or {@code -44.44444444444444}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
