package dev.northstar.progress.score;

import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The three values that grade a KPI in the Goal-oriented Requirement Language (ITU-T Z.151): the
 * target value (fully satisfied), the threshold value (neither satisfied nor denied) and the worst
 * value (fully denied).
 *
 * <p>They must be strictly ordered one way or the other: {@code worst < threshold < target} when
 * higher is better, {@code target < threshold < worst} when lower is better (response time: target
 * 60 s, threshold 120 s, worst 300 s).
 *
 * <p>{@link #toString()} is {@code target 60, threshold 120, worst 300}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoreBounds {

  private final BigDecimal target;
  private final BigDecimal threshold;
  private final BigDecimal worst;

  private ScoreBounds(BigDecimal target, BigDecimal threshold, BigDecimal worst) {
    this.target = target;
    this.threshold = threshold;
    this.worst = worst;
  }

  /**
   * Obtains bounds.
   *
   * @param target the value that fully satisfies, not null
   * @param threshold the value that neither satisfies nor denies, not null, strictly between {@code
   *     target} and {@code worst}
   * @param worst the value that fully denies, not null
   * @return the bounds, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the threshold is not strictly between target and worst
   */
  public static ScoreBounds of(BigDecimal target, BigDecimal threshold, BigDecimal worst) {
    BigDecimal t = Decimals.canonical(Decimals.notNull(target, "target"));
    BigDecimal h = Decimals.canonical(Decimals.notNull(threshold, "threshold"));
    BigDecimal w = Decimals.canonical(Decimals.notNull(worst, "worst"));
    boolean higherIsBetter = w.compareTo(h) < 0 && h.compareTo(t) < 0;
    boolean lowerIsBetter = t.compareTo(h) < 0 && h.compareTo(w) < 0;
    if (!higherIsBetter && !lowerIsBetter) {
      throw new IllegalArgumentException(
          "threshold must lie strictly between target and worst, but target was "
              + t.toPlainString()
              + ", threshold "
              + h.toPlainString()
              + " and worst "
              + w.toPlainString());
    }
    return new ScoreBounds(t, h, w);
  }

  /**
   * Obtains bounds from whole numbers.
   *
   * @param target the value that fully satisfies
   * @param threshold the value that neither satisfies nor denies, strictly between the others
   * @param worst the value that fully denies
   * @return the bounds, never null
   * @throws IllegalArgumentException if the threshold is not strictly between target and worst
   */
  public static ScoreBounds of(long target, long threshold, long worst) {
    return of(BigDecimal.valueOf(target), BigDecimal.valueOf(threshold), BigDecimal.valueOf(worst));
  }

  /**
   * Returns the value that fully satisfies.
   *
   * @return the target value, never null
   */
  public BigDecimal target() {
    return target;
  }

  /**
   * Returns the value that neither satisfies nor denies.
   *
   * @return the threshold value, never null
   */
  public BigDecimal threshold() {
    return threshold;
  }

  /**
   * Returns the value that fully denies.
   *
   * @return the worst value, never null
   */
  public BigDecimal worst() {
    return worst;
  }

  /**
   * Tells whether lower values are better, that is the target is below the worst value.
   *
   * @return true if lower is better
   */
  public boolean lowerIsBetter() {
    return target.compareTo(worst) < 0;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ScoreBounds o
        && o.target.equals(target)
        && o.threshold.equals(threshold)
        && o.worst.equals(worst);
  }

  @Override
  public int hashCode() {
    return (target.hashCode() * 31 + threshold.hashCode()) * 31 + worst.hashCode();
  }

  /**
   * Returns the readable form, such as {@code target 60, threshold 120, worst 300}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "target "
        + target.toPlainString()
        + ", threshold "
        + threshold.toPlainString()
        + ", worst "
        + worst.toPlainString();
  }
}
