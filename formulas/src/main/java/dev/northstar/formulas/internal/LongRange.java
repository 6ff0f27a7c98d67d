package dev.northstar.formulas.internal;

/**
 * The words of every error of a sum that does not fit a {@code long}, in one place. A sum of signed
 * measures can pass either end, so the range is named, not one limit.
 */
final class LongRange {

  /** "overflows a long (outside -9223372036854775808 to 9223372036854775807)". */
  static final String OVERFLOWS =
      "overflows a long (outside " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";

  private LongRange() {}
}
