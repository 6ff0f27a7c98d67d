package dev.northstar.core.series;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What to do when a series receives two observations for the same date. The default, {@link
 * #REJECT}, refuses them: a merge must be asked for explicitly.
 */
public enum DuplicateDates {
  /** Two values for one date are an error naming the date and both values. */
  REJECT,
  /** Keep the value that came first. */
  KEEP_FIRST,
  /** Keep the value that came last. */
  KEEP_LAST,
  /** Add the values: for additive metrics reported in parts. */
  SUM,
  /** Keep the larger value. */
  MAX,
  /** Keep the smaller value. */
  MIN;

  BigDecimal merge(BigDecimal earlier, BigDecimal later) {
    return switch (this) {
      case KEEP_FIRST -> earlier;
      case KEEP_LAST -> later;
      case SUM -> earlier.add(later, MathContext.UNLIMITED);
      case MAX -> earlier.max(later);
      case MIN -> earlier.min(later);
      case REJECT -> throw new IllegalStateException("REJECT does not merge");
    };
  }
}
