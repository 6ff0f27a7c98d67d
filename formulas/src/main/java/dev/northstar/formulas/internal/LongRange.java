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

  /**
   * Returns the error of a sum that overflowed in a chunk of rows.
   *
   * @param what what overflowed, such as {@code sum of KPI 'err'}
   * @param start the chunk's first row
   * @param n the chunk's rows, one or more
   * @return the error, naming what and the rows
   */
  static ArithmeticException inRows(String what, int start, int n) {
    return new ArithmeticException(
        what + " " + OVERFLOWS + " in rows " + start + " to " + (start + n - 1));
  }
}
