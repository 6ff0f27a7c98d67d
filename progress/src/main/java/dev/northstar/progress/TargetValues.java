package dev.northstar.progress;

import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Target.Band;
import dev.northstar.core.goal.Target.ChangeByPercent;
import dev.northstar.core.goal.Target.ChangeTo;
import dev.northstar.core.goal.Target.Direction;
import dev.northstar.core.goal.Target.Milestone;
import dev.northstar.core.goal.Target.Multiply;
import dev.northstar.core.goal.Target.Total;
import dev.northstar.progress.internal.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The value a target aims for, and which way is better; shared by progress and forecast. */
final class TargetValues {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TargetValues() {}

  /**
   * Tells whether the target's value is defined from a baseline: percent changes, multiples and
   * changes to a value all measure the way from the baseline.
   */
  static boolean needsBaseline(Target target) {
    return target instanceof ChangeByPercent
        || target instanceof Multiply
        || target instanceof ChangeTo;
  }

  /**
   * Returns the value the target aims for: the baseline moved by the percent, the baseline times
   * the factor, the value, the count, or 1 for a milestone (done); empty for a band, which has no
   * single value, and for a relative target without a baseline.
   */
  static Optional<BigDecimal> targetValue(Target target, @Nullable BigDecimal baseline) {
    if (target instanceof ChangeByPercent c) {
      if (baseline == null) {
        return Optional.empty();
      }
      BigDecimal fraction = c.percent().divide(HUNDRED, Decimals.CONTEXT);
      BigDecimal factor =
          c.direction() == Direction.INCREASE
              ? BigDecimal.ONE.add(fraction)
              : BigDecimal.ONE.subtract(fraction);
      return Optional.of(Decimals.canonical(baseline.multiply(factor, Decimals.CONTEXT)));
    }
    if (target instanceof Multiply m) {
      return baseline == null
          ? Optional.empty()
          : Optional.of(Decimals.canonical(baseline.multiply(m.factor(), Decimals.CONTEXT)));
    }
    if (target instanceof ChangeTo c) {
      return Optional.of(c.value());
    }
    if (target instanceof Total t) {
      return Optional.of(t.count());
    }
    if (target instanceof Milestone) {
      return Optional.of(BigDecimal.ONE);
    }
    return Optional.empty();
  }

  /**
   * Tells whether lower values are better for this target: a target value below the baseline, or a
   * band with only an upper bound.
   */
  static boolean lowerIsBetter(Target target, @Nullable BigDecimal baseline, BigDecimal value) {
    if (target instanceof Band b) {
      return b.lower() == null;
    }
    if (target instanceof ChangeTo c && baseline == null) {
      return c.direction() == Direction.DECREASE;
    }
    return baseline != null && value.compareTo(baseline) < 0;
  }

  /** Tells whether a value meets a target value in the better direction. */
  static boolean meets(BigDecimal value, BigDecimal targetValue, boolean lowerIsBetter) {
    int c = value.compareTo(targetValue);
    return lowerIsBetter ? c <= 0 : c >= 0;
  }
}
