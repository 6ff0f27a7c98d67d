package dev.northstar.formulas.internal;

/**
 * How a row's ratio is added to a mean of ratios' {@link Layout} slots, written once for the
 * kernels that add rows ({@link GeneralKernel}, {@link FusedMeanKernel}): the whole part exactly,
 * the fraction rounded to {@link Layout#FRACTION_BITS} bits and carried into the whole part at
 * once. Integer slots make the sum exact and independent of the order of rows and merges.
 */
final class RowRatios {

  private static final double TWO_TO_THE_52 = 0x1p52;

  private RowRatios() {}

  /**
   * Adds {@code numerator / denominator} to the KPI slots at {@code at}.
   *
   * @param s the state
   * @param at the index of the KPI's {@link Layout#A} slot in {@code s}
   * @param numerator the row's numerator
   * @param denominator the row's denominator, not zero
   * @throws ArithmeticException if the whole part's sum passes a long
   */
  static void add(long[] s, int at, long numerator, long denominator) {
    long whole = numerator / denominator;
    long sum = s[at + Layout.B] + fraction(numerator, whole, denominator);
    s[at + Layout.A] =
        Math.addExact(s[at + Layout.A], Math.addExact(whole, sum >> Layout.FRACTION_BITS));
    s[at + Layout.B] = sum & Layout.FRACTION_MASK;
  }

  /**
   * Returns the fraction of a ratio in units of {@code 2^-52}, rounded to nearest: 0 to {@code
   * 2^52} for a non-negative ratio.
   *
   * @param numerator the numerator
   * @param whole {@code numerator / denominator}
   * @param denominator the denominator, not zero
   * @return the fraction
   */
  private static long fraction(long numerator, long whole, long denominator) {
    return Math.round((double) (numerator - whole * denominator) / denominator * TWO_TO_THE_52);
  }
}
