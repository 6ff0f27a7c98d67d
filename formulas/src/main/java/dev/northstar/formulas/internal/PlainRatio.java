package dev.northstar.formulas.internal;

import org.jspecify.annotations.Nullable;

/**
 * A KPI of the shape the fast kernels take: a ratio of sums whose numerator is a plain sum of 1 to
 * 4 columns and whose denominator is one column, every coefficient 1, no value missing, none
 * negative ({@link Terms#plainColumns()}). Holds the terms, with their columns' indexes for {@link
 * OverflowProof}, and the columns the loops read.
 */
final class PlainRatio {

  /** The most numerator columns a fast loop is written for. */
  static final int MOST_COLUMNS = 4;

  final Terms numerator;
  final Terms denominator;

  /** The numerator's columns, 1 to {@link #MOST_COLUMNS}. */
  final long[][] num;

  /** The denominator's column. */
  final long[] den;

  private PlainRatio(Terms numerator, Terms denominator, long[][] num, long[] den) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.num = num;
    this.den = den;
  }

  /**
   * Returns a KPI's plain ratio, or null if the KPI is not of that shape.
   *
   * @param c the compiled query, of ratios of sums
   * @param k the KPI's index
   * @return the plain ratio, or null
   */
  static @Nullable PlainRatio of(CompiledQuery c, int k) {
    long[][] num = c.numerators[k].plainColumns();
    long[][] den = c.denominators[k].plainColumns();
    if (num == null || num.length > MOST_COLUMNS || den == null || den.length != 1) {
      return null;
    }
    return new PlainRatio(c.numerators[k], c.denominators[k], num, den[0]);
  }

  /**
   * Returns this ratio after checking that its columns are non-negative, as the checked loops need:
   * their overflow check is the sign of the sums.
   *
   * @param kernel the kernel that needs it, for the message
   * @return this ratio
   * @throws IllegalArgumentException if a column may hold a negative value
   */
  PlainRatio requireNonNegative(String kernel) {
    if (!numerator.nonNegative() || !denominator.nonNegative()) {
      throw new IllegalArgumentException(
          kernel
              + " tells an overflow by the sign of its sums, so its columns must not be negative");
    }
    return this;
  }

  /**
   * Tells whether no sum of this ratio over {@code rows} rows can overflow.
   *
   * @see OverflowProof#cannotOverflow
   */
  boolean cannotOverflow(ColumnStore store, long rows) {
    return OverflowProof.cannotOverflow(store, numerator, denominator, rows);
  }
}
