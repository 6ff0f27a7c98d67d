package dev.northstar.formulas.internal;

import org.jspecify.annotations.Nullable;

/**
 * A linear sum resolved against a table: the measure columns it reads and their coefficients,
 * either the same in every row or depending on the row's platform (when {@code engagements} is
 * expanded into each platform's engagement set).
 */
final class Terms {

  private final String label;
  private final int[] measures;
  private final long[][] columns;
  private final long[] @Nullable [] missing;
  private final long[] coefficients;
  private final long[][] coefficientsByCode;
  private final int[] platformCodes;
  private final boolean allOnes;
  private final boolean nonNegative;
  private final Units units;

  /**
   * Creates terms.
   *
   * @param label what they are, for messages: {@code numerator of KPI 'err'}
   * @param measures the store's index of each column read
   * @param columns the columns read, the values of {@code measures}
   * @param missing the missing-row bit set of each column, entries null where none is missing
   * @param coefficientsByCode per platform code + 1 (0 = missing platform), the coefficient of each
   *     column; a single row when the coefficients do not depend on the platform
   * @param platformCodes the platform codes of the rows, used when there are several rows of
   *     coefficients
   * @param units the unit every column shares
   * @param nonNegative whether every value of every column is zero or more, as the store has
   *     declared or found ({@link ColumnStore#isNonNegative}); the sign checks of the plain sums
   *     and the overflow proofs need it
   */
  Terms(
      String label,
      int[] measures,
      long[][] columns,
      long[] @Nullable [] missing,
      long[][] coefficientsByCode,
      int[] platformCodes,
      Units units,
      boolean nonNegative) {
    if (measures.length != columns.length) {
      throw new IllegalArgumentException(
          label + ": " + measures.length + " measure indexes for " + columns.length + " columns");
    }
    this.label = label;
    this.measures = measures;
    this.columns = columns;
    this.missing = missing;
    this.coefficientsByCode = coefficientsByCode;
    this.coefficients = coefficientsByCode[0];
    this.platformCodes = platformCodes;
    this.units = units;
    boolean ones = coefficientsByCode.length == 1;
    for (long c : coefficients) {
      ones &= c == 1;
    }
    this.allOnes = ones;
    this.nonNegative = nonNegative;
  }

  Units units() {
    return units;
  }

  /**
   * Returns the store's index of each column, in the order of {@link #plainColumns()}: what an
   * overflow proof looks the columns' bounds up by.
   *
   * @return the indexes; not to be modified
   */
  int[] measures() {
    return measures;
  }

  /**
   * Tells whether every value of every column is zero or more, so that a wrapped sum of them is
   * negative right after the add that wrapped, and a row count times the largest values bounds
   * their sums.
   */
  boolean nonNegative() {
    return nonNegative;
  }

  /** Marks in {@code skip} the rows of {@code [start, start + n)} where a column is missing. */
  boolean markMissing(int start, int n, boolean[] skip) {
    boolean any = false;
    boolean byPlatform = coefficientsByCode.length > 1;
    for (int t = 0; t < missing.length; t++) {
      long[] bits = missing[t];
      if (bits == null) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        int r = start + i;
        // A column outside the row's platform's engagement set is not an input of that row.
        if ((bits[r >>> 6] & (1L << r)) != 0
            && (!byPlatform || coefficientsByCode[platformCodes[r] + 1][t] != 0)) {
          skip[i] = true;
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * Returns the columns when the sum is a plain sum of them (every coefficient 1, the same on every
   * platform), no value is missing and none is negative, so that a fused loop may add them directly
   * and tell an overflow by the sign of the sums; otherwise null.
   */
  long @Nullable [][] plainColumns() {
    return allOnes && nonNegative && !mayBeMissing() ? columns : null;
  }

  boolean mayBeMissing() {
    for (long[] bits : missing) {
      if (bits != null) {
        return true;
      }
    }
    return false;
  }

  /** Writes the sum of each row of {@code [start, start + n)} into {@code out[0..n)}. */
  void evaluate(int start, int n, long[] out) {
    if (allOnes && nonNegative) {
      sumOfOnes(start, n, out);
    } else if (coefficientsByCode.length == 1) {
      weighted(start, n, out);
    } else {
      byPlatform(start, n, out);
    }
  }

  private void sumOfOnes(int start, int n, long[] out) {
    System.arraycopy(columns[0], start, out, 0, n);
    for (int t = 1; t < columns.length; t++) {
      long[] col = columns[t];
      long sign = 0;
      for (int i = 0; i < n; i++) {
        long s = out[i] + col[start + i];
        out[i] = s;
        sign |= s;
      }
      // The columns are non-negative (evaluate checks), so a wrapped sum is negative right after
      // the add that wrapped.
      if (sign < 0) {
        throw overflow(start, n, out);
      }
    }
  }

  private void weighted(int start, int n, long[] out) {
    int i = 0;
    try {
      for (; i < n; i++) {
        long s = 0;
        for (int t = 0; t < columns.length; t++) {
          s = Math.addExact(s, Math.multiplyExact(coefficients[t], columns[t][start + i]));
        }
        out[i] = s;
      }
    } catch (ArithmeticException e) {
      throw overflowIn(start, n, start + i);
    }
  }

  private void byPlatform(int start, int n, long[] out) {
    int i = 0;
    try {
      for (; i < n; i++) {
        long[] coef = coefficientsByCode[platformCodes[start + i] + 1];
        long s = 0;
        for (int t = 0; t < columns.length; t++) {
          if (coef[t] != 0) {
            s = Math.addExact(s, Math.multiplyExact(coef[t], columns[t][start + i]));
          }
        }
        out[i] = s;
      }
    } catch (ArithmeticException e) {
      throw overflowIn(start, n, start + i);
    }
  }

  private ArithmeticException overflow(int start, int n, long[] out) {
    for (int i = 0; i < n; i++) {
      if (out[i] < 0) {
        return overflowIn(start, n, start + i);
      }
    }
    return overflowIn(start, n, -1);
  }

  private ArithmeticException overflowIn(int start, int n, int row) {
    return new ArithmeticException(
        label
            + " "
            + LongRange.OVERFLOWS
            + " in "
            + (row >= 0 ? "row " + row : "rows " + start + " to " + (start + n - 1)));
  }
}
