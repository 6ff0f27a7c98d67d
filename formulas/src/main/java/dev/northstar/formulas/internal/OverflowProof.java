package dev.northstar.formulas.internal;

/**
 * The proof that lets the unchecked kernels ({@link InlineProvenKernel}, {@link
 * ProvenChunksKernel}) run without an overflow check: over a range of {@code rows} rows, no sum of
 * a plain ratio's numerator or denominator can pass {@code Long.MAX_VALUE}.
 *
 * <p>It holds when every column is non-negative, so that no running sum can exceed the range's row
 * count times the largest value a row can add, and that product fits a {@code long}. The
 * non-negativity is checked here, column by column, from what the store was told by its builder or
 * found by a scan ({@link ColumnStore#isNonNegative}), not assumed.
 */
final class OverflowProof {

  private OverflowProof() {}

  /**
   * Tells whether no sum of a plain ratio of sums over {@code rows} rows can overflow.
   *
   * @param store the table's columns, which {@link Terms#measures()} index
   * @param numerator the numerator; false unless a plain sum ({@link Terms#plainColumns()})
   * @param denominator the denominator; false unless a plain sum
   * @param rows the number of rows summed
   * @return true if every column is non-negative and {@code rows} times the largest row sum of the
   *     numerator, and of the denominator, fit a long
   */
  static boolean cannotOverflow(ColumnStore store, Terms numerator, Terms denominator, long rows) {
    if (numerator.plainColumns() == null || denominator.plainColumns() == null) {
      return false;
    }
    try {
      long largestNumerator = largestRowSum(store, numerator);
      long largestDenominator = largestRowSum(store, denominator);
      if (largestNumerator < 0 || largestDenominator < 0) {
        return false;
      }
      Math.multiplyExact(largestNumerator, rows);
      Math.multiplyExact(largestDenominator, rows);
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /**
   * Returns the largest value a row's plain sum can take, or -1 if a column may hold a negative
   * value (then its largest value bounds nothing).
   */
  private static long largestRowSum(ColumnStore store, Terms terms) {
    long perRow = 0;
    for (int measure : terms.measures()) {
      if (!store.isNonNegative(measure)) {
        return -1;
      }
      perRow = Math.addExact(perRow, store.largestValue(measure));
    }
    return perRow;
  }
}
